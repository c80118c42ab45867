package vn.congdoan.plan.unit;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import vn.congdoan.plan.unit.UnitRequests.CloseUnit;
import vn.congdoan.plan.unit.UnitRequests.CreateUnit;
import vn.congdoan.plan.unit.UnitRequests.MoveUnit;
import vn.congdoan.plan.unit.UnitRequests.ReviseUnit;
import vn.congdoan.web.ConflictException;
import vn.congdoan.web.FieldError;
import vn.congdoan.web.InvalidRequestException;

/**
 * The one-unit commands: check every rule first, write the unit (with its pending event), then
 * publish (see {@link UnitEvents}). Bad input is a 400 naming the fields; a clash with the
 * directory's current state (duplicate code, cycle, closed parent, open children) is a 409.
 */
@Component
class UnitDirectory {
    private final Units units;
    private final UnitEvents events;
    private final UnitBranches branches;

    UnitDirectory(Units units, UnitEvents events, UnitBranches branches) {
        this.units = units;
        this.events = events;
        this.branches = branches;
    }

    Unit create(CreateUnit request) {
        UnitDetails details = new UnitDetails(UnitRules.normalCode(request.code()), UnitRules.normalName(request.name()),
                request.level(), request.sector(), request.openedOn(), request.closedOn());
        Unit parent = request.parentId() == null ? null : units.find(request.parentId()).orElse(null);
        List<FieldError> errors = new ArrayList<>(UnitRules.details(details));
        if (request.parentId() != null && parent == null) {
            errors.add(new FieldError("parentId", "unknown unit " + request.parentId()));
        } else {
            errors.addAll(UnitRules.placement(details.level(), parent == null ? null : parent.code(),
                    parent == null ? null : parent.level(), "parentId"));
        }
        rejectIfAny(errors);
        units.findByCode(details.code()).ifPresent(existing -> {
            throw new ConflictException("code", details.code() + " already exists (unit " + existing.id() + ")");
        });
        conflictIfAny(parent == null ? List.of()
                : UnitRules.openParent(parent.code(), parent.closedOn(), details.closedOn(), "parentId"));
        Unit unit = Unit.open(UUID.randomUUID().toString(), details, parent == null ? null : parent.id(),
                parent == null ? List.of() : parent.lineage());
        units.insert(unit);
        events.publish(List.of(unit));
        return unit;
    }

    Unit revise(String id, ReviseUnit request) {
        Unit unit = units.get(id);
        UnitDetails details = new UnitDetails(unit.code(), UnitRules.normalName(request.name()), unit.level(),
                request.sector(), request.openedOn(), request.closedOn());
        rejectIfAny(UnitRules.details(details));
        if (request.closedOn() != null && !request.closedOn().equals(unit.closedOn())) {
            refuseOpenChildren(unit, request.closedOn());
        }
        long read = unit.version();
        unit.revise(details.name(), details.sector(), details.openedOn(), details.closedOn());
        return write(unit, read);
    }

    Unit close(String id, CloseUnit request) {
        Unit unit = units.get(id);
        if (unit.closedOn() != null) {
            throw new ConflictException("closedOn", unit.code() + " is already closed since " + unit.closedOn());
        }
        rejectIfAny(UnitRules.dates(unit.openedOn(), request.closedOn()));
        refuseOpenChildren(unit, request.closedOn());
        long read = unit.version();
        unit.close(request.closedOn());
        return write(unit, read);
    }

    Unit move(String id, MoveUnit request) {
        Unit unit = units.get(id);
        Unit parent = units.find(request.parentId())
                .orElseThrow(() -> new InvalidRequestException("parentId", "unknown unit " + request.parentId()));
        if (request.effectiveOn().isBefore(unit.openedOn())) {
            throw new InvalidRequestException("effectiveOn", "must not be before the unit's opening " + unit.openedOn());
        }
        if (UnitRules.makesCycle(unit, parent)) {
            throw new ConflictException("parentId", parent.code() + " is " + unit.code()
                    + " itself or inside its branch: the move would make a cycle");
        }
        rejectIfAny(UnitRules.placement(unit.level(), parent.code(), parent.level(), "parentId"));
        conflictIfAny(UnitRules.openParent(parent.code(), parent.closedOn(), unit.closedOn(), "parentId"));
        if (parent.id().equals(unit.parentId())) {
            return unit;
        }
        long read = unit.version();
        unit.moveUnder(parent.id(), parent.lineage(), request.effectiveOn());
        write(unit, read);
        branches.follow(unit);
        return unit;
    }

    private Unit write(Unit unit, long readVersion) {
        if (!units.replace(unit, readVersion)) {
            throw new ConflictException("version", unit.code() + " was changed meanwhile; read it again and retry");
        }
        events.publish(List.of(unit));
        return unit;
    }

    private void refuseOpenChildren(Unit unit, java.time.LocalDate closedOn) {
        List<Unit> open = units.openChildren(unit.id(), closedOn, 5);
        if (!open.isEmpty()) {
            throw new ConflictException("closedOn", unit.code() + " still has open child units on " + closedOn
                    + " (" + String.join(", ", open.stream().map(Unit::code).toList())
                    + (open.size() == 5 ? ", ..." : "") + "): close or move them first");
        }
    }

    private static void rejectIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    private static void conflictIfAny(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ConflictException(errors.get(0).field(), errors.get(0).message());
        }
    }
}
