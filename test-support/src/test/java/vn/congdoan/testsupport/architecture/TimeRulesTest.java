package vn.congdoan.testsupport.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;

class TimeRulesTest {

    @Test
    void everyWayOfReadingTheMachinesClockIsAViolation() {
        EvaluationResult result = TimeRules.NO_WALL_CLOCK.evaluate(new ClassFileImporter().importClasses(WallClockReader.class));

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).hasSize(5).anySatisfy(d -> assertThat(d).contains("LocalDate.now()"))
                .anySatisfy(d -> assertThat(d).contains("Year.now(java.time.ZoneId)"))
                .anySatisfy(d -> assertThat(d).contains("Instant.now()"))
                .anySatisfy(d -> assertThat(d).contains("System.currentTimeMillis()"))
                .anySatisfy(d -> assertThat(d).contains("Clock.systemUTC()"));
    }

    @Test
    void askingTheInjectedClockIsAllowed() {
        assertThatNoException().isThrownBy(() -> TimeRules.NO_WALL_CLOCK.check(
                new ClassFileImporter().importClasses(ClockReader.class)));
    }

    @SuppressWarnings("unused")
    static class WallClockReader {
        Object read() {
            return new Object[] {LocalDate.now(), Year.now(ZoneId.of("Asia/Ho_Chi_Minh")), Instant.now(),
                    System.currentTimeMillis(), Clock.systemUTC()};
        }
    }

    @SuppressWarnings("unused")
    static class ClockReader {
        private final Clock clock;

        ClockReader(Clock clock) {
            this.clock = clock;
        }

        Object read() {
            return new Object[] {LocalDate.now(clock), Year.now(clock), clock.instant(), System.nanoTime()};
        }
    }
}
