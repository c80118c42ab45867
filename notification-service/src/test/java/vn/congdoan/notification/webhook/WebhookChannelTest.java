package vn.congdoan.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

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

/** The channel against a real HTTP server on loopback: a DNS that changes its answer (rebinding), receivers that stall. */
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
        assertThat(receiver.requests()).extracting(request -> request.header("Host")).containsExactly("hooks.example.vn:" + port());
    }

    @Test
    void aHostThatResolvesToAnInternalAddressIsRefusedBeforeAnyConnection() throws Exception {
        AddressPolicyTest.Rebinding dns = new AddressPolicyTest.Rebinding("10.9.8.7", "127.0.0.1");
        try (WebhookChannel channel = channel(new AddressPolicy(List.of("127.0.0.1"), dns))) {
            assertThatThrownBy(() -> channel.send(notification("http://hooks.example.vn:" + port() + "/hook")))
                    .isInstanceOf(DeliveryException.class)
                    .hasMessageStartingWith("refused: hooks.example.vn resolves to the special-purpose address 10.9.8.7");
        }
        assertThat(dns.calls).hasValue(1);
        assertThat(receiver.requests()).isEmpty();
    }

    @Test
    void aReceiverThatStallsIsCutOffAtTheDeadlineAndItsReasonSaysSo() throws Exception {
        try (WebhookChannel channel = channel(allowLoopback(), Duration.ofSeconds(1))) {
            assertTimeoutPreemptively(Duration.ofSeconds(20), () ->
                    assertThatThrownBy(() -> channel.send(notification(receiver.url("/stall"))))
                            .isInstanceOf(DeliveryException.class)
                            .hasMessage("webhook: 127.0.0.1 did not answer within 1 s"));
        }
    }

    @Test
    void theAnswersBodyIsNotRead() throws Exception {
        // the body never ends: a sender that read it would wait for ever (each byte resets the socket timeout)
        try (WebhookChannel channel = channel(allowLoopback(), Duration.ofSeconds(60))) {
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> channel.send(notification(receiver.url("/trickle"))));
        }
    }

    @Test
    void receiversThatStallDoNotHoldTheOthersOfTheBatch() throws Exception {
        try (WebhookChannel channel = channel(allowLoopback(), Duration.ofSeconds(60))) {
            List<Notification> batch = List.of(notification("e1", receiver.url("/stall")), notification("e2", receiver.url("/stall")),
                    notification("e3", receiver.url("/stall")), notification("e4", receiver.url("/hook")));
            CompletableFuture<Map<String, String>> failures = CompletableFuture.supplyAsync(() -> channel.sendAll(batch));

            // one after the other, the /hook call would wait three deadlines (3 minutes) behind the stalled ones
            await().atMost(Duration.ofSeconds(20)).until(() -> receiver.answered() == 1);
            assertThat(failures).isNotDone();
            receiver.close();
            assertThat(failures.join()).containsOnlyKeys(batch.get(0).id(), batch.get(1).id(), batch.get(2).id());
        }
    }

    private int port() {
        return receiver.port();
    }

    private static AddressPolicy allowLoopback() {
        return new AddressPolicy(List.of("127.0.0.1"));
    }

    private static WebhookChannel channel(AddressPolicy policy) {
        return channel(policy, Duration.ofSeconds(5));
    }

    private static WebhookChannel channel(AddressPolicy policy, Duration deadline) {
        return new WebhookChannel(new WebhookProperties(SECRET, List.of("127.0.0.1"), deadline,
                Duration.ofHours(24), null, 4), policy,
                officerId -> List.of(new WebhookSigner(SECRET)),
                JsonMapper.builder().build(), TemplateFixtures.templates(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static Notification notification(String url) {
        return notification("e1", url);
    }

    private static Notification notification(String eventId, String url) {
        return new Notification(Notification.idOf(eventId, "o1", ChannelType.WEBHOOK), eventId, NotificationKind.TASK_DUE_SOON,
                "cdcs-may-10", "o1", ChannelType.WEBHOOK, url, "vi", "Sắp đến hạn", "Còn 7 ngày.",
                TemplateFixtures.annualReportSevenDaysAhead(), Notification.Status.PENDING, 1, NOW, null, NOW, null, null,
                false);
    }
}
