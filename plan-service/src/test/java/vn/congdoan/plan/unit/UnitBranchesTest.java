package vn.congdoan.plan.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congdoan.plan.unit.UnitFixtures.national;
import static vn.congdoan.plan.unit.UnitFixtures.under;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.congdoan.contracts.unit.UnitLevel;

class UnitBranchesTest {

    @Test
    void aDescendantKeepsItsPathBelowTheMovedUnitUnderTheMovedUnitsNewLineage() {
        Unit tld = national();
        Unit binhDinh = under(tld, "LDLD-BINHDINH", UnitLevel.PROVINCIAL);
        Unit giaLai = under(tld, "LDLD-GIALAI", UnitLevel.PROVINCIAL);
        Unit industry = under(binhDinh, "BD-VANPHONG", UnitLevel.DEPARTMENT);
        Unit kcn = under(industry, "CD-KCN-BD", UnitLevel.UPPER_GRASSROOTS);
        Unit company = under(kcn, "CDCS-0017", UnitLevel.GRASSROOTS);

        industry.moveUnder(giaLai.id(), giaLai.lineage(), LocalDate.of(2025, 7, 1));

        assertThat(UnitBranches.expectedAncestors(industry, company))
                .containsExactly(tld.id(), giaLai.id(), industry.id(), kcn.id());
        assertThat(UnitBranches.expectedAncestors(industry, kcn)).containsExactly(tld.id(), giaLai.id(), industry.id());
    }

    @Test
    void aMoveBumpsTheVersionAndAsksForTheBranchToFollow() {
        Unit tld = national();
        Unit province = under(tld, "LDLD-GIALAI", UnitLevel.PROVINCIAL);
        Unit district = under(under(tld, "LDLD-BINHDINH", UnitLevel.PROVINCIAL), "LDLD-ANNHON", UnitLevel.UPPER_GRASSROOTS);

        var changed = district.moveUnder(province.id(), province.lineage(), LocalDate.of(2025, 7, 1));

        assertThat(changed.version()).isEqualTo(2);
        assertThat(changed.parentId()).isEqualTo(province.id());
        assertThat(changed.ancestors()).containsExactly(tld.id(), province.id());
        assertThat(changed.parentSince()).isEqualTo(LocalDate.of(2025, 7, 1));
        assertThat(district.branchPending()).isTrue();
        assertThat(district.eventPending()).isTrue();
    }
}
