package vn.congdoan.plan.schedule;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A unit's secret calendar address: whoever holds {@code secret} reads the unit's open deadlines
 * without signing in, as calendar apps must (they cannot send a token). One per unit; a new one
 * replaces it, and the old address stops answering.
 *
 * @param createdBy the name of the officer who made it, for the page that shows it
 */
@Document("calendarFeeds")
record CalendarFeedKey(@Id String unitId, @Indexed(unique = true) String secret, Instant createdAt, String createdBy) {
}
