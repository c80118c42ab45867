package vn.congdoan.portal.settings;

import java.util.List;
import java.util.Map;

/**
 * How an officer hears of each kind of notification, as notification-service keeps it: the
 * channels per kind (a kind not listed uses {@code defaultChannels}), the quiet hours during which
 * e-mail waits (HH:mm, Viet Nam time), and whether e-mail comes at once or in a daily digest.
 */
public record Preferences(Map<String, List<String>> channels, List<String> defaultChannels, QuietHours quietHours,
                          String delivery) {
    /** The kinds an officer may choose channels for, in the order the page lists them. */
    public static final List<String> KINDS = List.of("TASK_DUE_SOON", "TASK_DUE", "TASK_OVERDUE", "TASK_ESCALATED",
            "REPORT_SUBMITTED", "REPORT_APPROVED", "REPORT_RETURNED", "TARGET_MET", "TARGET_MISSED", "TARGET_AT_RISK",
            "FOLLOW_UP");
    /** The channels the page offers: Zalo and SMS are not listed until notification-service can send them. */
    public static final List<String> CHANNELS = List.of("IN_APP", "EMAIL");
    public static final List<String> DELIVERIES = List.of("IMMEDIATE", "DAILY_DIGEST");

    public Preferences {
        channels = channels == null ? Map.of() : Map.copyOf(channels);
        defaultChannels = defaultChannels == null ? List.of() : List.copyOf(defaultChannels);
    }

    public boolean sends(String kind, String channel) {
        return channels.getOrDefault(kind, defaultChannels).contains(channel);
    }

    /** HH:mm: notification-service writes 21:00:00. */
    public record QuietHours(String from, String to) {
        public QuietHours {
            from = minutes(from);
            to = minutes(to);
        }

        private static String minutes(String time) {
            return time != null && time.matches("\\d{2}:\\d{2}:00") ? time.substring(0, 5) : time;
        }
    }
}
