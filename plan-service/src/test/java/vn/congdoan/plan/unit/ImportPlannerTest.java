package vn.congdoan.plan.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congdoan.plan.unit.UnitFixtures.grassroots;
import static vn.congdoan.plan.unit.UnitFixtures.national;
import static vn.congdoan.plan.unit.UnitFixtures.row;
import static vn.congdoan.plan.unit.UnitFixtures.under;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import vn.congdoan.contracts.unit.UnitLevel;
import vn.congdoan.web.RowError;

class ImportPlannerTest {
    private static final LocalDate TODAY = LocalDate.of(2025, 7, 1);

    private final Unit tld = national();
    private final Unit province = under(tld, "LDLD-BINHDINH", UnitLevel.PROVINCIAL);
    private final Unit quyNhon = under(province, "LDLD-QUYNHON", UnitLevel.UPPER_GRASSROOTS);
    private final Unit tuyPhuoc = under(province, "LDLD-TUYPHUOC", UnitLevel.UPPER_GRASSROOTS);
    private final Unit port = under(quyNhon, "CDCS-0028", UnitLevel.GRASSROOTS);

    @Test
    void createsAFileWhoseParentsComeLaterInTheFileUnderAnExistingUnit() {
        ImportPlan plan = plan(List.of(tld, province), List.of(
                grassroots(2, "CDCS-0101", "CD-KCN-BD"),
                row(3, "CD-KCN-BD", "Công đoàn các Khu công nghiệp tỉnh Bình Định", "UPPER_GRASSROOTS", "", "LDLD-BINHDINH",
                        "2006-10-20", "")));
        assertThat(plan.errors()).isEmpty();
        assertThat(plan.created()).hasSize(2);
        Unit kcn = plan.created().get(1);
        Unit company = plan.created().get(0);
        assertThat(company.parentId()).isEqualTo(kcn.id());
        assertThat(company.ancestors()).containsExactly(tld.id(), province.id(), kcn.id());
        assertThat(kcn.ancestors()).containsExactly(tld.id(), province.id());
        assertThat(company.version()).isEqualTo(1);
    }

    @Test
    void listsEveryProblemOfEveryRowAndPlansNothing() {
        ImportPlan plan = plan(List.of(tld, province), List.of(
                grassroots(2, "CDCS-0001", "LDLD-KHONGCO"),
                row(3, "CDCS-0002", "Công ty May", "GRASSROOTS", "", "LDLD-BINHDINH", "2010-01-01", "2009-12-31"),
                row(4, "CDCS-0003", "Công ty Gỗ", "VILLAGE", "ENTERPRISE", "LDLD-BINHDINH", "01/01/2010", ""),
                grassroots(5, "CDCS-0001", "LDLD-BINHDINH"),
                row(6, "LDLD-X", "Liên đoàn X", "UPPER_GRASSROOTS", "", "CDCS-0002", "2010-01-01", "")));
        assertThat(plan.created()).isEmpty();
        assertThat(plan.errors()).extracting(e -> e.row() + ":" + e.field()).containsExactly(
                "2:parentCode", "3:sector", "3:closedOn", "4:level", "4:openedOn", "5:code", "6:parentCode", "6:parentCode");
        assertThat(plan.errors().get(0).message()).contains("unknown unit LDLD-KHONGCO");
        assertThat(plan.errors().get(5).message()).contains("duplicate", "row 2");
    }

    @Test
    void refusesACycleWithinTheFile() {
        ImportPlan plan = plan(List.of(tld), List.of(
                row(2, "A", "Đơn vị A", "PROVINCIAL", "", "B", "2010-01-01", ""),
                row(3, "B", "Đơn vị B", "DEPARTMENT", "", "A", "2010-01-01", "")));
        assertThat(plan.errors()).filteredOn(e -> e.message().contains("cycle"))
                .extracting(RowError::row).containsExactly(2, 3);
        assertThat(plan.errors()).anySatisfy(e -> assertThat(e.message()).contains("A → B → A"));
    }

    @Test
    void refusesMovingAnExistingUnitUnderItsOwnDescendant() {
        Unit tan = under(quyNhon, "LDLD-SUB", UnitLevel.GRASSROOTS);
        ImportPlan plan = plan(List.of(tld, province, quyNhon, tan), List.of(
                row(2, "LDLD-BINHDINH", "Liên đoàn Lao động tỉnh Bình Định", "PROVINCIAL", "", "LDLD-QUYNHON",
                        "1989-07-01", "")));
        assertThat(plan.errors()).extracting(RowError::field).contains("parentCode");
        assertThat(plan.errors()).anySatisfy(e -> assertThat(e.message()).contains("cycle"));
    }

    @Test
    void reimportingTheSameRowsChangesNothing() {
        ImportPlan plan = plan(List.of(tld, province, quyNhon), List.of(row(2, "LDLD-QUYNHON", quyNhon.name(),
                "UPPER_GRASSROOTS", "", "LDLD-BINHDINH", UnitFixtures.OPENED.toString(), "")));
        assertThat(plan.errors()).isEmpty();
        assertThat(plan.unchanged()).isEqualTo(1);
        assertThat(plan.created()).isEmpty();
        assertThat(plan.updated()).isEmpty();
    }

    @Test
    void aChangedRowBumpsTheVersionAndAMovedUnitTakesItsNewAncestors() {
        ImportPlan plan = plan(List.of(tld, province, quyNhon, tuyPhuoc, port), List.of(
                row(2, "LDLD-QUYNHON", "Liên đoàn Lao động thành phố Quy Nhơn", "UPPER_GRASSROOTS", "", "LDLD-BINHDINH",
                        UnitFixtures.OPENED.toString(), ""),
                grassroots(3, "CDCS-0028", "LDLD-TUYPHUOC")));
        assertThat(plan.errors()).isEmpty();
        assertThat(plan.updated()).extracting(r -> r.unit().code()).containsExactly("LDLD-QUYNHON", "CDCS-0028");
        assertThat(plan.updated()).allSatisfy(r -> assertThat(r.unit().version()).isGreaterThan(r.readVersion()));
        assertThat(port.ancestors()).containsExactly(tld.id(), province.id(), tuyPhuoc.id());
        assertThat(port.parentSince()).isEqualTo(TODAY);
        assertThat(plan.moved()).containsExactly(port);
    }

    @Test
    void refusesALevelChangeAndAParentOfALowerLevel() {
        ImportPlan plan = plan(List.of(tld, province, quyNhon), List.of(
                row(2, "LDLD-QUYNHON", "Quy Nhơn", "DEPARTMENT", "", "LDLD-BINHDINH", "1989-07-01", ""),
                row(3, "CDCS-0200", "Công ty", "UPPER_GRASSROOTS", "", "CDCS-0201", "2010-01-01", ""),
                grassroots(4, "CDCS-0201", "LDLD-QUYNHON")));
        assertThat(plan.errors()).extracting(e -> e.row() + ":" + e.field()).containsExactly("2:level", "3:parentCode");
    }

    @Test
    void refusesClosingAUnitWhoseChildrenStayOpen() {
        ImportPlan plan = plan(List.of(tld, province, quyNhon, port), List.of(row(2, "LDLD-QUYNHON",
                quyNhon.name(), "UPPER_GRASSROOTS", "", "LDLD-BINHDINH", "1989-07-01", "2025-06-30")));
        assertThat(plan.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("closedOn");
            assertThat(e.message()).contains("CDCS-0028");
        });
    }

    @Test
    void refusesAnOpenUnitUnderAParentTheFileCloses() {
        ImportPlan plan = plan(List.of(tld, province), List.of(
                row(2, "LDLD-TUYPHUOC", "Liên đoàn Lao động huyện Tuy Phước", "UPPER_GRASSROOTS", "", "LDLD-BINHDINH",
                        "1989-07-01", "2025-06-30"),
                grassroots(3, "CDCS-0036", "LDLD-TUYPHUOC")));
        assertThat(plan.errors()).extracting(e -> e.row() + ":" + e.field()).containsExactly("3:parentCode");
    }

    private static ImportPlan plan(Collection<Unit> existing, List<UnitRow> rows) {
        AtomicInteger ids = new AtomicInteger();
        return new ImportPlanner(existing, TODAY, () -> "new-" + ids.incrementAndGet()).plan(rows);
    }
}
