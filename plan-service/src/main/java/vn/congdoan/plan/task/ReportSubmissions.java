package vn.congdoan.plan.task;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import vn.congdoan.contracts.report.ReportSubmitted;
import vn.congdoan.events.EventDecoder;
import vn.congdoan.events.MalformedEventException;
import vn.congdoan.web.InvalidRequestException;
import vn.congdoan.web.NotFoundException;

/**
 * The functional binding {@code reportEvents} on reporting.reports: a submitted report completes
 * its report task's occurrence, so the reminders stop. Idempotent (completing twice is once); a
 * report naming an unknown assignment or a date that is not one of its deadlines is dead-lettered.
 */
@Configuration
class ReportSubmissions {

    @Bean
    Consumer<Message<byte[]>> reportEvents(EventDecoder decoder, TaskCompletions completions, Clock clock) {
        return decoder.consumer(ReportSubmitted.class, event -> complete(event.payload(), completions, clock));
    }

    private static void complete(ReportSubmitted report, TaskCompletions completions, Clock clock) {
        if (report.assignmentId() == null || report.dueDate() == null) {
            return;
        }
        LocalDate submittedOn = LocalDate.ofInstant(report.submittedAt(), clock.getZone());
        try {
            completions.complete(report.assignmentId(), new CompleteTaskRequest(report.dueDate(),
                    submittedOn.isAfter(LocalDate.now(clock)) ? null : submittedOn,
                    "Báo cáo " + report.period() + " đã nộp (" + report.reportId() + ")", null), "reporting-service");
        } catch (NotFoundException | InvalidRequestException e) {
            throw new MalformedEventException("report " + report.reportId() + ": " + e.getMessage());
        }
    }
}
