package vn.congdoan.plan.imports;

import vn.congdoan.contracts.unit.UnitLevel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.congdoan.plan.imports.ResponsibleUnits.ResponsibleUnit;

class ResponsibleUnitsTest {

    static Stream<Arguments> headings() {
        return Stream.of(
                Arguments.of("Giao Ban Tuyên giáo - Nữ công", "Ban Tuyên giáo - Nữ công", ResponsibleScope.of(UnitLevel.DEPARTMENT)),
                Arguments.of("Văn phòng và các ban", "Văn phòng và các ban", ResponsibleScope.of(UnitLevel.DEPARTMENT)),
                Arguments.of("Liên đoàn Lao động tỉnh", "Liên đoàn Lao động tỉnh", ResponsibleScope.of(UnitLevel.PROVINCIAL)),
                Arguments.of("Ban Thường vụ LĐLĐ tỉnh:", "Ban Thường vụ LĐLĐ tỉnh", ResponsibleScope.of(UnitLevel.PROVINCIAL)),
                Arguments.of("Công đoàn cấp trên cơ sở và CĐCS trực thuộc", "Công đoàn cấp trên cơ sở và CĐCS trực thuộc",
                        ResponsibleScope.of(UnitLevel.UPPER_GRASSROOTS, UnitLevel.GRASSROOTS)),
                Arguments.of("LĐLĐ các huyện, thị xã, thành phố, Công đoàn ngành", "LĐLĐ các huyện, thị xã, thành phố, Công đoàn ngành",
                        ResponsibleScope.of(UnitLevel.UPPER_GRASSROOTS)),
                Arguments.of("Đề nghị các doanh nghiệp", "Đề nghị các doanh nghiệp", ResponsibleScope.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("headings")
    void namesTheUnitAndGuessesItsLevels(String heading, String name, ResponsibleScope scope) {
        assertThat(ResponsibleUnits.of(heading)).isEqualTo(new ResponsibleUnit(name, scope));
    }

    @Test
    void splitsAUnitAndItsTaskOnOneLine() {
        assertThat(ResponsibleUnits.inline("Ban Tổ chức - Kiểm tra: tham mưu xây dựng quy chế", false))
                .hasValueSatisfying(inline -> {
                    assertThat(inline.unit().name()).isEqualTo("Ban Tổ chức - Kiểm tra");
                    assertThat(inline.task()).isEqualTo("tham mưu xây dựng quy chế");
                });
    }

    @Test
    void doesNotTakeTheHeadOfAnyBulletWithAColonForAUnit() {
        assertThat(ResponsibleUnits.inline("Nội dung tuyên truyền: các văn bản của Đảng", false)).isEmpty();
    }
}
