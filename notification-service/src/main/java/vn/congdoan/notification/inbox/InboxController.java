package vn.congdoan.notification.inbox;

import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import vn.congdoan.notification.delivery.Notification;
import vn.congdoan.notification.inbox.Inboxes.Inbox;
import vn.congdoan.notification.inbox.Inboxes.InboxItem;
import vn.congdoan.notification.officer.OfficerScope;
import vn.congdoan.security.UnitScope;
import vn.congdoan.web.NotFoundException;

/**
 * In-app inboxes, newest first with the unread count: each officer's own, and each unit's shared
 * one (every notification addressed to the unit, whether or not it has officers yet).
 */
@RestController
@Validated
class InboxController {
    private final Inboxes inboxes;
    private final OfficerScope officers;
    private final UnitScope units;

    InboxController(Inboxes inboxes, OfficerScope officers, UnitScope units) {
        this.inboxes = inboxes;
        this.officers = officers;
        this.units = units;
    }

    /** The notifications addressed to the signed-in officer: theirs alone. */
    @GetMapping("/api/officers/{officerId}/notifications")
    Inbox officerInbox(@PathVariable String officerId, @RequestParam(defaultValue = "0") @Min(0) int page,
                       @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        officers.self(officerId);
        return inboxes.page(officerId, page, size);
    }

    /** The unit's shared inbox: its own officers'. */
    @GetMapping("/api/units/{unitId}/notifications")
    Inbox unitInbox(@PathVariable String unitId, @RequestParam(defaultValue = "0") @Min(0) int page,
                    @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        units.requireOwn(unitId);
        return inboxes.page(Notification.unitInbox(unitId), page, size);
    }

    /** One of the caller's notifications, or of their unit's inbox; any other does not exist for them. */
    @PostMapping("/api/notifications/{id}/read")
    InboxItem markRead(@PathVariable String id) {
        Notification notification = inboxes.find(id).filter(this::addressedToCaller)
                .orElseThrow(() -> new NotFoundException("in-app notification", id));
        return inboxes.markRead(notification);
    }

    private boolean addressedToCaller(Notification notification) {
        String unit = units.caller().unit() == null ? null : units.caller().unit().id();
        return (unit != null && notification.recipient().equals(Notification.unitInbox(unit)))
                || officers.isSelf(notification.recipient());
    }

    @PostMapping("/api/officers/{officerId}/notifications/read")
    ReadAll markAllRead(@PathVariable String officerId) {
        officers.self(officerId);
        return new ReadAll(inboxes.markAllRead(officerId));
    }

    @PostMapping("/api/units/{unitId}/notifications/read")
    ReadAll markUnitInboxRead(@PathVariable String unitId) {
        units.requireOwn(unitId);
        return new ReadAll(inboxes.markAllRead(Notification.unitInbox(unitId)));
    }

    record ReadAll(long marked) {
    }
}
