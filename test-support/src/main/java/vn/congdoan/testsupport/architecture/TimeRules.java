package vn.congdoan.testsupport.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.OffsetDateTime;
import java.time.OffsetTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import vn.congdoan.time.ServiceClock;

/**
 * Time is an input: production code asks the service's {@code Clock} bean for the time, never the
 * machine. {@link ServiceClock}, which makes that bean, is the one class allowed to read the
 * machine's clock.
 */
public final class TimeRules {

    private static final Set<Class<?>> DATE_TYPES = Set.of(Instant.class, LocalDate.class, LocalDateTime.class,
            LocalTime.class, Year.class, YearMonth.class, MonthDay.class, ZonedDateTime.class, OffsetDateTime.class,
            OffsetTime.class);

    /** No call that reads the machine's clock: {@code X.now()} without a {@code Clock}, and their kin. */
    public static final ArchRule NO_WALL_CLOCK = noClasses()
            .that().doNotBelongToAnyOf(ServiceClock.class)
            .should().accessTargetWhere(readsTheWallClock())
            .because("the time comes from the service's Clock bean (ServiceClock), so that tests can state it");

    private TimeRules() {
    }

    /** The production classes of the packages under {@code basePackage}: no tests, no test support. */
    public static JavaClasses productionClasses(String basePackage) {
        return new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/vn/congdoan/testsupport/"))
                .importPackages(basePackage);
    }

    private static DescribedPredicate<JavaAccess<?>> readsTheWallClock() {
        return DescribedPredicate.describe("reads the machine's clock", access -> {
            JavaClass owner = access.getTargetOwner();
            String name = access.getName();
            String signature = access.getTarget().getFullName();
            boolean withClock = signature.contains(Clock.class.getName());
            if (DATE_TYPES.stream().anyMatch(owner::isEquivalentTo) && name.equals("now")) {
                return !withClock;
            }
            if (owner.isEquivalentTo(Clock.class)) {
                return name.equals("systemUTC") || name.equals("systemDefaultZone") || name.equals("system");
            }
            if (owner.isEquivalentTo(System.class)) {
                return name.equals("currentTimeMillis");
            }
            return owner.isEquivalentTo(Date.class) && name.equals("<init>") && access.getTarget().getFullName().endsWith("()");
        });
    }
}
