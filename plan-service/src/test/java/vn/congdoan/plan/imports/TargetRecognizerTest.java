package vn.congdoan.plan.imports;

import vn.congdoan.contracts.plan.Comparator;
import vn.congdoan.contracts.plan.Measure;
import vn.congdoan.contracts.unit.Sector;
import vn.congdoan.contracts.unit.UnitLevel;
import vn.congdoan.contracts.plan.TargetPeriod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
    void readsACountWhenThereIsNoShareWithItsHorizonApart() {
        assertThat(TargetRecognizer.recognise("Phát triển mới ít nhất 1.500 đoàn viên trong năm 2022.", 9)).containsExactly(
                new DraftTarget("đoàn viên", Comparator.GTE, new BigDecimal("1500"), Measure.COUNT,
                        null, null, TargetPeriod.PLAN, "trong năm 2022", null, 9));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "phấn đấu có 12 triệu đoàn viên|12000000",
            "kết nạp 1,5 triệu đoàn viên mới|1500000",
            "phát triển ít nhất 500 nghìn đoàn viên|500000",
            "thành lập 10.000 công đoàn cơ sở|10000"})
    void readsCountsWithScales(String sentence, String value) {
        assertThat(TargetRecognizer.recognise(sentence, 1)).singleElement().satisfies(target -> {
            assertThat(target.threshold()).isEqualByComparingTo(value);
            assertThat(target.measure()).isEqualTo(Measure.COUNT);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "phấn đấu đến hết năm 2023 có 12 triệu đoàn viên|đến hết năm 2023",
            "đến năm 2025 có 90% đoàn viên được học tập|đến năm 2025",
            "giai đoạn 2021 - 2025 kết nạp 500 nghìn đoàn viên|giai đoạn 2021 - 2025",
            "trong nhiệm kỳ có 80% CĐCS đạt vững mạnh|trong nhiệm kỳ"})
    void readsTheHorizonAndNoCountInIt(String sentence, String horizon) {
        assertThat(TargetRecognizer.recognise(sentence, 1)).singleElement()
                .extracting(DraftTarget::horizon).isEqualTo(horizon);
    }

    @Test
    void readsSeveralTargetsOfOneSentenceAndTheQualifierOnTheUnitsCounted() {
        assertThat(TargetRecognizer.recognise("phấn đấu đến hết năm 2023 có 12 triệu đoàn viên và phấn đấu 100% số "
                + "doanh nghiệp có từ 25 lao động trở lên đã đi vào hoạt động có tổ chức công đoàn", 1))
                .extracting(DraftTarget::threshold, DraftTarget::measure, DraftTarget::qualifier)
                .containsExactly(tuple(new BigDecimal("12000000"), Measure.COUNT, null),
                        tuple(new BigDecimal("100"), Measure.PERCENT_OF_UNITS, "có từ 25 lao động trở lên"));
    }

    @Test
    void takesOnlyTheFiguresAfterTheGoalWordOfARunningSentence() {
        assertThat(TargetRecognizer.goalPart("07 chương trình hành động; phấn đấu có 500 đoàn viên"))
                .isEqualTo("phấn đấu có 500 đoàn viên");
        assertThat(TargetRecognizer.setsGoal("Tổng số công đoàn viên: 20")).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Căn cứ vào Nghị quyết Hội nghị công đoàn cơ sở năm học. Các nhóm chỉ tiêu, 4 chương trình hành động.",
            "Huy động trẻ đến lớp đạt chỉ tiêu đề ra, thực hiện tốt công tác phổ cập cho trẻ mầm non 5 tuổi."})
    void findsNoGoalInTheGroundsOrInMeetingTargetsSetElsewhere(String sentence) {
        assertThat(TargetRecognizer.setsGoal(sentence)).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"đến hết năm 2023, 2023-12-31", "đến năm 2025, 2025-12-31", "giai đoạn 2021 - 2025, 2025-12-31",
            "nhiệm kỳ 2023 - 2028, 2028-12-31", "trong năm 2026, 2026-12-31"})
    void endsAHorizonThatNamesAYearOnItsLastDay(String horizon, String dueBy) {
        assertThat(TargetRecognizer.dueBy(horizon)).contains(LocalDate.parse(dueBy));
    }

    @Test
    void leavesAHorizonWithoutAYearToThePlansTerm() {
        assertThat(TargetRecognizer.dueBy("trong nhiệm kỳ")).isEmpty();
        assertThat(TargetRecognizer.dueBy(null)).isEmpty();
    }

    @Test
    void readsNoCountOfAnAge() {
        assertThat(TargetRecognizer.recognise("Phấn đấu phổ cập giáo dục cho trẻ 5 tuổi", 3)).isEmpty();
    }

    @Test
    void findsNoTargetInPlainText() {
        assertThat(TargetRecognizer.recognise("Tuyên truyền sâu rộng trong đoàn viên.", 3)).isEmpty();
    }
}
