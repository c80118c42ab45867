package vn.congdoan.outreach;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.congdoan.testsupport.BadInputFuzzer;
import vn.congdoan.testsupport.ServiceIntegrationTest;

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
        BadInputFuzzer.assertEveryBadRequestAnsweredByTheRules("outreach-service", port);
    }
}
