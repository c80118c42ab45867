package vn.congdoan.portal.inbox;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.congdoan.portal.web.Officer;

/** Thông báo: the officer's and the unit's notifications; opening one marks it read and goes to what it is about. */
@Controller
class InboxController {
    private final Inboxes inboxes;

    InboxController(Inboxes inboxes) {
        this.inboxes = inboxes;
    }

    @GetMapping("/notifications")
    String inbox(@ModelAttribute("officer") Officer officer, Model model) {
        model.addAttribute("items", inboxes.items(officer));
        return "inbox";
    }

    /** A form button (works without JavaScript): mark read, then open the page it links to. */
    @PostMapping("/notifications/{id}/open")
    String open(@PathVariable String id, @RequestParam(defaultValue = "/notifications") String link) {
        inboxes.markRead(id);
        return "redirect:" + (link.startsWith("/") && !link.startsWith("//") ? link : "/notifications");
    }

    @PostMapping("/notifications/{id}/read")
    String markRead(@PathVariable String id) {
        inboxes.markRead(id);
        return "redirect:/notifications";
    }

    @PostMapping("/notifications/read")
    String markAllRead(@ModelAttribute("officer") Officer officer) {
        inboxes.markAllRead(officer);
        return "redirect:/notifications?allRead";
    }
}
