package vn.congdoan.plan.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import vn.congdoan.web.RowError;
import vn.congdoan.web.ImportRejectedException;

class UnitCsvTest {
    private static final String HEADER = "code,name,level,sector,parentCode,openedOn,closedOn";

    @Test
    void readsUtf8WithAByteOrderMarkAndCrlfLineEnds() {
        List<UnitRow> rows = UnitCsv.parse("\uFEFF" + HEADER + "\r\n"
                + "LDLD-ANNHON,Liên đoàn Lao động thị xã An Nhơn,UPPER_GRASSROOTS,,LDLD-BINHDINH,2011-06-01,\r\n");
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.row()).isEqualTo(2);
            assertThat(row.code()).isEqualTo("LDLD-ANNHON");
            assertThat(row.name()).isEqualTo("Liên đoàn Lao động thị xã An Nhơn");
            assertThat(row.openedOn()).isEqualTo("2011-06-01");
            assertThat(row.closedOn()).isEmpty();
        });
    }

    @Test
    void keepsCommasQuotesAndLineBreaksInsideQuotedFields() {
        List<UnitRow> rows = UnitCsv.parse(HEADER + "\n"
                + "CDCS-0032,\"Công đoàn cơ sở Trường THCS Nhơn Hưng, thị xã An Nhơn\",GRASSROOTS,PUBLIC_SECTOR,LDLD-ANNHON,2011-06-01,\n"
                + "CDCS-0050,\"Công ty \"\"Hoàng Phát\"\"\nchi nhánh 2\",GRASSROOTS,ENTERPRISE,CD-KCN-BD,2009-04-01,2023-12-31\n"
                + "CDCS-0051,Trạm Y tế xã Phước Lộc,GRASSROOTS,PUBLIC_SECTOR,LDLD-TUYPHUOC,1998-01-01,\n");
        assertThat(rows).extracting(UnitRow::name).containsExactly(
                "Công đoàn cơ sở Trường THCS Nhơn Hưng, thị xã An Nhơn",
                "Công ty \"Hoàng Phát\"\nchi nhánh 2",
                "Trạm Y tế xã Phước Lộc");
        assertThat(rows).extracting(UnitRow::row).containsExactly(2, 3, 5);
        assertThat(rows.get(1).closedOn()).isEqualTo("2023-12-31");
    }

    @Test
    void acceptsColumnsInAnyOrderAndWithoutTheOptionalOnes() {
        List<UnitRow> rows = UnitCsv.parse("openedOn,Code,name,parentCode,level\n\n1989-07-01,LDLD-BINHDINH,LĐLĐ tỉnh Bình Định,TLD,PROVINCIAL\n\n");
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.code()).isEqualTo("LDLD-BINHDINH");
            assertThat(row.level()).isEqualTo("PROVINCIAL");
            assertThat(row.sector()).isNull();
            assertThat(row.row()).isEqualTo(3);
        });
    }

    @Test
    void refusesAHeaderWithoutARequiredColumnNamingIt() {
        assertThatThrownBy(() -> UnitCsv.parse("code,name,level\nTLD,Tổng Liên đoàn,NATIONAL\n"))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.errors())
                        .extracting(RowError::message).containsExactly("missing column parentCode", "missing column openedOn"));
    }

    @Test
    void refusesAQuoteThatIsNeverClosedNamingItsLine() {
        assertThatThrownBy(() -> UnitCsv.parse(HEADER + "\nCDCS-0001,\"Công đoàn cơ sở,GRASSROOTS\n"))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.errors())
                        .singleElement().extracting(RowError::row).isEqualTo(2));
    }

    @Test
    void refusesARowWithMoreFieldsThanTheHeader() {
        assertThatThrownBy(() -> UnitCsv.parse(HEADER + "\nTLD,Tổng Liên đoàn, Việt Nam,NATIONAL,,,1929-07-28,\n"))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.errors())
                        .singleElement().satisfies(error -> assertThat(error.message()).contains("8 fields")));
    }

    @Test
    void readsTheBinhDinhSample() throws IOException {
        List<UnitRow> rows = UnitCsv.parse(Files.readString(sample(), StandardCharsets.UTF_8));
        assertThat(rows).hasSize(52);
        assertThat(rows).filteredOn(r -> r.level().equals("GRASSROOTS")).hasSizeGreaterThanOrEqualTo(40);
        assertThat(rows).extracting(UnitRow::name).contains("Liên đoàn Lao động tỉnh Bình Định",
                "Ban Tuyên giáo - Nữ công", "Công đoàn các Khu công nghiệp tỉnh Bình Định");
    }

    static Path sample() {
        Path here = Path.of("").toAbsolutePath();
        Path inModule = here.resolveSibling("samples").resolve("units-binh-dinh.csv");
        return Files.exists(inModule) ? inModule : here.resolve("samples").resolve("units-binh-dinh.csv");
    }
}
