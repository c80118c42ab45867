package vn.congdoan.plan.schedule;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableTransp;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * A unit's upcoming deadlines as an RFC 5545 calendar that officers subscribe to.
 *
 * <p>Each deadline is an all-day event ({@code DTSTART;VALUE=DATE}) with the rule's RRULE, so the
 * calendar client expands the series itself and the feed stays small. All-day dates are floating,
 * which is exactly what a deadline in Asia/Ho_Chi_Minh is; {@code X-WR-TIMEZONE} tells clients that
 * ask. Events are transparent: a deadline does not make an officer look busy. ical4j builds and
 * escapes the text; {@link ContentLines} folds it by octets.
 */
public final class ICalendarFeed {

    static final String PRODUCT_ID = "-//Cong doan Viet Nam//Deadlines 1.0//VI";
    static final String TIME_ZONE = "Asia/Ho_Chi_Minh";

    private final Clock clock;

    /** @param clock stamps each event (DTSTAMP); everything else depends on the entries only */
    public ICalendarFeed(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The calendar, as UTF-8 text with CRLF line ends, folded at 75 octets. */
    public String render(String calendarName, List<FeedEntry> entries) {
        Calendar calendar = new Calendar()
                .add(new ProdId(PRODUCT_ID))
                .add(ImmutableVersion.VERSION_2_0)
                .add(ImmutableCalScale.GREGORIAN)
                .add(ImmutableMethod.PUBLISH)
                .add(new XProperty("X-WR-CALNAME", calendarName))
                .add(new XProperty("X-WR-TIMEZONE", TIME_ZONE));
        for (FeedEntry entry : entries) {
            for (FeedSeries series : FeedSeries.of(entry)) {
                calendar.add(event(entry, series));
            }
        }
        return ContentLines.fold(calendar.toString());
    }

    private VEvent event(FeedEntry entry, FeedSeries series) {
        VEvent event = new VEvent(false)
                .add(new Uid(series.uid()))
                .add(new DtStamp(clock.instant()))
                .add(new DtStart<LocalDate>(series.start()))
                .add(new Summary(entry.summary()))
                .add(new Description(entry.description()))
                .add(ImmutableTransp.TRANSPARENT);
        series.rrule().ifPresent(rule -> event.add(new RRule<LocalDate>(rule)));
        return event;
    }
}
