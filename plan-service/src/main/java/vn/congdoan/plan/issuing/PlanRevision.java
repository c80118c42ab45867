package vn.congdoan.plan.issuing;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** An issued revision of a plan, kept as it was issued. */
@Document("plan_revisions")
record PlanRevision(@Id String id, @Indexed String planId, int revision, PlanContent content, Instant issuedAt) {
}
