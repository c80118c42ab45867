package vn.congdoan.notification.architecture;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;

import vn.congdoan.testsupport.architecture.PackageRules;
import vn.congdoan.testsupport.architecture.TimeRules;

/** Rules of the service's code that no review should have to remember. */
class ArchitectureTest {
    private static final String BASE = "vn.congdoan.notification";
    private static final JavaClasses PRODUCTION = TimeRules.productionClasses(BASE);

    @Test
    void productionCodeAsksTheClockBeanForTheTime() {
        TimeRules.NO_WALL_CLOCK.check(PRODUCTION);
    }

    @Test
    void featurePackagesDependOnEachOtherInOneDirectionOnly() {
        PackageRules.featurePackagesFreeOfCycles(BASE).check(PRODUCTION);
    }
}
