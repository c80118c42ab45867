package vn.congdoan.reporting.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import vn.congdoan.contracts.unit.UnitLevel;

class SummaryTableTest {

    @ParameterizedTest
    @EnumSource(UnitLevel.class)
    void theLevelColumnShowsWordsNeverTheCode(UnitLevel level) {
        assertThat(SummaryTable.levelName(level)).isNotBlank().isNotEqualTo(level.name()).doesNotContain("_");
    }

    @Test
    void anUpperLevelUnionIsNamedAsTheFederationsDocumentsNameIt() {
        assertThat(SummaryTable.levelName(UnitLevel.UPPER_GRASSROOTS)).isEqualTo("Công đoàn cấp trên cơ sở");
    }
}
