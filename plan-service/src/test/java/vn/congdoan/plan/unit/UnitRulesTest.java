package vn.congdoan.plan.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.congdoan.plan.unit.UnitFixtures.national;
import static vn.congdoan.plan.unit.UnitFixtures.under;

import java.text.Normalizer;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.congdoan.contracts.unit.Sector;
import vn.congdoan.contracts.unit.UnitLevel;
import vn.congdoan.web.FieldError;

class UnitRulesTest {

    @Test
    void aParentMustBeOfAStrictlyHigherLevel() {
        assertThat(UnitRules.placement(UnitLevel.GRASSROOTS, "LDLD-QUYNHON", UnitLevel.UPPER_GRASSROOTS, "parentId")).isEmpty();
        assertThat(UnitRules.placement(UnitLevel.GRASSROOTS, "LDLD-BINHDINH", UnitLevel.PROVINCIAL, "parentId")).isEmpty();
        assertThat(UnitRules.placement(UnitLevel.UPPER_GRASSROOTS, "CDCS-0001", UnitLevel.GRASSROOTS, "parentId"))
                .extracting(FieldError::field).containsExactly("parentId");
        assertThat(UnitRules.placement(UnitLevel.DEPARTMENT, "BD-VANPHONG", UnitLevel.DEPARTMENT, "parentCode"))
                .singleElement().satisfies(e -> assertThat(e.message()).contains("BD-VANPHONG", "higher"));
    }

    @Test
    void onlyTheNationalUnitHasNoParent() {
        assertThat(UnitRules.placement(UnitLevel.NATIONAL, null, null, "parentId")).isEmpty();
        assertThat(UnitRules.placement(UnitLevel.NATIONAL, "TLD", UnitLevel.NATIONAL, "parentId")).hasSize(1);
        assertThat(UnitRules.placement(UnitLevel.PROVINCIAL, null, null, "parentId"))
                .singleElement().satisfies(e -> assertThat(e.message()).contains("required"));
    }

    @Test
    void aGrassrootsUnitNeedsASector() {
        assertThat(UnitRules.sector(UnitLevel.GRASSROOTS, null)).extracting(FieldError::field).containsExactly("sector");
        assertThat(UnitRules.sector(UnitLevel.GRASSROOTS, Sector.PUBLIC_SECTOR)).isEmpty();
        assertThat(UnitRules.sector(UnitLevel.UPPER_GRASSROOTS, null)).isEmpty();
    }

    @Test
    void aUnitCannotCloseBeforeItOpens() {
        LocalDate opened = LocalDate.of(2011, 6, 1);
        assertThat(UnitRules.dates(opened, opened.minusDays(1))).extracting(FieldError::field).containsExactly("closedOn");
        assertThat(UnitRules.dates(opened, opened)).isEmpty();
        assertThat(UnitRules.dates(opened, null)).isEmpty();
    }

    @Test
    void movingAUnitUnderItselfOrItsDescendantIsACycle() {
        Unit tld = national();
        Unit province = under(tld, "LDLD-BINHDINH", UnitLevel.PROVINCIAL);
        Unit city = under(province, "LDLD-QUYNHON", UnitLevel.UPPER_GRASSROOTS);
        Unit school = under(city, "CDCS-0026", UnitLevel.GRASSROOTS);
        assertThat(UnitRules.makesCycle(province, school)).isTrue();
        assertThat(UnitRules.makesCycle(province, province)).isTrue();
        assertThat(UnitRules.makesCycle(city, tld)).isFalse();
    }

    @Test
    void anOpenChildCannotSitUnderAClosedParent() {
        LocalDate closed = LocalDate.of(2025, 6, 30);
        assertThat(UnitRules.openParent("LDLD-TUYPHUOC", closed, null, "parentCode")).hasSize(1);
        assertThat(UnitRules.openParent("LDLD-TUYPHUOC", closed, closed, "parentCode")).isEmpty();
        assertThat(UnitRules.openParent("LDLD-TUYPHUOC", null, null, "parentCode")).isEmpty();
    }

    @Test
    void namesAreStoredInNfcWithTheirDiacriticsAndCodesInUpperCase() {
        String decomposed = Normalizer.normalize("  Liên đoàn Lao động tỉnh Bình Định ", Normalizer.Form.NFD);
        assertThat(Normalizer.isNormalized(decomposed, Normalizer.Form.NFC)).isFalse();
        assertThat(UnitRules.normalName(decomposed)).isEqualTo("Liên đoàn Lao động tỉnh Bình Định")
                .matches(n -> Normalizer.isNormalized(n, Normalizer.Form.NFC));
        assertThat(UnitRules.normalCode(" cdcs-0001 ")).isEqualTo("CDCS-0001");
    }

    @Test
    void codesAreLettersDigitsDotsDashesAndUnderscores() {
        assertThat(UnitRules.details(new UnitDetails("CDCS-0001", "Công đoàn", UnitLevel.DEPARTMENT, null,
                UnitFixtures.OPENED, null))).isEmpty();
        assertThat(UnitRules.details(new UnitDetails("CĐCS 1", "Công đoàn", UnitLevel.DEPARTMENT, null,
                UnitFixtures.OPENED, null))).extracting(FieldError::field).containsExactly("code");
    }
}
