package vn.congdoan.notification.template;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

import vn.congdoan.notification.delivery.NotificationData;
import vn.congdoan.notification.delivery.NotificationKind;

/**
 * Words every notification from Mustache templates in {@code templates/notification/<language>/}:
 * a title and a short body per kind, and one HTML and one plain-text email around them. Vietnamese
 * is the default; a language without templates falls back to it. Deadlines are written the
 * Vietnamese way (30/11/2026) in every language. A daily digest lists a day's messages in one email.
 */
public class MessageTemplates {
    public static final String DEFAULT_LANGUAGE = "vi";
    private static final Set<String> LANGUAGES = Set.of("vi", "en");
    private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Mustache.Compiler html;
    private final Mustache.Compiler text;
    private final String baseUrl;
    private final Map<String, Template> compiled = new ConcurrentHashMap<>();

    public MessageTemplates(Mustache.Compiler compiler, String baseUrl) {
        this.html = compiler.escapeHTML(true);
        this.text = compiler.escapeHTML(false);
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public Message message(NotificationKind kind, String language, NotificationData data) {
        Map<String, Object> model = model(data);
        String lang = supported(language);
        return new Message(render(text, lang, kind.templateName() + "-title", model),
                render(text, lang, kind.templateName() + "-body", model));
    }

    public EmailBody email(Message message, String language, NotificationData data) {
        Map<String, Object> model = model(data);
        model.put("title", message.title());
        model.put("body", message.body());
        String lang = supported(language);
        return new EmailBody(render(html, lang, "email-html", model), render(text, lang, "email-text", model));
    }

    /** One message for a day's notifications of one officer: a subject, and every item with its link. */
    public Digest digest(String language, List<Message> messages, List<NotificationData> data) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            items.add(Map.of("title", messages.get(i).title(), "body", messages.get(i).body(), "link", link(data.get(i))));
        }
        Map<String, Object> model = Map.of("count", items.size(), "items", items);
        String lang = supported(language);
        return new Digest(render(text, lang, "digest-subject", model),
                new EmailBody(render(html, lang, "digest-html", model), render(text, lang, "digest-text", model)));
    }

    /** Where the officer opens the assignment in the web application. */
    public String link(NotificationData data) {
        return baseUrl + "/plans/" + data.planId() + "/assignments/" + data.assignmentId();
    }

    private Map<String, Object> model(NotificationData data) {
        Map<String, Object> model = new HashMap<>();
        model.put("taskTitle", data.taskTitle());
        model.put("planNumber", data.planNumber() == null ? "" : data.planNumber());
        model.put("unitId", data.unitId());
        model.put("deadline", DEADLINE.format(data.dueDate()));
        model.put("link", link(data));
        putIfPresent(model, "planTitle", data.planTitle());
        putIfPresent(model, "daysLeft", data.daysLeft());
        putIfPresent(model, "daysOverdue", data.daysOverdue());
        return model;
    }

    private static void putIfPresent(Map<String, Object> model, String key, Object value) {
        if (value != null) {
            model.put(key, value);
        }
    }

    private String render(Mustache.Compiler compiler, String language, String name, Map<String, Object> model) {
        String path = "notification/" + language + "/" + name;
        Template template = compiled.computeIfAbsent((compiler == html ? "html:" : "text:") + path,
                key -> compile(compiler, path));
        return template.execute(model).strip();
    }

    private static Template compile(Mustache.Compiler compiler, String path) {
        try {
            return compiler.loadTemplate(path);
        } catch (Exception e) {
            throw new IllegalStateException("template " + path + " is missing", e);
        }
    }

    private static String supported(String language) {
        return language != null && LANGUAGES.contains(language) ? language : DEFAULT_LANGUAGE;
    }

    public record Message(String title, String body) {
    }

    public record EmailBody(String html, String text) {
    }

    public record Digest(String subject, EmailBody body) {
    }
}
