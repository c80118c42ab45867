package vn.congdoan.units;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.index.Indexed;

import vn.congdoan.contracts.unit.Sector;
import vn.congdoan.contracts.unit.UnitLevel;

/** A service's own copy of one unit of plan-service's directory, as of {@code version}. */
@Document("units")
public record ReplicatedUnit(@Id String id, @Indexed String code, String name, UnitLevel level, Sector sector,
                             @Indexed String parentId, @Indexed List<String> ancestors, LocalDate openedOn, LocalDate closedOn, long version) {
}
