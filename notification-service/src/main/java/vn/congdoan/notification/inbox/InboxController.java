package vn.congdoan.notification.inbox;

import java.time.Clock;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import vn.congdoan.web.NotFoundException;

/** A unit's in-app inbox: newest first, with the unread count. */
@RestController
@Validated
class InboxController {
    private final Notifications notifications;
    private final Clock clock;

    InboxController(Notifications notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    @GetMapping("/api/units/{unitId}/notifications")
    Inbox inbox(@PathVariable String unitId,
                @RequestParam(defaultValue = "0") @Min(0) int page,
                @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        Page<Notification> found = notifications.findByUnitIdOrderByCreatedAtDesc(unitId, PageRequest.of(page, size));
        return new Inbox(found.getContent(), notifications.countByUnitIdAndReadAtIsNull(unitId),
                found.getTotalElements(), page, size);
    }

    @PostMapping("/api/notifications/{id}/read")
    Notification markRead(@PathVariable String id) {
        Notification notification = notifications.findById(id)
                .orElseThrow(() -> new NotFoundException("notification", id));
        return notifications.save(notification.read(clock.instant()));
    }

    record Inbox(List<Notification> items, long unread, long total, int page, int size) {
    }
}
