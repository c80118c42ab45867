package vn.congdoan.outreach.architecture;

import org.junit.jupiter.api.Test;

import vn.congdoan.testsupport.architecture.TimeRules;

/** Rules of the service's code that no review should have to remember. */
class ArchitectureTest {

    @Test
    void productionCodeAsksTheClockBeanForTheTime() {
        TimeRules.NO_WALL_CLOCK.check(TimeRules.productionClasses("vn.congdoan.outreach"));
    }
}
