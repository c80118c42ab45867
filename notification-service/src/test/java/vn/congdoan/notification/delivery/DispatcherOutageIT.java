package vn.congdoan.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.congdoan.notification.MailServer;
import vn.congdoan.notification.NotificationServiceTest;
import vn.congdoan.testsupport.TestInfrastructure;

/**
 * A database outage that strikes while the dispatcher is sending holds up only the deliveries that
 * dispatcher had claimed (for their lease, so that none is sent twice), not the dispatcher: a
 * delivery stored after the database returns leaves at once, with the production lease of 2
 * minutes. (With a scheduler lock as long as the lease, whose release the outage made fail, it
 * waited up to those 2 minutes.)
 */
@NotificationServiceTest
class DispatcherOutageIT {
    /** Longer than the driver waits for a server in tests (5 s), twice: the dispatcher's run fails. */
    private static final Duration OUTAGE = Duration.ofSeconds(12);

    @Autowired
    Notifications notifications;
    @Autowired
    DeliveryQueue queue;
    @Autowired
    DeliveryProperties properties;
    @Autowired
    Clock clock;

    @Test
    void aDeliveryLeavesAtOnceAfterADatabaseOutageThatStruckWhileTheDispatcherWasSending() {
        assumeThat(TestInfrastructure.get().realMongo()).as("the stand-in is reached through a link a test can cut").isFalse();
        assertThat(properties.claimLease()).as("the production lease").isEqualTo(Duration.ofMinutes(2));
        String run = UUID.randomUUID().toString();
        Set<String> addresses = Set.copyOf(IntStream.range(0, 600).mapToObj(i -> "cut-" + i + "-" + run + "@congdoan.vn").toList());
        queue.addAll(notifications.insert(addresses.stream()
                .map(a -> NotificationFixtures.pendingEmail(a, 0, clock.instant().minusSeconds(1), clock.instant())).toList()));

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).until(() -> MailServer.countTo(addresses) > 0);
        TestInfrastructure.get().database().cut();
        long sentBeforeTheCut;
        try {
            sentBeforeTheCut = MailServer.countTo(addresses);
            await().pollDelay(OUTAGE).atMost(OUTAGE.plusSeconds(1)).until(() -> true);
        } finally {
            TestInfrastructure.get().database().restore();
        }
        assertThat(sentBeforeTheCut).as("the outage struck while the dispatcher was sending").isLessThan(addresses.size());

        long restored = System.nanoTime();
        String after = "after-cut-" + run + "@congdoan.vn";
        Notification fresh = notifications.insert(NotificationFixtures.pendingEmail(after, 0, clock.instant(), clock.instant()));
        queue.add(fresh);
        await().atMost(Duration.ofSeconds(30)).until(() -> MailServer.messagesTo(after).size() == 1);
        System.out.printf("[dispatcher-outage] %d of %d e-mails sent before the cut; a delivery stored after the database"
                + " returned was e-mailed %.1f s later%n", sentBeforeTheCut, addresses.size(), (System.nanoTime() - restored) / 1e9);
        assertThat(List.copyOf(addresses)).as("none sent twice so far")
                .allSatisfy(address -> assertThat(MailServer.messagesTo(address)).hasSizeLessThanOrEqualTo(1));
    }
}
