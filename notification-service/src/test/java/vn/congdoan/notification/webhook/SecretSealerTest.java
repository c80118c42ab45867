package vn.congdoan.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;

import org.junit.jupiter.api.Test;

class SecretSealerTest {
    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    @Test
    void withoutAKeySecretsAreStoredAsTheyAre() {
        SecretSealer plain = new SecretSealer(null);

        assertThat(plain.seal(SECRET, "o1")).isEqualTo(SECRET);
        assertThat(plain.open(SECRET, "o1")).isEqualTo(SECRET);
    }

    @Test
    void withAKeyASecretIsSealedFreshEachTimeAndOpensForItsOfficerOnly() {
        SecretSealer sealer = new SecretSealer(KEY);

        String sealed = sealer.seal(SECRET, "o1");

        assertThat(sealed).startsWith("aesgcm:").doesNotContain("MfKQ9r8").isNotEqualTo(sealer.seal(SECRET, "o1"));
        assertThat(sealer.open(sealed, "o1")).isEqualTo(SECRET);
        assertThatThrownBy(() -> sealer.open(sealed, "o2")).hasMessageContaining("does not open");
        char[] tampered = sealed.toCharArray();
        int at = tampered.length - 5;
        tampered[at] = tampered[at] == 'A' ? 'B' : 'A';
        assertThatThrownBy(() -> sealer.open(new String(tampered), "o1")).hasMessageContaining("does not open");
    }

    @Test
    void aSecretStoredBeforeTheKeyWasSetStillOpensAndASealedOneNeedsTheKey() {
        assertThat(new SecretSealer(KEY).open(SECRET, "o1")).isEqualTo(SECRET);
        String sealed = new SecretSealer(KEY).seal(SECRET, "o1");
        assertThatThrownBy(() -> new SecretSealer(null).open(sealed, "o1")).hasMessageContaining("secret-key is not set");
    }

    @Test
    void aKeyThatIsNotAnAesKeyStopsTheStart() {
        assertThatThrownBy(() -> new SecretSealer(Base64.getEncoder().encodeToString(new byte[20])))
                .hasMessageContaining("16, 24 or 32 bytes");
        assertThatThrownBy(() -> new SecretSealer("not base64!")).hasMessageContaining("must be base64");
    }
}
