package vn.congdoan.notification.officer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookUrlsTest {
    private final WebhookUrls urls = new WebhookUrls(List.of("127.0.0.1", "Hooks.Internal", "::1"));

    @ParameterizedTest
    @ValueSource(strings = {"https://hooks.congdoan.vn/notify", "https://10.0.0.5/x", "http://127.0.0.1:8080/hook",
            "http://hooks.internal/x", "http://[::1]:9000/x"})
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
}
