package vn.congdoan.portal.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class DirectoryFormsTest {
    private static final List<String> BELOW_A_DISTRICT = List.of("GRASSROOTS");

    @Test
    void namesEveryWrongFieldOfANewUnitAsPlanServiceWouldRefuseIt() {
        UnitEntry entry = UnitEntry.of(Map.of("code", "CĐCS NGÔ MÂY", "name", " ", "level", "PROVINCIAL",
                "openedOn", "31/12/2025"));

        assertThat(entry.validate(BELOW_A_DISTRICT).all()).containsExactly(
                Map.entry("code", "directory.unit.code.invalid"),
                Map.entry("name", "directory.unit.name.invalid"),
                Map.entry("level", "directory.unit.level.invalid"),
                Map.entry("openedOn", "directory.unit.openedOn.invalid"));
    }

    @Test
    void requiresTheSectorOfAGrassrootsUnionOnly() {
        UnitEntry grassroots = UnitEntry.of(Map.of("code", "CDCS-0125", "name", "Công đoàn cơ sở Trường THCS Ngô Mây",
                "level", "GRASSROOTS", "openedOn", "2026-06-15"));

        assertThat(grassroots.validate(BELOW_A_DISTRICT).all()).containsOnlyKeys("sector");
        assertThat(UnitEntry.of(Map.of("code", "LDLD-AN-NHON", "name", "Liên đoàn Lao động thị xã An Nhơn",
                "level", "UPPER_GRASSROOTS", "openedOn", "2026-06-15")).validate(List.of("UPPER_GRASSROOTS")).any()).isFalse();
    }

    @Test
    void sendsTheUnitWithItsNameIntactAndNoSectorWhenNoneWasChosen() {
        Map<String, Object> request = UnitEntry.of(Map.of("code", "ldld-an-nhon", "name", " Liên đoàn Lao động thị xã An Nhơn ",
                "level", "UPPER_GRASSROOTS", "sector", "", "openedOn", "2026-06-15")).request("parent-1");

        assertThat(request).containsEntry("name", "Liên đoàn Lao động thị xã An Nhơn").containsEntry("sector", null)
                .containsEntry("parentId", "parent-1").containsEntry("openedOn", java.time.LocalDate.of(2026, 6, 15));
    }

    @Test
    void namesAMistypedPhoneAndEmailOfANewOfficer() {
        OfficerEntry entry = OfficerEntry.of(Map.of("name", "Phạm Văn Cường", "role", "VICE_CHAIR", "phone", "0256",
                "email", "cuong.cang-quy-nhon"));

        assertThat(entry.validate().all()).containsOnlyKeys("phone", "email");
        assertThat(OfficerEntry.of(Map.of("name", "Phạm Văn Cường", "role", "VICE_CHAIR", "phone", "0256 3822 456",
                "email", "cuong@ldld-quynhon.vn")).validate().any()).isFalse();
    }
}
