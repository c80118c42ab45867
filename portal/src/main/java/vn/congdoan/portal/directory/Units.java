package vn.congdoan.portal.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

import vn.congdoan.portal.services.Services;

/** The union directory in plan-service: read a unit, its children, its branch; open, close, move, import. */
@Component
class Units {
    /** The levels, highest first, as plan-service names them; a unit's parent is always of a higher level. */
    static final List<String> LEVELS = List.of("NATIONAL", "PROVINCIAL", "DEPARTMENT", "UPPER_GRASSROOTS", "GRASSROOTS");
    private static final ParameterizedTypeReference<Page<Unit>> PAGE = new ParameterizedTypeReference<>() { };
    private final Services services;

    Units(Services services) {
        this.services = services;
    }

    /** The unit, or empty when it does not exist or is outside what the signed-in person may see (plan-service's 404). */
    Optional<Unit> unit(String id) {
        return Services.found(() -> services.plan().get().uri("/api/units/{id}", id).retrieve().body(Unit.class));
    }

    Page<Unit> children(String id, int page, int size) {
        return services.plan().get().uri("/api/units?parentId={id}&page={page}&size={size}", id, page, size).retrieve()
                .body(PAGE);
    }

    /** The units in the person's scope whose name holds {@code text} or whose code starts with it. */
    Page<Unit> search(String text, int page, int size) {
        return services.plan().get().uri("/api/units?q={q}&page={page}&size={size}", text, page, size).retrieve()
                .body(PAGE);
    }

    /** The open units of {@code level} in the person's scope (their unit and below), at most 500. */
    List<Unit> openAtLevel(String level) {
        return services.plan().get().uri("/api/units?level={level}&size=500", level).retrieve().body(PAGE).items()
                .stream().filter(unit -> unit.closedOn() == null).toList();
    }

    /** How many units the branch of {@code id} holds, itself included. */
    long branchSize(String id) {
        return services.plan().get().uri("/api/units/{id}/subtree?size=1", id).retrieve().body(PAGE).totalItems();
    }

    Unit open(Map<String, Object> request) {
        return services.plan().post().uri("/api/units").body(request).retrieve().body(Unit.class);
    }

    Unit close(String id, LocalDate closedOn) {
        return services.plan().post().uri("/api/units/{id}/close", id).body(Map.of("closedOn", closedOn)).retrieve()
                .body(Unit.class);
    }

    Unit move(String id, String parentId, LocalDate effectiveOn) {
        return services.plan().post().uri("/api/units/{id}/move", id)
                .body(Map.of("parentId", parentId, "effectiveOn", effectiveOn)).retrieve().body(Unit.class);
    }

    /** A CSV file of units, imported whole or not at all. */
    ImportResult importCsv(byte[] csv) {
        return services.plan().post().uri("/api/units/import").contentType(new MediaType("text", "csv"))
                .body(csv).retrieve().body(ImportResult.class);
    }

    record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {
        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return page + 1 < totalPages;
        }
    }

    record Unit(String id, String code, String name, String level, String sector, String parentId,
                List<String> ancestors, LocalDate openedOn, LocalDate closedOn, LocalDate parentSince, long version) {
        public boolean grassroots() {
            return "GRASSROOTS".equals(level);
        }

        public boolean closed() {
            return closedOn != null;
        }

        /** Whether the person of unit {@code unitId} manages this one: it is below their unit. */
        public boolean below(String unitId) {
            return ancestors != null && ancestors.contains(unitId);
        }

        /** The levels a unit opened under this one may have. */
        public List<String> childLevels() {
            return LEVELS.subList(LEVELS.indexOf(level) + 1, LEVELS.size());
        }
    }

    record ImportResult(int rows, int created, int updated, int unchanged) {
    }
}
