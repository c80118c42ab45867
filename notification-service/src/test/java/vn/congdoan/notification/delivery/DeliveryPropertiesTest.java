package vn.congdoan.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class DeliveryPropertiesTest {
    private final DeliveryProperties properties = new DeliveryProperties(200, Duration.ofMinutes(2), 5,
            Duration.ofSeconds(30), Duration.ofHours(1));

    @Test
    void theBackOffDoublesAfterEachFailedAttempt() {
        assertThat(properties.backoffAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(properties.backoffAfter(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(properties.backoffAfter(4)).isEqualTo(Duration.ofMinutes(4));
    }

    @Test
    void theBackOffNeverExceedsTheCap() {
        assertThat(properties.backoffAfter(10)).isEqualTo(Duration.ofHours(1));
        assertThat(properties.backoffAfter(500)).isEqualTo(Duration.ofHours(1));
    }
}
