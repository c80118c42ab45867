package vn.congdoan.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.congdoan.security.Role;
import vn.congdoan.testsupport.BadInputFuzzer;
import vn.congdoan.testsupport.ServiceIntegrationTest;
import vn.congdoan.testsupport.TestIdentityProvider;

/**
 * Generated bad requests to every write endpoint (fixed seed, signed in with every role): no 5xx, a
 * problem detail, a 400 names the field.
 */
@ServiceIntegrationTest
class BadInputFuzzIT {
    @LocalServerPort
    int port;

    @Test
    void everyGeneratedBadRequestGetsAProblemDetailNamingTheField() throws Exception {
        BadInputFuzzer.Result result = new BadInputFuzzer(port, 18L, TestIdentityProvider.tokenFor("FUZZ", Role.values())).run(40);

        System.out.printf("outreach-service fuzz: %d requests, statuses %s, %d violations%n", result.requests(),
                result.statuses(), result.violations().size());
        assertThat(result.requests()).isGreaterThan(100);
        assertThat(result.violations()).isEmpty();
    }
}
