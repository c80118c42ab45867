package vn.congdoan.service;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.scheduling.support.ScheduledTaskObservationContext;
import org.springframework.util.ClassUtils;
import org.springframework.util.ErrorHandler;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;

/**
 * The scheduler's error handler, shared by every service: while the database or the broker is
 * away, every scheduled job (outbox relays, the dispatcher, sweeps) fails at each run, and Spring's
 * default handler wrote each failure at ERROR with its stack trace. Here a job's first failure is
 * logged once at WARN with its cause, later ones are only counted ({@value #FAILURES}, tagged
 * {@code job}), and the job's first good run after failures is logged once: "job X runs again
 * after N failures".
 * <p>
 * An {@link ErrorHandler} alone sees neither which job failed nor that a job ran well, so the job's
 * outcome is read from Spring's scheduled-task observation (this class is also its
 * {@link ObservationHandler}, registered by Boot with every other handler); the error handler
 * then stays quiet about a failure the observation has reported. A failure that was not observed
 * (no observation registry) is handled the same way under the job name {@value #UNNAMED}.
 */
public class ScheduledJobFailures implements ErrorHandler, ObservationHandler<ScheduledTaskObservationContext> {
    static final String FAILURES = "scheduled.job.failures";
    static final String UNNAMED = "unnamed";
    private static final Logger log = LoggerFactory.getLogger(ScheduledJobFailures.class);

    private final MeterRegistry meters;
    private final Map<String, Integer> failing = new ConcurrentHashMap<>();
    private final ThreadLocal<Throwable> observed = new ThreadLocal<>();

    ScheduledJobFailures(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public boolean supportsContext(Observation.Context context) {
        return context instanceof ScheduledTaskObservationContext;
    }

    @Override
    public void onStop(ScheduledTaskObservationContext run) {
        String job = ClassUtils.getUserClass(run.getTargetClass()).getSimpleName() + "." + run.getMethod().getName();
        if (run.getError() == null) {
            succeeded(job);
        } else {
            observed.set(run.getError());
            failed(job, run.getError());
        }
    }

    @Override
    public void handleError(Throwable failure) {
        Throwable reported = observed.get();
        observed.remove();
        if (reported != failure) {
            failed(UNNAMED, failure);
        }
    }

    private void failed(String job, Throwable failure) {
        meters.counter(FAILURES, "job", job).increment();
        if (failing.merge(job, 1, Integer::sum) == 1) {
            log.warn("scheduled job {} failed; it is tried again at each run, and further failures are only counted"
                    + " ({}) until it runs again: {}", job, FAILURES, describe(failure));
        }
    }

    /** The failure and its root cause in one line, as text: a Throwable last argument would print its stack. */
    private static String describe(Throwable failure) {
        Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
        return cause == failure ? failure.toString() : failure + ", caused by " + cause;
    }

    private void succeeded(String job) {
        Integer failures = failing.remove(job);
        if (failures != null) {
            log.info("scheduled job {} runs again after {} failures", job, failures);
        }
    }
}
