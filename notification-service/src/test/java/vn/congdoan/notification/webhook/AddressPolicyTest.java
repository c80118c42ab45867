package vn.congdoan.notification.webhook;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.congdoan.notification.delivery.DeliveryException;

class AddressPolicyTest {
    private final AddressPolicy policy = new AddressPolicy(List.of("10.0.0.5"));

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/hook", "http://localhost:8080/hook", "https://10.1.2.3/hook",
            "https://172.16.0.1/", "https://192.168.1.10/", "http://169.254.169.254/latest/meta-data/",
            "http://100.64.0.1/", "http://0.0.0.0/", "http://[::1]/", "http://[fd00::1]/", "http://[fe80::1]/"})
    void refusesLoopbackPrivateLinkLocalAndMetadataAddresses(String url) {
        assertThatThrownBy(() -> policy.check(URI.create(url))).isInstanceOf(DeliveryException.class)
                .hasMessageStartingWith("refused:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://93.184.216.34/hook", "http://10.0.0.5:8080/hook"})
    void acceptsPublicAndAllowListedAddresses(String url) {
        assertThatCode(() -> policy.check(URI.create(url))).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://93.184.216.34/hook", "file:///etc/passwd"})
    void refusesWhatIsNotHttp(String url) {
        assertThatThrownBy(() -> policy.check(URI.create(url))).hasMessageContaining("not an http(s) URL");
    }
}
