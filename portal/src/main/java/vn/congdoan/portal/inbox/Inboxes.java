package vn.congdoan.portal.inbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.congdoan.portal.services.Services;
import vn.congdoan.portal.web.Officer;

/** The officer's own inbox and their unit's shared one, from notification-service. */
@Component
public class Inboxes {
    private static final int PAGE = 50;
    private final Services services;

    Inboxes(Services services) {
        this.services = services;
    }

    public long unread(Officer officer) {
        long unread = 0;
        if (officer.unitId() != null) {
            unread += fetch("/api/units/{id}/notifications?size=1", officer.unitId()).unread();
        }
        if (officer.hasOfficerRecord()) {
            unread += fetch("/api/officers/{id}/notifications?size=1", officer.officerId()).unread();
        }
        return unread;
    }

    /** Both inboxes, newest first, each item saying whose inbox it is in. */
    List<Item> items(Officer officer) {
        List<Item> items = new ArrayList<>();
        if (officer.hasOfficerRecord()) {
            fetch("/api/officers/{id}/notifications?size=" + PAGE, officer.officerId()).items()
                    .forEach(n -> items.add(new Item(n, false)));
        }
        if (officer.unitId() != null) {
            fetch("/api/units/{id}/notifications?size=" + PAGE, officer.unitId()).items()
                    .forEach(n -> items.add(new Item(n, true)));
        }
        items.sort(Comparator.comparing((Item i) -> i.notification().createdAt()).reversed());
        return items;
    }

    void markRead(String notificationId) {
        services.notification().post().uri("/api/notifications/{id}/read", notificationId).retrieve().toBodilessEntity();
    }

    void markAllRead(Officer officer) {
        if (officer.hasOfficerRecord()) {
            services.notification().post().uri("/api/officers/{id}/notifications/read", officer.officerId())
                    .retrieve().toBodilessEntity();
        }
        if (officer.unitId() != null) {
            services.notification().post().uri("/api/units/{id}/notifications/read", officer.unitId())
                    .retrieve().toBodilessEntity();
        }
    }

    private Inbox fetch(String path, String id) {
        Inbox inbox = services.notification().get().uri(path, id).retrieve().body(Inbox.class);
        return inbox == null ? new Inbox(List.of(), 0) : inbox;
    }

    record Inbox(List<Notification> items, long unread) {
    }

    /** {@code link}: the portal's path of what it is about. */
    record Notification(String id, String kind, String title, String body, String link, String status,
                        Instant createdAt, Instant readAt) {
        public boolean unread() {
            return readAt == null;
        }
    }

    /** {@code unitInbox}: in the unit's shared inbox rather than the officer's own. */
    record Item(Notification notification, boolean unitInbox) {
    }
}
