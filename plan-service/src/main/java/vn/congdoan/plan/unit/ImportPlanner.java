package vn.congdoan.plan.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import vn.congdoan.contracts.unit.UnitLevel;
import vn.congdoan.plan.unit.UnitRow.Draft;
import vn.congdoan.web.FieldError;
import vn.congdoan.web.RowError;

/**
 * Checks a whole import against itself and the directory, then plans its writes. Pure: it is
 * given the existing units the import can reach (those named by a code or a parent code, their
 * ancestors, and the children of the units it closes) and touches no database.
 * <p>
 * The tree it checks is the directory with the file laid over it: a unit in the file takes the
 * file's parent, any other unit keeps its stored parent. So a file may move a branch, name a
 * parent that comes later in the file, or build on units that already exist.
 */
final class ImportPlanner {
    private final Map<String, Unit> existingByCode = new HashMap<>();
    private final Map<String, Unit> existingById = new HashMap<>();
    private final Map<String, List<Unit>> existingChildren = new HashMap<>();
    private final Map<String, Draft> drafts = new LinkedHashMap<>();
    private final Map<String, String> newIds = new HashMap<>();
    private final Map<String, List<String>> lineages = new HashMap<>();
    private final List<RowError> errors = new ArrayList<>();
    private final LocalDate today;
    private final Supplier<String> idSource;

    ImportPlanner(Collection<Unit> existing, LocalDate today, Supplier<String> idSource) {
        existing.forEach(u -> {
            existingByCode.put(u.code(), u);
            existingById.put(u.id(), u);
            existingChildren.computeIfAbsent(String.valueOf(u.parentId()), k -> new ArrayList<>()).add(u);
        });
        this.today = today;
        this.idSource = idSource;
    }

    ImportPlan plan(List<UnitRow> rows) {
        for (UnitRow row : rows) {
            Draft draft = row.read(errors);
            if (draft.code() != null && !draft.code().isBlank()) {
                Draft first = drafts.putIfAbsent(draft.code(), draft);
                if (first != null) {
                    errors.add(new RowError(draft.row(), draft.code(), "code", "duplicate: " + draft.code()
                            + " is also on row " + first.row()));
                }
            }
        }
        drafts.values().forEach(this::check);
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(RowError::row));
            return ImportPlan.rejected(errors);
        }
        return writes();
    }

    private void check(Draft draft) {
        UnitDetails details = draft.details();
        Unit existing = existingByCode.get(draft.code());
        if (existing != null && details.level() != null && existing.level() != details.level()) {
            error(draft, new FieldError("level", draft.code() + " is " + existing.level()
                    + " in the directory; a unit's level cannot change"));
        }
        if (draft.parentCode() != null && !known(draft.parentCode())) {
            error(draft, new FieldError("parentCode", "unknown unit " + draft.parentCode()
                    + ": neither in this file nor in the directory"));
            return;
        }
        UnitRules.placement(details.level(), draft.parentCode(), levelOf(draft.parentCode()), "parentCode")
                .forEach(e -> error(draft, e));
        if (draft.parentCode() != null) {
            UnitRules.openParent(draft.parentCode(), closedOnOf(draft.parentCode()), details.closedOn(), "parentCode")
                    .forEach(e -> error(draft, e));
        }
        checkCycle(draft);
        if (existing != null && details.closedOn() != null) {
            checkOpenChildren(draft, existing);
        }
    }

    private void checkCycle(Draft draft) {
        List<String> path = new ArrayList<>(List.of(draft.code()));
        Set<String> seen = new HashSet<>();
        for (String up = draft.parentCode(); up != null && seen.add(up); up = parentCodeOf(up)) {
            path.add(up);
            if (up.equals(draft.code())) {
                error(draft, new FieldError("parentCode", "makes a cycle: " + String.join(" → ", path)));
                return;
            }
        }
    }

    private void checkOpenChildren(Draft draft, Unit existing) {
        List<String> open = existingChildren.getOrDefault(existing.id(), List.of()).stream()
                .filter(child -> !drafts.containsKey(child.code()) && child.openOn(draft.details().closedOn()))
                .map(Unit::code).toList();
        if (!open.isEmpty()) {
            error(draft, new FieldError("closedOn", draft.code() + " still has open child units on "
                    + draft.details().closedOn() + ": " + String.join(", ", open)));
        }
    }

    private ImportPlan writes() {
        ImportPlan plan = ImportPlan.empty();
        for (Draft draft : drafts.values()) {
            String parentId = draft.parentCode() == null ? null : idOf(draft.parentCode());
            List<String> ancestors = draft.parentCode() == null ? List.of() : lineage(draft.parentCode());
            Unit existing = existingByCode.get(draft.code());
            if (existing == null) {
                plan.create(Unit.open(idOf(draft.code()), draft.details(), parentId, ancestors));
            } else {
                plan.update(existing, draft.details(), parentId, ancestors, today);
            }
        }
        return plan;
    }

    /** The ids from the root down to {@code code}, in the tree with the file laid over the directory. */
    private List<String> lineage(String code) {
        List<String> known = lineages.get(code);
        if (known != null) {
            return known;
        }
        String parent = parentCodeOf(code);
        List<String> lineage = new ArrayList<>(parent == null ? List.of() : lineage(parent));
        lineage.add(idOf(code));
        lineages.put(code, List.copyOf(lineage));
        return lineages.get(code);
    }

    private String parentCodeOf(String code) {
        Draft draft = drafts.get(code);
        if (draft != null) {
            return draft.parentCode();
        }
        Unit unit = existingByCode.get(code);
        Unit parent = unit == null || unit.parentId() == null ? null : existingById.get(unit.parentId());
        return parent == null ? null : parent.code();
    }

    private String idOf(String code) {
        Unit existing = existingByCode.get(code);
        return existing != null ? existing.id() : newIds.computeIfAbsent(code, c -> idSource.get());
    }

    private boolean known(String code) {
        return drafts.containsKey(code) || existingByCode.containsKey(code);
    }

    private UnitLevel levelOf(String code) {
        Draft draft = code == null ? null : drafts.get(code);
        return draft != null ? draft.details().level() : code == null ? null : existingByCode.get(code).level();
    }

    private LocalDate closedOnOf(String code) {
        Draft draft = drafts.get(code);
        return draft != null ? draft.details().closedOn() : existingByCode.get(code).closedOn();
    }

    private void error(Draft draft, FieldError error) {
        errors.add(new RowError(draft.row(), draft.code(), error.field(), error.message()));
    }
}
