package vn.congdoan.plan.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;
import vn.congdoan.plan.deadline.DeadlineRule;
import vn.congdoan.plan.deadline.SeedPlanFixtures;

class ICalendarFeedTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T01:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh"));
    private static final String PLAN = "Số 45/KH-LĐLĐ: " + SeedPlanFixtures.PLAN;

    private final ICalendarFeed feed = new ICalendarFeed(CLOCK);

    private static FeedEntry entry(String uid, SeedPlanFixtures.Assignment assignment, String firstDue) {
        return new FeedEntry(uid, assignment.task(), PLAN, assignment.rule(), LocalDate.parse(firstDue));
    }

    private static List<VEvent> events(String ics) throws IOException, ParserException {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        return calendar.getComponents(Component.VEVENT);
    }

    private static String value(VEvent event, String property) {
        return event.<Property>getProperty(property).map(Property::getValue).orElse(null);
    }

    @Test
    void annualReportParsesBackWithVietnameseSummaryDateAndRrule() throws Exception {
        FeedEntry annual = new FeedEntry("assignment-42", "Báo cáo tổng kết năm gửi LĐLĐ tỉnh", PLAN,
                DeadlineRule.yearly(MonthDay.of(11, 30)), LocalDate.of(2026, 11, 30));

        VEvent event = events(feed.render("CĐCS Công ty Tân Hiệp", List.of(annual))).getFirst();

        assertThat(value(event, Property.SUMMARY)).isEqualTo("Báo cáo tổng kết năm gửi LĐLĐ tỉnh");
        assertThat(value(event, Property.DESCRIPTION)).isEqualTo(PLAN);
        assertThat(value(event, Property.UID)).isEqualTo("assignment-42");
        assertThat(value(event, Property.RRULE)).isEqualTo("FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=30");
        assertThat(event.getStartDate().map(start -> start.getDate())).contains(LocalDate.of(2026, 11, 30));
    }

    @Test
    void deadlinesAreAllDayEventsInHoChiMinhCityTime() {
        String ics = feed.render("LĐLĐ tỉnh Bình Định", List.of(entry("a-1", SeedPlanFixtures.RESULTS_REPORT, "2026-06-30")));

        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n")
                .contains("\r\nVERSION:2.0\r\n", "\r\nX-WR-TIMEZONE:Asia/Ho_Chi_Minh\r\n",
                        "\r\nX-WR-CALNAME:LĐLĐ tỉnh Bình Định\r\n", "\r\nDTSTART;VALUE=DATE:20260630\r\n",
                        "\r\nRRULE:FREQ=YEARLY;BYMONTH=6,12;BYMONTHDAY=-1\r\n", "\r\nDTSTAMP:20260301T010000Z\r\n");
    }

    @Test
    void longVietnameseLinesAreFoldedAtSeventyFiveOctetsAndUnfoldIntact() throws Exception {
        FeedEntry conference = entry("a-2", SeedPlanFixtures.STUDY_CONFERENCE, "2021-09-30");

        String ics = feed.render("LĐLĐ tỉnh Bình Định", List.of(conference));

        assertThat(ics.split("\r\n"))
                .allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(ics).contains("\r\n ");
        assertThat(value(events(ics).getFirst(), Property.SUMMARY)).isEqualTo(conference.summary());
    }

    @Test
    void commasSemicolonsBackslashesAndNewlinesAreEscaped() throws Exception {
        String title = "Tuyên truyền, vận động; báo cáo\\tổng hợp\nlần 2";
        FeedEntry entry = new FeedEntry("a-3", title, PLAN, DeadlineRule.monthly(), LocalDate.of(2026, 3, 31));

        String ics = feed.render("CĐCS", List.of(entry));

        assertThat(ics.replace("\r\n ", "")).contains("SUMMARY:Tuyên truyền\\, vận động\\; báo cáo\\\\tổng hợp\\nlần 2\r\n");
        assertThat(value(events(ics).getFirst(), Property.SUMMARY)).isEqualTo(title);
    }

    @Test
    void singleDeadlineHasNoRruleAndRegularDutyHasNoEvent() throws Exception {
        List<VEvent> events = events(feed.render("CĐCS", List.of(
                entry("draft", SeedPlanFixtures.GRASSROOTS_PLAN, "2021-10-31"),
                entry("news", SeedPlanFixtures.POST_NEWS, "2021-10-31"))));

        assertThat(events).singleElement().satisfies(event -> {
            assertThat(value(event, Property.UID)).isEqualTo("draft");
            assertThat(value(event, Property.DTSTART)).isEqualTo("20211031");
            assertThat(event.getProperty(Property.RRULE)).isEqualTo(Optional.empty());
        });
    }

    @Test
    void monthlyQuarterlyAndYearlyReportIsOneMonthlyEvent() throws Exception {
        List<VEvent> events = events(feed.render("LĐLĐ tỉnh", List.of(entry("vgcl", SeedPlanFixtures.REPORT_TO_VGCL, "2026-03-31"))));

        assertThat(events).singleElement().satisfies(event -> {
            assertThat(value(event, Property.UID)).isEqualTo("vgcl");
            assertThat(value(event, Property.RRULE)).isEqualTo("FREQ=MONTHLY;BYMONTHDAY=-1");
            assertThat(value(event, Property.DTSTART)).isEqualTo("20260331");
        });
    }

    @Test
    void periodicRuleThatDoesNotReduceBecomesOneEventPerMemberEachStartingOnItsOwnDate() throws Exception {
        DeadlineRule rule = DeadlineRule.periodic(DeadlineRule.semiAnnual(), DeadlineRule.yearly(MonthDay.of(11, 30)));
        FeedEntry entry = new FeedEntry("reports", "Báo cáo 6 tháng và báo cáo năm", PLAN, rule, LocalDate.of(2026, 6, 30));

        List<VEvent> events = events(feed.render("CĐCS", List.of(entry)));

        assertThat(events).extracting(event -> value(event, Property.UID), event -> value(event, Property.DTSTART),
                        event -> value(event, Property.RRULE))
                .containsExactly(
                        tuple("reports-1", "20260630", "FREQ=YEARLY;BYMONTH=6,12;BYMONTHDAY=-1"),
                        tuple("reports-2", "20261130", "FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=30"));
    }

    @Test
    void renderingTwiceGivesTheSameFeed() {
        List<FeedEntry> entries = List.of(entry("a", SeedPlanFixtures.RESULTS_REPORT, "2026-06-30"),
                entry("b", SeedPlanFixtures.REPORT_TO_VGCL, "2026-03-31"));

        assertThat(feed.render("CĐCS", entries)).isEqualTo(feed.render("CĐCS", entries));
    }
}
