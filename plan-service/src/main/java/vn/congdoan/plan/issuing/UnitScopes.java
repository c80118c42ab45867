package vn.congdoan.plan.issuing;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The part of the union directory a plan needs: the units a task goes to. Implemented by the
 * directory; a plan never reads unit documents itself.
 */
public interface UnitScopes {

    /** An open or closed unit as a plan sees it. */
    record UnitRef(String id, String parentId, LocalDate openedOn, LocalDate closedOn) {
        boolean openOn(LocalDate day) {
            return !openedOn.isAfter(day) && (closedOn == null || closedOn.isAfter(day));
        }
    }

    Optional<UnitRef> unit(String id);

    /** The open child of {@code parentId} whose {@link #nameKey(String) name key} is {@code name}'s. */
    Optional<UnitRef> childNamed(String parentId, String name);

    /** Names compare in NFC, case- and space-insensitively: "Ban Tuyên giáo -  Nữ công" is the department. */
    static String nameKey(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFC).toLowerCase(java.util.Locale.ROOT)
                .replaceAll("\\s+", " ").trim();
    }

    /** Streams every unit matching the assignee scope under {@code rootId}, open on {@code day}. */
    void forEachInScope(String rootId, AssigneeSpec scope, LocalDate day, Consumer<UnitRef> each);
}
