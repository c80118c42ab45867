package vn.congdoan.portal.tasks;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Deadlines and due dates in the officer's words, for the templates ({@code ${@words.deadline(rule)}}):
 * "trước ngày 30/11 hằng năm", "còn 5 ngày", "quá hạn 3 ngày". Dates are dd/MM/yyyy in both languages.
 */
@Component("words")
public class Words {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DAY_MONTH = DateTimeFormatter.ofPattern("dd/MM");
    private final MessageSource messages;

    Words(MessageSource messages) {
        this.messages = messages;
    }

    public String deadline(Deadline rule) {
        if (rule == null || rule.kind() == null) {
            return "";
        }
        return switch (rule.kind()) {
            case "ONCE" -> text("deadline.once", DATE.format(rule.due()));
            case "YEARLY" -> text("deadline.yearly", DAY_MONTH.format(MonthDay.parse(rule.day())));
            case "PERIODIC" -> text("deadline.periodic", rule.rules().stream().map(this::deadline)
                    .collect(Collectors.joining(", ")));
            default -> text("deadline." + rule.kind().toLowerCase(java.util.Locale.ROOT));
        };
    }

    /** "hôm nay", "còn 5 ngày", "quá hạn 3 ngày" counted from {@code today}. */
    public String dueIn(LocalDate due, LocalDate today) {
        if (due == null) {
            return text("due.ongoing");
        }
        long days = ChronoUnit.DAYS.between(today, due);
        return days == 0 ? text("due.today") : days > 0 ? text("due.left", days) : text("due.overdue", -days);
    }

    /** The text as it is when short, else cut at the last word that fits {@code max} characters, with an ellipsis. */
    public static String shorten(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int cut = text.lastIndexOf(' ', max - 1);
        return text.substring(0, cut > max / 2 ? cut : max - 1).stripTrailing().replaceAll("[,;:.–-]+$", "") + "…";
    }

    /** For the templates: {@code ${@words.shortText(plan.title, 80)}}. */
    public String shortText(String text, int max) {
        return shorten(text, max);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** {@code 2026-11-30} (as in a link's query) written as 30/11/2026; anything else as it is. */
    public String isoDate(String iso) {
        try {
            return DATE.format(LocalDate.parse(iso));
        } catch (RuntimeException e) {
            return "";
        }
    }

    /** An instant as Viet Nam's calendar day and time: 28/11/2026 14:05. */
    public String dateTime(java.time.Instant at) {
        return at == null ? "" : DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
                .format(at.atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")));
    }

    /** A report period in words: "năm 2026", "6 tháng đầu năm 2026", "quý III/2026", "tháng 11/2026". */
    public String period(String period) {
        if (period == null) {
            return "";
        }
        if (period.equals("PLAN")) {
            return text("period.plan");
        }
        if (period.matches("\\d{4}")) {
            return text("period.year", period);
        }
        if (period.matches("\\d{4}-H[12]")) {
            return text("period.half" + period.charAt(6), period.substring(0, 4));
        }
        if (period.matches("\\d{4}-Q[1-4]")) {
            return text("period.quarter", "I II III IV".split(" ")[period.charAt(6) - '1'], period.substring(0, 4));
        }
        if (period.matches("\\d{4}-\\d{2}")) {
            return text("period.month", Integer.parseInt(period.substring(5)), period.substring(0, 4));
        }
        if (period.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return text("period.until", DATE.format(LocalDate.parse(period)));
        }
        return period;
    }

    /** 32.000 in Vietnamese, 32,000 in English. */
    public String number(Number value) {
        return value == null ? "" : format(0).format(value);
    }

    /** 64,5% in Vietnamese, 64.5% in English: at most one decimal. */
    public String percent(Number value) {
        return value == null ? "" : format(1).format(value) + "%";
    }

    private static java.text.NumberFormat format(int decimals) {
        java.util.Locale locale = LocaleContextHolder.getLocale();
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(
                "en".equals(locale.getLanguage()) ? java.util.Locale.ENGLISH : java.util.Locale.forLanguageTag("vi-VN"));
        format.setMaximumFractionDigits(decimals);
        return format;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
