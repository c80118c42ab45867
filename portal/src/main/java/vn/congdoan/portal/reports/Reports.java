package vn.congdoan.portal.reports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;

import vn.congdoan.portal.services.Services;

/** Reports from reporting-service: what the unit owes, one report with its versions, submitting, deciding. */
@Component
class Reports {
    private final Services services;

    Reports(Services services) {
        this.services = services;
    }

    List<Expected> expected(String unitId) {
        List<Expected> expected = services.reporting().get().uri("/api/units/{id}/expected-reports", unitId)
                .retrieve().body(new ParameterizedTypeReference<List<Expected>>() { });
        return expected == null ? List.of() : expected;
    }

    Optional<Report> find(String reportId) {
        return Services.found(() -> services.reporting().get().uri("/api/reports/{id}", reportId).retrieve()
                .body(Report.class));
    }

    void submit(String unitId, Map<String, Object> request) {
        services.reporting().post().uri("/api/units/{id}/reports", unitId).body(request).retrieve().toBodilessEntity();
    }

    void decide(String reportId, Map<String, Object> decision) {
        services.reporting().post().uri("/api/reports/{id}/approval", reportId).body(decision).retrieve()
                .toBodilessEntity();
    }

    /** Reports of the unit's subtree waiting for a decision, of its direct children only. */
    List<Summary> waitingFor(String unitId) {
        Page<Summary> page = services.reporting().get()
                .uri("/api/reports?unitId={id}&status=SUBMITTED&size=500", unitId).retrieve()
                .body(new ParameterizedTypeReference<Page<Summary>>() { });
        return page == null ? List.of() : page.items().stream().filter(r -> unitId.equals(r.parentUnitId())).toList();
    }

    record Page<T>(List<T> items) {
    }

    record Expected(String id, String planId, String period, LocalDate periodStart, LocalDate periodEnd,
                    LocalDate dueDate, String assignmentId, String status, int version) {
    }

    record Summary(String id, String planId, String period, String unitId, String parentUnitId, String status,
                   int version, Instant firstSubmittedAt, Instant lastSubmittedAt, Boolean onTime) {
    }

    record Count(String metric, String sector, long value) {
    }

    record Version(int version, List<Count> counts, Map<String, Boolean> flags, String narrative, String submittedBy,
                   Instant submittedAt) {
        long value(String metric, String sector) {
            return counts.stream().filter(c -> c.metric().equals(metric)
                            && (sector == null || sector.equals(c.sector())))
                    .mapToLong(Count::value).sum();
        }
    }

    record Decision(int version, String decision, String decidedBy, String unitId, String comment, Instant decidedAt) {
    }

    record Report(String id, String planId, String period, String unitId, String parentUnitId, String level,
                  String sector, String assignmentId, LocalDate dueDate, String status, int version,
                  Instant firstSubmittedAt, Boolean onTime, List<Version> versions, List<Decision> decisions) {
        public Version current() {
            return versions.getLast();
        }

        /** The reason of the last return, when the report is returned. */
        public Decision lastReturn() {
            return decisions.stream().filter(d -> "RETURN".equals(d.decision())).reduce((a, b) -> b).orElse(null);
        }
    }
}
