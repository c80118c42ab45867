package vn.congdoan.portal.settings;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.servlet.LocaleResolver;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.congdoan.portal.services.Services;
import vn.congdoan.portal.web.FormErrors;
import vn.congdoan.portal.web.Officer;

/**
 * Cài đặt: which channels bring each kind of notification, quiet hours, e-mail at once or in a
 * daily digest (notification-service keeps them on the officer's record), and the pages' language
 * (kept in the browser, like the header's switch). An account without an officer record is told
 * who can create one.
 */
@Controller
class SettingsController {
    private static final List<String> FIELDS = List.of("channels", "quietFrom", "quietTo", "delivery");
    private final Services services;
    private final LocaleResolver locales;

    SettingsController(Services services, LocaleResolver locales) {
        this.services = services;
        this.locales = locales;
    }

    @GetMapping("/settings")
    String settings(@ModelAttribute("officer") Officer officer, Model model) {
        Preferences preferences = officer.hasOfficerRecord() ? services.notification().get()
                .uri("/api/officers/{id}/preferences", officer.officerId()).retrieve().body(Preferences.class) : null;
        return page(preferences, new FormErrors(), model);
    }

    @PostMapping("/settings")
    String save(@RequestParam MultiValueMap<String, String> form, @ModelAttribute("officer") Officer officer,
                HttpServletRequest request, HttpServletResponse response, Model model) {
        locales.setLocale(request, response, Locale.forLanguageTag("en".equals(form.getFirst("language")) ? "en" : "vi-VN"));
        if (!officer.hasOfficerRecord()) {
            return "redirect:/settings?saved";
        }
        Map<String, List<String>> channels = new LinkedHashMap<>();
        Preferences.KINDS.forEach(kind -> channels.put(kind, Preferences.CHANNELS.stream()
                .filter(channel -> form.getOrDefault("channel_" + kind, List.of()).contains(channel)).toList()));
        FormErrors errors = new FormErrors();
        String quietFrom = time(form.getFirst("quietFrom"), "quietFrom", errors);
        String quietTo = time(form.getFirst("quietTo"), "quietTo", errors);
        String delivery = Preferences.DELIVERIES.contains(form.getFirst("delivery")) ? form.getFirst("delivery") : null;
        if (delivery == null) {
            errors.add("delivery", "settings.delivery.invalid");
        }
        Preferences chosen = new Preferences(channels, null, new Preferences.QuietHours(quietFrom, quietTo), delivery);
        if (!errors.any()) {
            try {
                services.notification().put().uri("/api/officers/{id}/preferences", officer.officerId())
                        .body(Map.of("channels", channels, "quietFrom", quietFrom, "quietTo", quietTo, "delivery", delivery))
                        .retrieve().toBodilessEntity();
                return "redirect:/settings?saved";
            } catch (RestClientResponseException e) {
                if (e.getStatusCode().value() >= 500) {
                    throw e;
                }
                errors = FormErrors.from(e, "settings", FIELDS);
            }
        }
        return page(chosen, errors, model);
    }

    /** HH:mm, or H:mm as people type it; the field's error otherwise. */
    private static String time(String value, String field, FormErrors errors) {
        try {
            return LocalTime.parse(value == null ? "" : value.strip().length() == 4 ? "0" + value.strip() : value.strip())
                    .toString();
        } catch (DateTimeParseException e) {
            errors.add(field, "settings." + field + ".invalid");
            return value;
        }
    }

    private static String page(Preferences preferences, FormErrors errors, Model model) {
        model.addAttribute("preferences", preferences);
        model.addAttribute("kinds", Preferences.KINDS);
        model.addAttribute("channels", Preferences.CHANNELS);
        model.addAttribute("deliveries", Preferences.DELIVERIES);
        model.addAttribute("errors", errors);
        return "settings";
    }
}
