package vn.congdoan.notification.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.repository.support.MongoRepositoryFactory;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import vn.congdoan.notification.delivery.ChannelType;
import vn.congdoan.notification.delivery.Notification;
import vn.congdoan.notification.delivery.NotificationData;
import vn.congdoan.notification.delivery.NotificationKind;
import vn.congdoan.notification.delivery.Notifications;

/** Inboxes over the real MongoDB driver and the in-process stand-in, without Spring. */
class InboxesTest {
    private static final Instant NOV_20 = Instant.parse("2026-11-20T02:00:00Z");
    private static final Instant READ_AT = Instant.parse("2026-11-21T01:30:00Z");

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client = MongoClients.create("mongodb://" + address(server));
    private final MongoTemplate mongo = new MongoTemplate(client, "inboxes-test");
    private final Notifications notifications = new MongoRepositoryFactory(mongo).getRepository(Notifications.class);
    private final Inboxes inboxes = new Inboxes(notifications, mongo, Clock.fixed(READ_AT, ZoneOffset.UTC));

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void anInboxIsTheRecipientsInAppNotificationsNewestFirstWithTheUnreadCount() {
        save(inApp("n1", "officer-an", 0));
        save(inApp("n2", "officer-an", 1));
        save(inApp("n3", "officer-an", 2));
        save(inApp("other", "officer-binh", 3));
        save(email("mail", "officer-an", 4));
        inboxes.markRead(notifications.findById("n1").orElseThrow());

        Inboxes.Inbox firstPage = inboxes.page("officer-an", 0, 2);

        assertThat(firstPage.items()).extracting(Inboxes.InboxItem::id).containsExactly("n3", "n2");
        assertThat(firstPage.total()).isEqualTo(3);
        assertThat(firstPage.unread()).isEqualTo(2);
        assertThat(inboxes.page("officer-an", 1, 2).items()).extracting(Inboxes.InboxItem::id).containsExactly("n1");
    }

    @Test
    void markingReadKeepsTheFirstReadingAndLeavesOtherChannelsAndRecipientsAlone() {
        save(inApp("n1", "unit:cdcs-trung-vuong", 0));
        save(inApp("n2", "unit:cdcs-trung-vuong", 1));
        save(inApp("other", "officer-binh", 2));
        save(email("mail", "unit:cdcs-trung-vuong", 3));

        Inboxes.InboxItem read = inboxes.markRead(notifications.findById("n1").orElseThrow());
        long marked = inboxes.markAllRead("unit:cdcs-trung-vuong");

        assertThat(read.readAt()).isEqualTo(READ_AT);
        assertThat(read.status()).isEqualTo("READ");
        assertThat(marked).isEqualTo(1);
        assertThat(inboxes.markAllRead("unit:cdcs-trung-vuong")).isZero();
        assertThat(notifications.findById("other").orElseThrow().readAt()).isNull();
        assertThat(notifications.findById("mail").orElseThrow().readAt()).isNull();
        assertThat(inboxes.find("mail")).isEmpty();
        assertThat(inboxes.find("n2")).isPresent();
    }

    private void save(Notification notification) {
        notifications.save(notification);
    }

    private static Notification inApp(String id, String recipient, int minutesLater) {
        return notification(id, recipient, ChannelType.IN_APP, minutesLater);
    }

    private static Notification email(String id, String recipient, int minutesLater) {
        return notification(id, recipient, ChannelType.EMAIL, minutesLater);
    }

    private static Notification notification(String id, String recipient, ChannelType channel, int minutesLater) {
        NotificationData data = new NotificationData("a1", "p1", "45/KH-LĐLĐ", "Kế hoạch tuyên truyền", "Báo cáo năm",
                "cdcs-trung-vuong", null, 7, null, "Công đoàn cơ sở Trường THPT Trưng Vương", null, null, null);
        return new Notification(id, "e-" + id, NotificationKind.TASK_DUE_SOON, "cdcs-trung-vuong", recipient, channel,
                null, "vi", "Sắp đến hạn: Báo cáo năm", "Còn 7 ngày", data, Notification.Status.SENT, 1, null, null,
                NOV_20.plusSeconds(60L * minutesLater), NOV_20, null, false);
    }

    private static String address(MongoServer server) {
        InetSocketAddress address = server.bind();
        return address.getHostString() + ":" + address.getPort();
    }
}
