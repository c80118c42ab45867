package vn.congdoan.testsupport.architecture;

import org.junit.jupiter.api.Test;

/** The code every service shares (service-support, contracts) asks its Clock for the time. */
class SharedCodeTimeTest {

    @Test
    void sharedCodeNeverReadsTheMachinesClock() {
        TimeRules.NO_WALL_CLOCK.check(TimeRules.productionClasses("vn.congdoan"));
    }
}
