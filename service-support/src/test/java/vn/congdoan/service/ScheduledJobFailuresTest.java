package vn.congdoan.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.ConnectException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.scheduling.support.ScheduledMethodRunnable;
import org.springframework.scheduling.support.TaskUtils;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;

/**
 * A scheduled job run as Spring's scheduler runs it (its method invoked under the scheduled-task
 * observation, its failure handed to the scheduler's error handler): an outage that fails the job
 * at every run is one WARN line with its cause, a count per run, and one line when the job runs again.
 */
class ScheduledJobFailuresTest {
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ScheduledJobFailures failures = new ScheduledJobFailures(meters);
    private final ObservationRegistry observations = ObservationRegistry.create();
    private final Logger logger = (Logger) LoggerFactory.getLogger(ScheduledJobFailures.class);
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

    ScheduledJobFailuresTest() {
        observations.observationConfig().observationHandler(failures);
        lines.start();
        logger.addAppender(lines);
    }

    @AfterEach
    void detach() {
        logger.detachAppender(lines);
    }

    @Test
    void anOutageIsOneWarningPerJobThenOneLineWhenItRunsAgain() throws Exception {
        SweepJob sweep = new SweepJob();
        Runnable scheduled = asScheduled(sweep);

        scheduled.run();
        sweep.databaseAway = true;
        for (int run = 0; run < 5; run++) {
            scheduled.run();
        }
        sweep.databaseAway = false;
        scheduled.run();
        scheduled.run();

        assertThat(lines.list).extracting(ILoggingEvent::getLevel, ILoggingEvent::getFormattedMessage).containsExactly(
                tuple(Level.WARN, "scheduled job SweepJob.sweep failed; it is tried again at each run,"
                        + " and further failures are only counted (scheduled.job.failures) until it runs again:"
                        + " org.springframework.dao.DataAccessResourceFailureException: database unreachable,"
                        + " caused by java.net.ConnectException: Connection refused"),
                tuple(Level.INFO, "scheduled job SweepJob.sweep runs again after 5 failures"));
        assertThat(lines.list).allSatisfy(line -> assertThat(line.getThrowableProxy()).as("no stack trace").isNull());
        assertThat(meters.counter("scheduled.job.failures", "job", "SweepJob.sweep").count()).isEqualTo(5);
    }

    @Test
    void eachJobHasItsOwnWarningAndCount() throws Exception {
        SweepJob sweep = new SweepJob();
        SweepJob relay = new RelayJob();
        sweep.databaseAway = true;
        relay.databaseAway = true;
        Runnable scheduledSweep = asScheduled(sweep);
        Runnable scheduledRelay = asScheduled(relay);

        for (int run = 0; run < 3; run++) {
            scheduledSweep.run();
            scheduledRelay.run();
        }

        assertThat(lines.list).extracting(ILoggingEvent::getFormattedMessage)
                .filteredOn(line -> line.contains("failed")).hasSize(2)
                .anySatisfy(line -> assertThat(line).startsWith("scheduled job SweepJob.sweep failed"))
                .anySatisfy(line -> assertThat(line).startsWith("scheduled job RelayJob.sweep failed"));
        assertThat(meters.counter("scheduled.job.failures", "job", "RelayJob.sweep").count()).isEqualTo(3);
    }

    @Test
    void aFailureTheObservationDidNotSeeIsStillLoggedOnceAndCounted() {
        ScheduledJobFailures withoutObservation = new ScheduledJobFailures(meters);
        Runnable failing = TaskUtils.decorateTaskWithErrorHandler(() -> {
            throw new IllegalStateException("no broker");
        }, withoutObservation, true);

        failing.run();
        failing.run();

        assertThat(lines.list).singleElement().satisfies(line -> assertThat(line.getFormattedMessage())
                .startsWith("scheduled job unnamed failed").endsWith("java.lang.IllegalStateException: no broker"));
        assertThat(meters.counter("scheduled.job.failures", "job", "unnamed").count()).isEqualTo(2);
    }

    /** What the scheduler runs for an {@code @Scheduled} method: the method under observation, errors to the handler. */
    private Runnable asScheduled(SweepJob job) throws NoSuchMethodException {
        ScheduledMethodRunnable method = new ScheduledMethodRunnable(job, SweepJob.class.getMethod("sweep"), null, () -> observations);
        return TaskUtils.decorateTaskWithErrorHandler(method, failures, true);
    }

    static class SweepJob {
        volatile boolean databaseAway;

        public void sweep() {
            if (databaseAway) {
                throw new DataAccessResourceFailureException("database unreachable",
                        new ConnectException("Connection refused"));
            }
        }
    }

    static class RelayJob extends SweepJob {
    }
}
