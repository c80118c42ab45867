package vn.congdoan.notification.template;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

import vn.congdoan.contracts.plan.Comparator;
import vn.congdoan.contracts.plan.Measure;
import vn.congdoan.contracts.plan.TargetPeriod;
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
        String lang = supported(language);
        Map<String, Object> model = model(data, lang);
        return new Message(render(text, lang, kind.templateName() + "-title", model),
                render(text, lang, kind.templateName() + "-body", model));
    }

    public EmailBody email(Message message, String language, NotificationData data) {
        String lang = supported(language);
        Map<String, Object> model = model(data, lang);
        model.put("title", message.title());
        model.put("body", message.body());
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

    /**
     * Where the officer opens what the message is about in the web application: the report, the
     * target's verdict, the parent unit's follow-up page, or the assignment.
     */
    public String link(NotificationData data) {
        return baseUrl + path(data);
    }

    /**
     * The web application's path of what the message is about. A path never carries a missing id:
     * a task given outside a plan opens as {@code /assignments/<id>}; with nothing to open, the inbox.
     */
    public static String path(NotificationData data) {
        if (data.report() != null) {
            return "/reports/" + data.report().reportId();
        }
        if (data.target() != null && data.planId() != null) {
            return "/plans/" + data.planId() + "/targets/" + data.target().targetId() + "?unit=" + data.unitId()
                    + "&period=" + data.target().period();
        }
        if (data.followUp() != null) {
            return "/units/" + data.unitId() + "/follow-up?date=" + data.followUp().date();
        }
        if (data.assignmentId() != null) {
            return data.planId() == null ? "/assignments/" + data.assignmentId()
                    : "/plans/" + data.planId() + "/assignments/" + data.assignmentId();
        }
        return data.planId() == null ? "/notifications" : "/plans/" + data.planId();
    }

    private Map<String, Object> model(NotificationData data, String language) {
        Numbers numbers = new Numbers(language);
        Map<String, Object> model = new HashMap<>();
        model.put("taskTitle", data.taskTitle() == null ? "" : data.taskTitle());
        model.put("planNumber", data.planNumber() == null ? "" : data.planNumber());
        model.put("unitId", data.unitId());
        model.put("unitName", data.unitName() == null ? data.unitId() : data.unitName());
        model.put("link", link(data));
        if (data.taskTitle() != null) {
            model.put("task", true);
        }
        if (data.planNumber() != null || data.planTitle() != null) {
            model.put("plan", true);
        }
        if (data.report() == null && data.target() == null && data.followUp() == null && data.assignmentId() != null) {
            model.put("assignment", true);
        }
        putIfPresent(model, "deadline", data.dueDate() == null ? null : DEADLINE.format(data.dueDate()));
        putIfPresent(model, "planTitle", data.planTitle());
        putIfPresent(model, "daysLeft", data.daysLeft());
        putIfPresent(model, "daysOverdue", data.daysOverdue());
        if (data.report() != null) {
            model.put("report", report(data.report(), language));
        }
        if (data.target() != null) {
            model.put("target", target(data.target(), numbers));
        }
        if (data.followUp() != null) {
            model.put("followUp", followUp(data.followUp()));
        }
        return model;
    }

    private static Map<String, Object> report(NotificationData.Report report, String language) {
        Map<String, Object> model = new HashMap<>();
        model.put("period", periodWords(report.period(), language));
        model.put("version", report.version());
        putIfPresent(model, "resubmitted", report.version() > 1 ? true : null);
        putIfPresent(model, "onTime", Boolean.TRUE.equals(report.onTime()) ? true : null);
        putIfPresent(model, "late", Boolean.FALSE.equals(report.onTime()) ? true : null);
        putIfPresent(model, "comment", report.comment() == null || report.comment().isBlank() ? null : report.comment());
        return model;
    }

    /**
     * A report period as people say it: "2026-H1" is "6 tháng đầu năm 2026" / "the first half of
     * 2026", "2026-Q3" "quý III/2026" / "Q3 2026", "2026-11" "tháng 11/2026" / "November 2026"; a
     * year stays "2026"; anything else is shown as it is.
     */
    static String periodWords(String period, String language) {
        boolean vi = !"en".equals(language);
        if (period == null || period.length() < 6 || !period.substring(0, 4).chars().allMatch(Character::isDigit)) {
            return period;
        }
        String year = period.substring(0, 4);
        String rest = period.substring(5);
        if (rest.equals("H1") || rest.equals("H2")) {
            boolean first = rest.equals("H1");
            return vi ? (first ? "6 tháng đầu năm " : "6 tháng cuối năm ") + year : (first ? "the first half of " : "the second half of ") + year;
        }
        if (rest.matches("Q[1-4]")) {
            int quarter = rest.charAt(1) - '0';
            return vi ? "quý " + List.of("I", "II", "III", "IV").get(quarter - 1) + "/" + year : "Q" + quarter + " " + year;
        }
        if (rest.matches("\\d{2}")) {
            java.time.Month month = java.time.Month.of(Integer.parseInt(rest));
            return vi ? "tháng " + month.getValue() + "/" + year
                    : month.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH) + " " + year;
        }
        return period;
    }

    private static Map<String, Object> target(NotificationData.Target target, Numbers numbers) {
        boolean percent = target.measure() != Measure.COUNT;
        String suffix = percent ? "%" : "";
        Map<String, Object> model = new HashMap<>();
        model.put("metric", target.metric());
        model.put("value", numbers.decimal(target.value()) + suffix);
        model.put("threshold", numbers.decimal(target.threshold()) + suffix);
        putIfPresent(model, "gt", target.comparator() == Comparator.GT ? true : null);
        putIfPresent(model, "gte", target.comparator() != Comparator.GT ? true : null);
        putIfPresent(model, "ratio", percent ? numbers.whole(target.numerator()) + "/" + numbers.whole(target.denominator()) : null);
        putIfPresent(model, "ofUnits", target.measure() == Measure.PERCENT_OF_UNITS ? true : null);
        putIfPresent(model, "yearly", target.periodKind() != TargetPeriod.PLAN ? true : null);
        model.put("period", target.period());
        putIfPresent(model, "periodEnd", target.periodEnd() == null ? null : DEADLINE.format(target.periodEnd()));
        putIfPresent(model, "progress", target.progressPercent() == null ? null : numbers.decimal(target.progressPercent()) + "%");
        putIfPresent(model, "elapsed", target.elapsedPercent() == null ? null : numbers.decimal(target.elapsedPercent()) + "%");
        return model;
    }

    private static Map<String, Object> followUp(NotificationData.FollowUp followUp) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (NotificationData.Item item : followUp.items()) {
            Map<String, Object> line = new HashMap<>();
            line.put("notDone", item.notDone());
            line.put("total", item.total());
            line.put("taskTitle", item.taskTitle());
            line.put("planNumber", item.planNumber() == null ? "" : item.planNumber());
            putIfPresent(line, "planTitle", item.planTitle());
            line.put("deadline", DEADLINE.format(item.dueDate()));
            long days = ChronoUnit.DAYS.between(followUp.date(), item.dueDate());
            putIfPresent(line, "daysLeft", days > 0 ? days : null);
            putIfPresent(line, "dueToday", days == 0 ? true : null);
            putIfPresent(line, "daysOverdue", days < 0 ? -days : null);
            putIfPresent(line, "reportTask", item.reportTask() ? true : null);
            putIfPresent(line, "grassroots", "GRASSROOTS".equals(item.childLevel()) ? true : null);
            putIfPresent(line, "upperGrassroots", "UPPER_GRASSROOTS".equals(item.childLevel()) ? true : null);
            putIfPresent(line, "otherUnits", !"GRASSROOTS".equals(item.childLevel())
                    && !"UPPER_GRASSROOTS".equals(item.childLevel()) ? true : null);
            line.put("missing", String.join(", ", item.missing()));
            putIfPresent(line, "more", item.notDone() > item.missing().size() ? item.notDone() - item.missing().size() : null);
            items.add(line);
        }
        Map<String, Object> model = new HashMap<>();
        model.put("date", DEADLINE.format(followUp.date()));
        model.put("count", items.size());
        model.put("items", items);
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

    /** Numbers the way the language writes them: 32.000 and 64,5 in Vietnamese, 32,000 and 64.5 in English. */
    private record Numbers(String language) {
        String decimal(BigDecimal value) {
            return value == null ? "" : format("#,##0.#").format(value);
        }

        String whole(long value) {
            return format("#,##0").format(value);
        }

        private DecimalFormat format(String pattern) {
            DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(java.util.Locale.ROOT);
            boolean vi = "vi".equals(language);
            symbols.setGroupingSeparator(vi ? '.' : ',');
            symbols.setDecimalSeparator(vi ? ',' : '.');
            return new DecimalFormat(pattern, symbols);
        }
    }

    public record Message(String title, String body) {
    }

    public record EmailBody(String html, String text) {
    }

    public record Digest(String subject, EmailBody body) {
    }
}
