package vn.congdoan.plan.unit;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import vn.congdoan.contracts.unit.Sector;
import vn.congdoan.contracts.unit.UnitLevel;

/** The bodies of the unit commands. */
final class UnitRequests {
    private UnitRequests() {
    }

    /** Open a unit; {@code parentId} is required except for the national unit. */
    record CreateUnit(@NotBlank @Pattern(regexp = UnitRules.CODE_PATTERN) String code,
                      @NotBlank @Size(max = UnitRules.NAME_MAX) String name,
                      @NotNull UnitLevel level,
                      Sector sector,
                      @Size(max = 100) String parentId,
                      @NotNull LocalDate openedOn,
                      LocalDate closedOn) {
    }

    /** Rename, change the sector or the dates; a closedOn here closes the unit like {@link CloseUnit}. */
    record ReviseUnit(@NotBlank @Size(max = UnitRules.NAME_MAX) String name,
                      Sector sector,
                      @NotNull LocalDate openedOn,
                      LocalDate closedOn) {
    }

    /** Re-parent a unit and its whole branch from {@code effectiveOn}. */
    record MoveUnit(@NotBlank @Size(max = 100) String parentId, @NotNull LocalDate effectiveOn) {
    }

    record CloseUnit(@NotNull LocalDate closedOn) {
    }
}
