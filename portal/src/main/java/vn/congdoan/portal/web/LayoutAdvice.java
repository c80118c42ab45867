package vn.congdoan.portal.web;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.annotation.RegisteredOAuth2AuthorizedClient;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpSession;
import vn.congdoan.portal.inbox.Inboxes;

/** What the header of every page shows: who is signed in, their unit, the unread count. */
@ControllerAdvice(basePackages = "vn.congdoan.portal")
class LayoutAdvice {
    private final Officers officers;
    private final Inboxes inboxes;

    LayoutAdvice(Officers officers, Inboxes inboxes) {
        this.officers = officers;
        this.inboxes = inboxes;
    }

    @ModelAttribute("officer")
    Officer officer(Authentication authentication, HttpSession session,
                    @RegisteredOAuth2AuthorizedClient("congdoan") OAuth2AuthorizedClient client) {
        return authentication == null ? null : officers.current(authentication, session, client);
    }

    @ModelAttribute("unread")
    long unread(@ModelAttribute("officer") Officer officer) {
        return officer == null ? 0 : inboxes.unread(officer);
    }
}
