package vn.congdoan.testsupport.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/**
 * Boundaries a service keeps: its feature packages ({@code basePackage.feature..}) depend on each
 * other in one direction only, so any of them can be read, tested and moved without the others.
 */
public final class PackageRules {

    private PackageRules() {
    }

    /** No two feature packages under {@code basePackage} depend on each other, directly or around a cycle. */
    public static ArchRule featurePackagesFreeOfCycles(String basePackage) {
        return slices().matching(basePackage + ".(*)..").should().beFreeOfCycles()
                .because("a cycle between feature packages means neither can be understood or changed alone");
    }
}
