package vn.congdoan.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;
import vn.congdoan.notification.delivery.ChannelType;
import vn.congdoan.notification.delivery.DeliveryException;
import vn.congdoan.notification.delivery.Notification;
import vn.congdoan.notification.delivery.NotificationKind;
import vn.congdoan.notification.template.TemplateFixtures;
import vn.congdoan.testsupport.WebhookReceiver;

/** The channel against a real HTTP server on loopback, with a DNS that changes its answer (rebinding). */
class WebhookChannelTest {
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final Instant NOW = Instant.parse("2026-11-23T01:00:00Z");

    private WebhookReceiver receiver;

    @BeforeEach
    void startReceiver() {
        receiver = WebhookReceiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.close();
    }

    @Test
    void theConnectionGoesToTheCheckedAddressWithTheHostNameKeptAndTheHostIsResolvedOnce() throws Exception {
        // 127.0.0.1 is allow-listed as an address, the host name is not: only the first answer may be used
        AddressPolicyTest.Rebinding dns = new AddressPolicyTest.Rebinding("127.0.0.1", "10.9.8.7");
        try (WebhookChannel channel = channel(new AddressPolicy(List.of("127.0.0.1"), dns))) {
            channel.send(notification("http://hooks.example.vn:" + port() + "/hook"));
        }

        assertThat(dns.calls).hasValue(1);
        assertThat(receiver.requests()).extracting(request -> request.header("Host"))
                .containsExactly("hooks.example.vn:" + port());
    }

    @Test
    void aHostThatResolvesToAnInternalAddressIsRefusedBeforeAnyConnection() throws Exception {
        AddressPolicyTest.Rebinding dns = new AddressPolicyTest.Rebinding("10.9.8.7", "127.0.0.1");
        try (WebhookChannel channel = channel(new AddressPolicy(List.of("127.0.0.1"), dns))) {
            assertThatThrownBy(() -> channel.send(notification("http://hooks.example.vn:" + port() + "/hook")))
                    .isInstanceOf(DeliveryException.class)
                    .hasMessageStartingWith("refused: hooks.example.vn resolves to the internal address 10.9.8.7");
        }
        assertThat(dns.calls).hasValue(1);
        assertThat(receiver.requests()).isEmpty();
    }

    private int port() {
        return receiver.port();
    }

    private static WebhookChannel channel(AddressPolicy policy) {
        return new WebhookChannel(new WebhookProperties(SECRET, List.of("127.0.0.1"), Duration.ofSeconds(5),
                Duration.ofHours(24), null), policy,
                officerId -> List.of(new WebhookSigner(SECRET)),
                JsonMapper.builder().build(), TemplateFixtures.templates(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static Notification notification(String url) {
        return new Notification(Notification.idOf("e1", "o1", ChannelType.WEBHOOK), "e1", NotificationKind.TASK_DUE_SOON,
                "cdcs-may-10", "o1", ChannelType.WEBHOOK, url, "vi", "Sắp đến hạn", "Còn 7 ngày.",
                TemplateFixtures.annualReportSevenDaysAhead(), Notification.Status.PENDING, 1, NOW, null, NOW, null, null,
                false);
    }
}
