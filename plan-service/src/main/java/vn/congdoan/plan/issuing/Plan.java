package vn.congdoan.plan.issuing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import vn.congdoan.contracts.plan.PlanClosed;
import vn.congdoan.contracts.plan.PlanIssued;
import vn.congdoan.events.CloudEvent;
import vn.congdoan.web.ConflictException;

/**
 * A Kế hoạch. Commands return the next state; the caller stores it conditionally on the state it
 * read ({@code revision} and {@code status}), so two officers cannot issue or revise at once.
 *
 * @param revision       0 while a draft; 1 when issued; +1 for every revision
 * @param expansionDue   the assignments of {@code revision} may not all be written yet
 * @param unannounced    the events of {@code revision} may not be staged yet
 * @param assignmentCount how many assignments the current revision expanded to
 */
@Document("plans")
public record Plan(@Id String id, PlanStatus status, int revision, PlanContent content, LocalDate closedOn,
                   @Indexed(sparse = true) Boolean expansionDue, @Indexed(sparse = true) Boolean unannounced,
                   long assignmentCount, Instant updatedAt) {

    static Plan draft(String id, PlanContent content, Instant now) {
        return new Plan(id, PlanStatus.DRAFT, 0, content, null, null, null, 0, now);
    }

    Plan redraft(PlanContent newContent, Instant now) {
        require(PlanStatus.DRAFT, "an issued plan is changed by a revision (POST /api/plans/{id}/revisions)");
        return new Plan(id, status, revision, newContent, null, null, null, 0, now);
    }

    Plan issue(Instant now) {
        require(PlanStatus.DRAFT, "the plan is " + status + ", not a draft");
        return new Plan(id, PlanStatus.ISSUED, 1, content, null, true, true, 0, now);
    }

    Plan revise(PlanContent newContent, Instant now) {
        require(PlanStatus.ISSUED, "only an issued plan can be revised; it is " + status);
        return new Plan(id, status, revision + 1, newContent, null, true, true, 0, now);
    }

    Plan close(LocalDate on, Instant now) {
        require(PlanStatus.ISSUED, "only an issued plan can be closed; it is " + status);
        return new Plan(id, PlanStatus.CLOSED, revision, content, on, expansionDue, true, assignmentCount, now);
    }

    /** The events this state stands for; their ids make staging them again a no-op. */
    List<CloudEvent> events(Instant now) {
        List<CloudEvent> events = new ArrayList<>();
        if (status != PlanStatus.DRAFT) {
            events.add(CloudEvent.of("plan-issued:" + id + ":r" + revision, id, now, issued()));
        }
        if (status == PlanStatus.CLOSED) {
            events.add(CloudEvent.of("plan-closed:" + id, id, now, new PlanClosed(id, revision, closedOn)));
        }
        return events;
    }

    PlanIssued issued() {
        PlanContent c = content;
        return new PlanIssued(id, revision, c.number(), c.issuingUnitId(), c.issueDate(), c.title(), c.legalBasis(),
                c.purposes(), c.requirements(), c.targets().stream().map(TargetSpec::published).toList(),
                c.tasks().stream().map(t -> t.published(c.issueDate())).toList(), assignmentCount, c.recipients(),
                c.signer());
    }

    private void require(PlanStatus expected, String why) {
        if (status != expected) {
            throw new ConflictException("status", why);
        }
    }
}
