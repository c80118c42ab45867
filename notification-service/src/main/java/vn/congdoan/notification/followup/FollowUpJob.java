package vn.congdoan.notification.followup;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import vn.congdoan.events.SchedulerLocks;
import vn.congdoan.notification.delivery.NotificationData;
import vn.congdoan.notification.delivery.NotificationKind;
import vn.congdoan.notification.routing.Notifier;
import vn.congdoan.notification.routing.Occasion;

/**
 * Once a day, one follow-up message per parent unit that has something open: "12/47 công đoàn cơ
 * sở chưa nộp …, hạn 30/11/2026: …". Its event id is {@code follow-up:<parentUnitId>:<date>}, so
 * a second run for the same day, on this instance or another, stores nothing new; ShedLock keeps
 * the scheduled runs to one instance at a time besides. Email goes out with the officers' digest of
 * that day (at once when the digest time has passed); the inbox has it at once.
 */
public class FollowUpJob {
    private static final Logger log = LoggerFactory.getLogger(FollowUpJob.class);

    private final FollowUps followUps;
    private final FollowUpDigest digest;
    private final Notifier notifier;
    private final Function<String, Optional<String>> unitNames;
    private final FollowUpProperties properties;
    private final Clock clock;
    private final ZoneId zone;

    public FollowUpJob(FollowUps followUps, FollowUpDigest digest, Notifier notifier,
                       Function<String, Optional<String>> unitNames, FollowUpProperties properties, Clock clock, ZoneId zone) {
        this.followUps = followUps;
        this.digest = digest;
        this.notifier = notifier;
        this.unitNames = unitNames;
        this.properties = properties;
        this.clock = clock;
        this.zone = zone;
    }

    @Scheduled(cron = "${notification.follow-up.cron:0 30 6 * * *}", zone = "${notification.defaults.zone:Asia/Ho_Chi_Minh}")
    @SchedulerLock(name = "notification-follow-up", lockAtMostFor = SchedulerLocks.AT_MOST)
    public void daily() {
        run(LocalDate.now(clock.withZone(zone)));
    }

    /**
     * Summarises {@code date} for every parent unit and stores the messages; returns what it did.
     * One bad record or one parent unit whose message cannot be stored is logged, counted and
     * passed over: every other parent unit still gets its follow-up.
     */
    public Run run(LocalDate date) {
        long started = System.nanoTime();
        FollowUps.Due due = due(date, null);
        due.unreadable().forEach(record -> log.error("follow-up for {}: record {} left out, it cannot be read: {}",
                date, record.id(), record.reason()));
        Map<String, List<NotificationData.Item>> summaries = digest.summarise(due.readable());
        int stored = 0;
        int failed = 0;
        for (Map.Entry<String, List<NotificationData.Item>> summary : summaries.entrySet()) {
            try {
                stored += notifier.notify(occasion(summary.getKey(), date, summary.getValue()));
            } catch (RuntimeException e) {
                failed++;
                log.error("follow-up for {}: parent unit {} left out, its message could not be stored", date, summary.getKey(), e);
            }
        }
        log.info("follow-up for {}: {} parent units with open tasks, {} notifications stored, {} records unreadable, "
                        + "{} parent units failed, in {} ms", date, summaries.size(), stored, due.unreadable().size(), failed,
                (System.nanoTime() - started) / 1_000_000);
        return new Run(date, summaries.size(), stored, due.unreadable().size(), failed);
    }

    /** What one parent unit's follow-up says for {@code date}, without sending anything. */
    public List<NotificationData.Item> summaryOf(String parentUnitId, LocalDate date) {
        return digest.summarise(due(date, parentUnitId).readable()).getOrDefault(parentUnitId, List.of());
    }

    private FollowUps.Due due(LocalDate date, String parentUnitId) {
        return followUps.dueBetween(date.minusDays(properties.lookbackDays()), date.plusDays(properties.horizonDays()), parentUnitId);
    }

    static String eventId(String parentUnitId, LocalDate date) {
        return "follow-up:" + parentUnitId + ":" + date;
    }

    private Occasion occasion(String parentUnitId, LocalDate date, List<NotificationData.Item> items) {
        NotificationData data = new NotificationData(null, null, null, null, null, parentUnitId, null, null, null,
                unitNames.apply(parentUnitId).orElse(null), null, null, new NotificationData.FollowUp(date, items));
        return new Occasion(eventId(parentUnitId, date), NotificationKind.FOLLOW_UP, parentUnitId, null, null, data, date);
    }

    /**
     * A run: the day, how many parent units had something open, how many notifications were stored
     * now, how many stored records could not be read and how many parent units' messages failed.
     */
    public record Run(LocalDate date, int parentUnits, int notificationsStored, int recordsUnreadable, int parentUnitsFailed) {
    }
}
