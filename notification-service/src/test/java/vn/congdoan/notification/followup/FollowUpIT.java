package vn.congdoan.notification.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.congdoan.contracts.EventType;
import vn.congdoan.notification.NotificationServiceTest;
import vn.congdoan.notification.SignedIn;
import vn.congdoan.notification.delivery.ChannelType;
import vn.congdoan.notification.delivery.Notification;
import vn.congdoan.notification.delivery.Notifications;
import vn.congdoan.notification.officer.Officer;
import vn.congdoan.notification.officer.OfficerFixtures;
import vn.congdoan.notification.officer.Officers;
import vn.congdoan.testsupport.TestProducer;

/** Three children assigned, one done: the parent's officer gets one summary naming the other two. */
@NotificationServiceTest
class FollowUpIT {
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    RestTestClient http;
    @Autowired
    Officers officers;
    @Autowired
    Notifications notifications;
    @Autowired
    FollowUps followUps;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    FollowUpJob job;
    @Autowired
    vn.congdoan.units.UnitReplica replica;

    @Test
    void oneSummaryPerParentAndDaySaysHowManyChildrenHaveNotDoneItAndNamesThem() {
        String parent = "huyen-" + UUID.randomUUID();
        SignedIn.branch(replica, parent);
        Officer officer = officers.save(OfficerFixtures.officer("Phan Văn Khải", parent, "vi", ChannelType.IN_APP, ChannelType.EMAIL));
        String[] names = {"CĐCS Công ty May Phù Cát", "CĐCS Trường THPT Nguyễn Hữu Quang", "CĐCS Bệnh viện Đa khoa huyện"};
        for (int i = 0; i < 3; i++) {
            String child = parent + "-c" + i;
            send(EventType.UNIT_CHANGED, "unit-" + child, child, """
                    {"id":"%s","code":"%s","name":"%s","level":"GRASSROOTS","sector":"ENTERPRISE","parentId":"%s",
                     "ancestors":["%s"],"openedOn":"2020-01-01","version":1}""".formatted(child, child, names[i], parent, parent));
            send(EventType.TASK_ASSIGNED, "assigned-" + child, "a-" + child, """
                    {"assignmentId":"a-%s","planId":"p-45","planRevision":1,"planNumber":"45/KH-LĐLĐ","taskId":"t-annual",
                     "taskTitle":"Báo cáo năm","reportTask":true,"unitId":"%s","parentUnitId":"%s",
                     "deadline":{"kind":"YEARLY","phrase":"trước ngày 30/11 hàng năm","rrules":["FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=30"],
                                 "occurrences":["2026-11-30","2027-11-30"]},
                     "dueDate":"2026-11-30","activeFrom":"2026-01-15"}""".formatted(child, child, parent));
        }
        send(EventType.TASK_COMPLETED, "done-" + parent + "-c0", "a-" + parent + "-c0", """
                {"assignmentId":"a-%s-c0","planId":"p-45","unitId":"%s-c0","dueDate":"2026-11-30","completedOn":"2026-11-20"}"""
                .formatted(parent, parent));
        await().atMost(PATIENCE).until(() -> followUps.dueBetween(java.time.LocalDate.of(2026, 11, 30),
                java.time.LocalDate.of(2026, 11, 30), parent).readable().stream().filter(FollowUps.Occurrence::done).count() == 1
                && followUps.dueBetween(java.time.LocalDate.of(2026, 11, 30), java.time.LocalDate.of(2026, 11, 30), parent).readable().size() == 3);
        await().atMost(PATIENCE).until(() -> SignedIn.officerOf(http, parent).get()
                .uri("/api/units/{id}/follow-up?date=2026-11-23", parent).exchange()
                .returnResult(String.class).getResponseBody().contains("Nguyễn Hữu Quang"));

        // a day ahead of the tests' today: the job as the scheduler runs it that day (the endpoint refuses future days)
        assertThat(job.run(LocalDate.of(2026, 11, 23)).date()).isEqualTo(LocalDate.of(2026, 11, 23));
        job.run(LocalDate.of(2026, 11, 23));

        Notification inApp = notifications.findById(Notification.idOf("follow-up:" + parent + ":2026-11-23", officer.id(),
                ChannelType.IN_APP)).orElseThrow();
        assertThat(inApp.title()).isEqualTo("Theo dõi thực hiện ngày 23/11/2026: 1 nhiệm vụ của đơn vị trực thuộc chưa hoàn thành");
        assertThat(inApp.body()).isEqualTo("- 2/3 công đoàn cơ sở chưa nộp “Báo cáo năm” (45/KH-LĐLĐ), hạn 30/11/2026, còn 7 ngày: "
                + "CĐCS Bệnh viện Đa khoa huyện, CĐCS Trường THPT Nguyễn Hữu Quang.");
        assertThat(notifications.countByRecipientAndReadAtIsNull(officer.id())).isEqualTo(2);
        assertThat(notifications.findById(Notification.idOf("follow-up:" + parent + ":2026-11-23", officer.id(),
                ChannelType.EMAIL)).orElseThrow().digest()).isTrue();
    }

    @Test
    void aChildWhoseAssignmentARevisionEndedLeavesTheFollowUpAfterThatDay() {
        String parent = "huyen-" + UUID.randomUUID();
        String child = parent + "-c";
        send(EventType.TASK_ASSIGNED, "assigned-" + child, "a-" + child, twoYearAssignment(child, parent, 1, null));
        await().atMost(PATIENCE).until(() -> followUps.dueBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), parent).readable()
                .size() == 2);

        send(EventType.TASK_ASSIGNED, "assigned-" + child + ":r2", "a-" + child, twoYearAssignment(child, parent, 2, "2026-12-15"));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(followUps.dueBetween(LocalDate.of(2026, 1, 1),
                LocalDate.of(2027, 12, 31), parent).readable()).extracting(FollowUps.Occurrence::dueDate)
                .containsExactly(LocalDate.of(2026, 11, 30)));
    }

    private static String twoYearAssignment(String child, String parent, int revision, String activeUntil) {
        return """
                {"assignmentId":"a-%s","planId":"p-45","planRevision":%d,"planNumber":"45/KH-LĐLĐ","taskId":"t-annual",
                 "taskTitle":"Báo cáo năm","reportTask":true,"unitId":"%s","parentUnitId":"%s",
                 "deadline":{"kind":"YEARLY","phrase":"trước ngày 30/11 hàng năm","rrules":["FREQ=YEARLY;BYMONTH=11;BYMONTHDAY=30"],
                             "occurrences":["2026-11-30","2027-11-30"]},
                 "dueDate":"2026-11-30","activeFrom":"2026-01-15","activeUntil":%s}"""
                .formatted(child, revision, child, parent, activeUntil == null ? "null" : "\"" + activeUntil + "\"");
    }

    @Test
    void aDayWithNothingOpenSendsNothingAndABadDateIsRefusedNamingTheField() {
        String parent = "huyen-" + UUID.randomUUID();
        Officer officer = officers.save(OfficerFixtures.officer("Lý Thị Mai", parent, "vi", ChannelType.IN_APP));

        job.run(LocalDate.of(2031, 1, 1));
        assertThat(notifications.countByRecipientAndReadAtIsNull(officer.id())).isZero();
        RestTestClient operator = SignedIn.operator(http);
        operator.post().uri("/api/follow-ups").exchange().expectStatus().isOk();
        operator.post().uri("/api/follow-ups?date=30/11/2026").exchange().expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("date");
        operator.post().uri("/api/follow-ups?date=2031-01-01").exchange().expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("date");
    }

    @Test
    void aTaskAssignedDirectlyToAUnitAndMarkedDoneLeavesEveryParentsFollowUpIntact() {
        String thinSlice = "a-thin-" + UUID.randomUUID();
        String parent = "huyen-" + UUID.randomUUID();
        Officer officer = officers.save(OfficerFixtures.officer("Đỗ Thị Hằng", parent, "vi", ChannelType.IN_APP));
        // POST /api/assignments publishes no TaskAssigned: the completion is all this service hears of it
        send(EventType.TASK_COMPLETED, "done-" + thinSlice, thinSlice, """
                {"assignmentId":"%s","unitId":"ldld-tuy-phuoc","dueDate":"2030-06-30","completedOn":"2030-06-20"}"""
                .formatted(thinSlice));
        // same record key, so consumed after the completion: once the parent's child is there, the completion was handled
        send(EventType.TASK_ASSIGNED, "assigned-" + parent + "-c", thinSlice, """
                {"assignmentId":"a-%s-c","planId":"p-45","planRevision":1,"planNumber":"45/KH-LĐLĐ","taskId":"t-q2",
                 "taskTitle":"Báo cáo quý II","reportTask":true,"unitId":"%s-c","parentUnitId":"%s",
                 "deadline":{"kind":"ONCE","rrules":[],"occurrences":["2030-06-30"]},"dueDate":"2030-06-30","activeFrom":"2030-01-15"}"""
                .formatted(parent, parent, parent));
        await().atMost(PATIENCE).until(() -> followUps.dueBetween(LocalDate.of(2030, 6, 30), LocalDate.of(2030, 6, 30), parent)
                .readable().size() == 1);
        FollowUps.Due everyParent = followUps.dueBetween(LocalDate.of(2030, 6, 30), LocalDate.of(2030, 6, 30), null);
        assertThat(everyParent.readable()).extracting(FollowUps.Occurrence::assignmentId).doesNotContain(thinSlice);
        assertThat(everyParent.unreadable()).isEmpty();

        assertThat(job.run(LocalDate.of(2030, 6, 25)).recordsUnreadable()).isZero();

        assertThat(notifications.findById(Notification.idOf("follow-up:" + parent + ":2030-06-25", officer.id(),
                ChannelType.IN_APP))).isPresent();
    }

    @Test
    void aDamagedRecordIsLeftOutAndCountedWhileEveryOtherParentGetsItsFollowUp() {
        String parent = "huyen-" + UUID.randomUUID();
        Officer officer = officers.save(OfficerFixtures.officer("Võ Văn Tám", parent, "vi", ChannelType.IN_APP));
        mongo.insert(new org.bson.Document("_id", "damaged-" + UUID.randomUUID()).append("parentUnitId", "huyen-other")
                .append("dueDate", java.sql.Date.valueOf(LocalDate.of(2031, 3, 31))), "followUps");
        send(EventType.TASK_ASSIGNED, "assigned-" + parent + "-c", "a-" + parent + "-c", """
                {"assignmentId":"a-%s-c","planId":"p-45","planRevision":1,"planNumber":"45/KH-LĐLĐ","taskId":"t-q1",
                 "taskTitle":"Báo cáo quý I","reportTask":true,"unitId":"%s-c","parentUnitId":"%s",
                 "deadline":{"kind":"ONCE","rrules":[],"occurrences":["2031-03-31"]},"dueDate":"2031-03-31","activeFrom":"2031-01-15"}"""
                .formatted(parent, parent, parent));
        await().atMost(PATIENCE).until(() -> followUps.dueBetween(LocalDate.of(2031, 3, 31), LocalDate.of(2031, 3, 31), parent)
                .readable().size() == 1);

        FollowUpJob.Run run = job.run(LocalDate.of(2031, 3, 28));
        assertThat(run.recordsUnreadable()).isEqualTo(1);
        assertThat(run.parentUnitsFailed()).isZero();

        assertThat(notifications.findById(Notification.idOf("follow-up:" + parent + ":2031-03-28", officer.id(),
                ChannelType.IN_APP))).isPresent();
    }

    private static void send(EventType type, String id, String key, String json) {
        try (TestProducer producer = TestProducer.open()) {
            producer.sendEvent(type, id, key, json);
        }
    }
}
