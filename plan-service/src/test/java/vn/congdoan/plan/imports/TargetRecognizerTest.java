package vn.congdoan.plan.imports;

import vn.congdoan.contracts.plan.Comparator;
import vn.congdoan.contracts.plan.Measure;
import vn.congdoan.contracts.unit.Sector;
import vn.congdoan.contracts.unit.UnitLevel;
import vn.congdoan.contracts.plan.TargetPeriod;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class TargetRecognizerTest {

    @Test
    void readsTwoTargetsSharingOneMetricFromOneSentence() {
        var targets = TargetRecognizer.recognise("Phấn đấu hàng năm có hơn 90% ĐVNLĐ trong các cơ quan, đơn vị hành chính "
                + "sự nghiệp và hơn 65% trở lên ĐVNLĐ trong các doanh nghiệp được tham gia học tập, quán triệt.", 19);

        assertThat(targets).containsExactly(
                new DraftTarget("ĐVNLĐ được tham gia học tập, quán triệt", Comparator.GT, new BigDecimal("90"),
                        Measure.PERCENT_OF_MEMBERS, Sector.PUBLIC_SECTOR, null, TargetPeriod.YEARLY, 19),
                new DraftTarget("ĐVNLĐ được tham gia học tập, quán triệt", Comparator.GTE, new BigDecimal("65"),
                        Measure.PERCENT_OF_MEMBERS, Sector.ENTERPRISE, null, TargetPeriod.YEARLY, 19));
    }

    @Test
    void readsAShareOfUnitsAtTheirLevel() {
        assertThat(TargetRecognizer.recognise("100% CĐCS tổ chức hội nghị người lao động hằng năm.", 4)).containsExactly(
                new DraftTarget("CĐCS tổ chức hội nghị người lao động hằng năm", Comparator.GTE, new BigDecimal("100"),
                        Measure.PERCENT_OF_UNITS, null, UnitLevel.GRASSROOTS, TargetPeriod.YEARLY, 4));
    }

    @Test
    void readsDecimalSharesAndLeavesAnUnknownMeasureOpen() {
        assertThat(TargetRecognizer.recognise("Tỷ lệ đạt trên 85,5% kế hoạch", 7)).singleElement().satisfies(target -> {
            assertThat(target.comparator()).isEqualTo(Comparator.GT);
            assertThat(target.threshold()).isEqualByComparingTo("85.5");
            assertThat(target.measure()).isNull();
        });
    }

    @Test
    void readsACountWhenThereIsNoShare() {
        assertThat(TargetRecognizer.recognise("Phát triển mới ít nhất 1.500 đoàn viên trong năm 2022.", 9)).containsExactly(
                new DraftTarget("đoàn viên trong năm 2022", Comparator.GTE, new BigDecimal("1500"), Measure.COUNT,
                        null, null, TargetPeriod.PLAN, 9));
    }

    @Test
    void findsNoTargetInPlainText() {
        assertThat(TargetRecognizer.recognise("Tuyên truyền sâu rộng trong đoàn viên.", 3)).isEmpty();
    }
}
