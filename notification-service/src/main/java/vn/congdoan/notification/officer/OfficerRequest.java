package vn.congdoan.notification.officer;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An officer as a caller writes one, alone or as one element of a bulk import. */
public record OfficerRequest(@NotBlank @Size(max = 200) String name,
                             @NotBlank @Size(max = 100) String unitId,
                             @NotNull Role role,
                             @NotBlank @Email @Size(max = 254) String email,
                             @NotBlank @Pattern(regexp = "\\+?[0-9][0-9 .-]{7,18}", message = "must be a phone number such as 0912 345 678 or +84912345678") String phone,
                             @Size(max = 64) String zaloId,
                             @Pattern(regexp = "vi|en", message = "must be vi or en") String language,
                             @Valid PreferencesRequest preferences,
                             @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String webhookUrl) {

    Officer toOfficer(String id, Preferences current, Instant at) {
        Preferences chosen = preferences == null ? current : preferences.over(current);
        return new Officer(id, name.strip(), unitId.strip(), role, normalisedEmail(), phone.strip(), zaloId,
                language == null ? Officer.VIETNAMESE : language, chosen, at, webhookUrl);
    }

    String normalisedEmail() {
        return email.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
