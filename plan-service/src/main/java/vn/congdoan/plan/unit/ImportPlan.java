package vn.congdoan.plan.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.congdoan.web.RowError;

/**
 * What an import will write: units to create, units to update (with the version they were
 * read at), moved units whose branches must follow (deepest first), and how many rows change
 * nothing. Or, when {@link #errors()} is not empty, nothing at all.
 */
final class ImportPlan {
    private final List<RowError> errors;
    private final List<Unit> created = new ArrayList<>();
    private final List<Revision> updated = new ArrayList<>();
    private final List<Unit> moved = new ArrayList<>();
    private int unchanged;

    record Revision(Unit unit, long readVersion) {
    }

    private ImportPlan(List<RowError> errors) {
        this.errors = List.copyOf(errors);
    }

    static ImportPlan rejected(List<RowError> errors) {
        return new ImportPlan(errors);
    }

    static ImportPlan empty() {
        return new ImportPlan(List.of());
    }

    void create(Unit unit) {
        created.add(unit);
    }

    /** Brings an existing unit in line with its row; unchanged rows write nothing. */
    void update(Unit unit, UnitDetails details, String parentId, List<String> ancestors, LocalDate today) {
        long read = unit.version();
        if (!unit.details().equals(details)) {
            unit.revise(details.name(), details.sector(), details.openedOn(), details.closedOn());
        }
        if (!Objects.equals(unit.parentId(), parentId)) {
            unit.moveUnder(parentId, ancestors, today);
            moved.add(unit);
        } else if (!unit.ancestors().equals(ancestors)) {
            unit.reroot(ancestors);
        }
        if (unit.version() == read) {
            unchanged++;
        } else {
            updated.add(new Revision(unit, read));
        }
    }

    List<RowError> errors() { return errors; }
    List<Unit> created() { return created; }
    List<Revision> updated() { return updated; }
    int unchanged() { return unchanged; }

    /** Moved units, deepest first: a branch that moved inside a moved branch settles before its ancestor. */
    List<Unit> moved() {
        return moved.stream().sorted((a, b) -> b.ancestors().size() - a.ancestors().size()).toList();
    }
}
