package vn.congdoan.portal.tasks;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * {@code /calendar/<secret>.ics}: a unit's deadlines for the calendar apps its officers subscribe
 * with (Google Calendar, Outlook, a phone's calendar), which cannot sign in: the secret in the
 * address is the key. A functional route, so that none of the signed-in pages' model (the officer,
 * the unread count) is looked for.
 */
@Configuration(proxyBeanMethods = false)
class CalendarFeedRoute {
    static final String PATH = "/calendar/{secret}.ics";
    private static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar; charset=UTF-8");

    @Bean
    RouterFunction<ServerResponse> subscribedCalendar(Tasks tasks) {
        return RouterFunctions.route().GET(PATH, request -> tasks.subscribedCalendar(request.pathVariable("secret"))
                .map(ics -> ServerResponse.ok().contentType(CALENDAR)
                        .cacheControl(CacheControl.maxAge(Duration.ofMinutes(15)).cachePrivate()).body(ics))
                .orElseGet(() -> ServerResponse.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_PLAIN)
                        .body("Không có lịch ở địa chỉ này / no calendar at this address"))).build();
    }
}
