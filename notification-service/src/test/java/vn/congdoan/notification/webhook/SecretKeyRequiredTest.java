package vn.congdoan.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.core.env.StandardEnvironment;

/** Officers' webhook secrets are never stored in plain text outside development. */
class SecretKeyRequiredTest {
    private static final String KEY = "dGVzdC1vbmx5LXdlYmhvb2stc2VhbGluZy1rZXktMzI=";

    @Test
    void withoutAKeyTheServiceRefusesToStartAndSaysWhatToSet() {
        assertThatThrownBy(() -> WebhookConfiguration.sealer(null, new StandardEnvironment()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("NOTIFICATION_WEBHOOK_SECRETKEY").hasMessageContaining("plain text");
        assertThatThrownBy(() -> WebhookConfiguration.sealer(" ", new StandardEnvironment()))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withAKeySecretsAreSealed() {
        String stored = WebhookConfiguration.sealer(KEY, new StandardEnvironment()).seal("whsec_abc", "o1");
        assertThat(stored).startsWith(SecretSealer.SEALED).doesNotContain("whsec_abc");
    }

    @Test
    void underTheDevelopmentProfileNoKeyIsNeeded() {
        StandardEnvironment development = new StandardEnvironment();
        development.setActiveProfiles("dev");
        assertThat(WebhookConfiguration.sealer(null, development).seal("whsec_abc", "o1")).isEqualTo("whsec_abc");
    }
}
