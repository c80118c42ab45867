package vn.congdoan.notification.officer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookUrlsTest {
    private final WebhookUrls urls = new WebhookUrls(List.of("127.0.0.1", "Hooks.Internal", "::1"));

    @ParameterizedTest
    @ValueSource(strings = {"https://hooks.congdoan.vn/notify", "https://203.113.131.2/x", "https://[2402:800:6314::1]/x",
            "http://127.0.0.1:8080/hook", "http://hooks.internal/x", "http://[::1]:9000/x"})
    void httpsAnywhereAndHttpOnlyToAllowListedHosts(String url) {
        assertThat(urls.problem(url)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://hooks.congdoan.vn/notify", "http://127.0.0.2/x"})
    void plainHttpElsewhereIsRefused(String url) {
        assertThat(urls.problem(url)).contains("must be https; plain http only for hosts in notification.webhook.allowed-hosts");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://hooks.congdoan.vn/x", "https:///x", "hooks.congdoan.vn", "https://exa mple.vn/"})
    void whatIsNotAnHttpUrlWithAHostIsRefused(String url) {
        assertThat(urls.problem(url)).hasValueSatisfying(problem -> assertThat(problem).startsWith("must be an http(s) URL"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://user:pass@hooks.congdoan.vn/x", "https://token@hooks.congdoan.vn/x"})
    void credentialsInTheUrlAreRefused(String url) {
        assertThat(urls.problem(url)).contains("must not carry a user name or password");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "https://169.254.169.254/latest/meta-data | 169.254.0.0/16, link-local",
            "https://127.0.0.2/x                      | 127.0.0.0/8, loopback",
            "https://10.0.0.5/x                       | 10.0.0.0/8, private-use",
            "https://0.0.0.0/x                        | 0.0.0.0/8",
            "https://192.0.0.170/x                    | 192.0.0.0/24",
            "https://198.19.4.4/x                     | 198.18.0.0/15, benchmarking",
            "https://250.1.1.1/x                      | 240.0.0.0/4, reserved",
            "https://255.255.255.255/x                | limited broadcast",
            "https://168.63.129.16/x                  | cloud wire server",
            "https://100.100.100.200/x                | 100.64.0.0/10",
            "https://[64:ff9b::a9fe:a9fe]/x           | 64:ff9b::/96, IPv4/IPv6 translation (NAT64)",
            "https://[2002:a9fe:a9fe::1]/x            | 2002::/16, 6to4",
            "https://[::a9fe:a9fe]/x                  | ::/96, IPv4-compatible",
            "https://[::ffff:169.254.169.254]/x       | 169.254.0.0/16",
            "https://[fd00:ec2::254]/x                | fc00::/7, unique-local",
            "https://[fe80::1]/x                      | fe80::/10, link-local",
            "https://[2001:0::1]/x                    | 2001::/23",
            "https://[::]/x                           | ::/128, unspecified",
            "https://[2620:4f:8000::1]/x              | 2620:4f:8000::/48, AS112-v6",
            "https://[100:0:0:1::5]/x                 | 100:0:0:1::/64, dummy IPv6 prefix"})
    void aSpecialPurposeAddressIsRefusedWithItsBlock(String url, String reason) {
        assertThat(urls.problem(url)).hasValueSatisfying(problem ->
                assertThat(problem).startsWith("must not be a special-purpose address").contains(reason));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://2852039166/x", "https://0xa9.0xfe.0xa9.0xfe/x", "https://0251.0376.0251.0376/x",
            "https://169.254.43518/x"})
    void anIpv4AddressInAnyOtherNotationIsRefused(String url) {
        assertThat(urls.problem(url)).hasValueSatisfying(problem -> assertThat(problem)
                .matches("must write an IPv4 address as four decimal numbers .*|must be an http\\(s\\) URL with a host"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://localhost/x", "https://api.localhost:8443/x"})
    void localhostIsRefused(String url) {
        assertThat(urls.problem(url)).hasValueSatisfying(problem -> assertThat(problem).contains("loopback"));
    }
}
