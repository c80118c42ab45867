package vn.congdoan.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
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

    @Test
    void theAddressesCheckedAreTheAddressesReturnedAndTheHostIsNotAskedAgain() throws Exception {
        Rebinding dns = new Rebinding("93.184.216.34", "10.9.8.7");
        AddressPolicy rebound = new AddressPolicy(List.of(), dns);

        List<InetAddress> checked = rebound.check(URI.create("https://hooks.example.vn/x"));

        assertThat(checked).extracting(InetAddress::getHostAddress).containsExactly("93.184.216.34");
        assertThat(dns.calls).hasValue(1);
        // the next answer is private: had the policy asked twice (check, then connect) it would have been used
        assertThatThrownBy(() -> rebound.addressesOf("hooks.example.vn")).isInstanceOf(AddressPolicy.Refused.class)
                .hasMessageContaining("10.9.8.7");
    }

    @Test
    void oneInternalAddressAmongPublicOnesRefusesTheHost() {
        AddressPolicy policy = new AddressPolicy(List.of(), host -> new InetAddress[]{
                address("93.184.216.34"), address("169.254.169.254")});

        assertThatThrownBy(() -> policy.addressesOf("hooks.example.vn")).isInstanceOf(AddressPolicy.Refused.class)
                .hasMessage("refused: hooks.example.vn resolves to the special-purpose address 169.254.169.254"
                        + " (169.254.0.0/16, link-local (cloud metadata); allow-list it in notification.webhook.allowed-hosts)");
    }

    @Test
    void anAllowListedHostNameMayResolveToAnInternalAddress() throws Exception {
        AddressPolicy policy = new AddressPolicy(List.of("Hooks.Internal"), host -> new InetAddress[]{address("10.1.1.1")});

        assertThat(policy.addressesOf("hooks.internal")).extracting(InetAddress::getHostAddress).containsExactly("10.1.1.1");
    }

    /** A DNS server that answers with a public address first and an internal one afterwards. */
    static final class Rebinding implements AddressPolicy.Resolver {
        final AtomicInteger calls = new AtomicInteger();
        private final String first;
        private final String then;

        Rebinding(String first, String then) {
            this.first = first;
            this.then = then;
        }

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            return new InetAddress[]{InetAddress.getByAddress(host, InetAddress.getByName(
                    calls.getAndIncrement() == 0 ? first : then).getAddress())};
        }
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
