package vn.congdoan.reporting.plan;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.index.CompoundIndex;

import vn.congdoan.contracts.unit.Sector;
import vn.congdoan.contracts.unit.UnitLevel;

/**
 * One expected report (DHIS2's "expected report"): unit {@code unitId} owes plan {@code planId} a
 * report for {@code period}, due {@code dueDate}, because report task assignment
 * {@code assignmentId} asked for it and the unit was open during the period. Counted once in the
 * rollups however often the assignment is redelivered: the id is {@code planId:period:unitId}.
 *
 * @param path the unit's ancestors from the root, then the unit itself, when it was placed
 */
@Document("expectations")
@CompoundIndex(name = "unit", def = "{'planId': 1, 'unitId': 1}")
@CompoundIndex(name = "unitByDueDate", def = "{'unitId': 1, 'dueDate': 1}")
@CompoundIndex(name = "subtree", def = "{'planId': 1, 'period': 1, 'path': 1, 'unitId': 1}")
@CompoundIndex(name = "subtreeOverTime", def = "{'planId': 1, 'path': 1, 'periodEnd': 1}")
public record Expectation(@Id String id, String planId, String period, LocalDate periodStart, LocalDate periodEnd,
                          String unitId, String parentUnitId, List<String> path, UnitLevel level, Sector sector,
                          String assignmentId, LocalDate dueDate, LocalDate activeFrom, String reportId) {

    public static String idOf(String planId, String period, String unitId) {
        return planId + ":" + period + ":" + unitId;
    }
}
