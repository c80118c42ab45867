package vn.congdoan.portal.planning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.util.UriComponentsBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import vn.congdoan.portal.services.Services;

/**
 * plan-service as the plan pages need it: the unit's plans, importing a document into a draft, the
 * document and findings beside the draft, saving, the reach of each task, issuing and revising. A
 * plan's content travels as JSON, so the editor changes what it shows and keeps the rest as it was.
 */
@Component
class Planning {
    /** plan-service's bound on a document (PlanImporter.MAX_BYTES). */
    static final long MAX_BYTES = 10L * 1024 * 1024;
    private final Services services;

    Planning(Services services) {
        this.services = services;
    }

    /** The plans the unit issued, drafts and issued, most recently changed first. */
    List<PlanView> plansOf(String unitId) {
        Page page = services.plan().get().uri("/api/plans?size=200").retrieve().body(Page.class);
        return page == null ? List.of() : page.items().stream()
                .filter(p -> unitId.equals(p.content().path("issuingUnitId").asString(null))).toList();
    }

    /**
     * Reads the document into a DRAFT plan of {@code unitId}; {@code number} and {@code issueDate}
     * (either may be null) win over what the document says.
     *
     * @return the new plan's id
     */
    String importDocument(byte[] document, String filename, String unitId, String number, LocalDate issueDate) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/api/plan-imports")
                .queryParam("filename", "{filename}").queryParam("issuingUnitId", "{unit}");
        if (number != null) {
            uri.queryParam("number", "{number}");
        }
        if (issueDate != null) {
            uri.queryParam("issueDate", issueDate);
        }
        JsonNode answer = services.plan().post().uri(uri.build().toUriString(), filename, unitId, number == null ? "" : number)
                .contentType(MediaType.APPLICATION_OCTET_STREAM).body(document).retrieve().body(JsonNode.class);
        return answer.get("planId").asString();
    }

    Optional<PlanView> plan(String planId) {
        return Services.found(() -> services.plan().get().uri("/api/plans/{id}", planId).retrieve().body(PlanView.class));
    }

    /** The document the draft was imported from; empty for a plan written by hand. */
    Optional<SourceDocument> source(String planId) {
        return Services.found(() -> services.plan().get().uri("/api/plan-imports/{id}", planId).retrieve()
                .body(SourceDocument.class));
    }

    /** A unit's name, for a unit a task names; empty when the directory does not show it to the officer. */
    Optional<String> unitName(String unitId) {
        try {
            JsonNode unit = services.plan().get().uri("/api/units/{id}", unitId).retrieve().body(JsonNode.class);
            return Optional.ofNullable(unit).map(u -> u.path("name").asString(null));
        } catch (HttpClientErrorException e) {
            return Optional.empty();
        }
    }

    void save(String planId, ObjectNode content) {
        services.plan().put().uri("/api/plans/{id}", planId).contentType(MediaType.APPLICATION_JSON).body(content)
                .retrieve().toBodilessEntity();
    }

    Reach reach(String planId) {
        return services.plan().get().uri("/api/plans/{id}/reach", planId).retrieve().body(Reach.class);
    }

    void issue(String planId) {
        services.plan().post().uri("/api/plans/{id}/issue", planId).retrieve().toBodilessEntity();
    }

    void revise(String planId, ObjectNode content) {
        services.plan().post().uri("/api/plans/{id}/revisions", planId).contentType(MediaType.APPLICATION_JSON)
                .body(content).retrieve().toBodilessEntity();
    }

    List<Revision> revisions(String planId) {
        List<Revision> found = services.plan().get().uri("/api/plans/{id}/revisions", planId).retrieve()
                .body(new ParameterizedTypeReference<List<Revision>>() { });
        return found == null ? List.of() : found;
    }

    public record Page(List<PlanView> items) {
    }

    /** @param content the plan's content as plan-service stores it (PlanContent) */
    public record PlanView(String id, String status, int revision, ObjectNode content, long assignmentCount, boolean settling,
                    Instant updatedAt) {
        public boolean draft() {
            return "DRAFT".equals(status);
        }

        public String number() {
            return content.path("number").asString("");
        }

        public String title() {
            return content.path("title").asString("");
        }

        public LocalDate issueDate() {
            String date = content.path("issueDate").asString(null);
            return date == null ? null : LocalDate.parse(date);
        }
    }

    /** @param line 1-based line of the document; 0 for the document as a whole */
    public record Finding(int line, String severity, String code, String text) {
    }

    public record SourceDocument(String filename, List<String> lines, List<Finding> findings) {
    }

    public record Reach(LocalDate issueDate, long assignments, List<TaskReach> tasks) {
    }

    public record TaskReach(String taskId, String title, long units) {
    }

    public record Revision(int revision, ObjectNode content, Instant issuedAt) {
    }
}
