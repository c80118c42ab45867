package vn.congdoan.notification.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.congdoan.contracts.unit.Sector;
import vn.congdoan.contracts.unit.UnitLevel;
import vn.congdoan.notification.delivery.NotificationData;
import vn.congdoan.units.ReplicatedUnit;

class FollowUpDigestTest {
    private static final LocalDate NOV_30 = LocalDate.of(2026, 11, 30);
    private static final Map<String, ReplicatedUnit> DIRECTORY = Map.of(
            "c1", unit("c1", "CĐCS Công ty May 10"), "c2", unit("c2", "CĐCS Trường THPT Lê Lợi"),
            "c3", unit("c3", "CĐCS Bệnh viện Đa khoa tỉnh"));

    private final FollowUpDigest digest = new FollowUpDigest(
            ids -> ids.stream().filter(DIRECTORY::containsKey).collect(Collectors.toMap(id -> id, DIRECTORY::get)),
            plan -> Optional.of("Kế hoạch tuyên truyền Nghị quyết"), 50);

    @Test
    void oneSummaryPerParentCountingChildrenAndNamingThoseNotDone() {
        Map<String, List<NotificationData.Item>> summaries = digest.summarise(List.of(
                occurrence("a1", "huyen-1", "c1", "t-report", NOV_30, false),
                occurrence("a2", "huyen-1", "c2", "t-report", NOV_30, true),
                occurrence("a3", "huyen-1", "c3", "t-report", NOV_30, false)));

        assertThat(summaries).containsOnlyKeys("huyen-1");
        NotificationData.Item item = summaries.get("huyen-1").getFirst();
        assertThat(item.total()).isEqualTo(3);
        assertThat(item.notDone()).isEqualTo(2);
        assertThat(item.missing()).containsExactly("CĐCS Bệnh viện Đa khoa tỉnh", "CĐCS Công ty May 10");
        assertThat(item.childLevel()).isEqualTo("GRASSROOTS");
        assertThat(item.planTitle()).isEqualTo("Kế hoạch tuyên truyền Nghị quyết");
    }

    @Test
    void tasksAndDueDatesAreSeparateItemsEarliestFirstAndDoneOnesAreLeftOut() {
        Map<String, List<NotificationData.Item>> summaries = digest.summarise(List.of(
                occurrence("a1", "huyen-1", "c1", "t-report", NOV_30, false),
                occurrence("a1", "huyen-1", "c1", "t-report", NOV_30.minusMonths(1), false),
                occurrence("a4", "huyen-1", "c1", "t-fanpage", NOV_30, true),
                occurrence("a5", "huyen-2", "c9", "t-report", NOV_30, true)));

        assertThat(summaries).containsOnlyKeys("huyen-1");
        assertThat(summaries.get("huyen-1")).extracting(NotificationData.Item::dueDate)
                .containsExactly(NOV_30.minusMonths(1), NOV_30);
    }

    @Test
    void aChildTheDirectoryDoesNotKnowIsNamedByItsIdAndTheLevelIsNotGuessed() {
        NotificationData.Item item = digest.summarise(List.of(occurrence("a9", "huyen-3", "c-unknown", "t", NOV_30, false)))
                .get("huyen-3").getFirst();

        assertThat(item.missing()).containsExactly("c-unknown");
        assertThat(item.childLevel()).isNull();
    }

    @Test
    void aLongListNamesUpToTheLimitButCountsEveryone() {
        FollowUpDigest short2 = new FollowUpDigest(ids -> Map.of(), plan -> Optional.empty(), 2);
        NotificationData.Item item = short2.summarise(List.of(occurrence("a1", "p", "x1", "t", NOV_30, false),
                occurrence("a2", "p", "x2", "t", NOV_30, false), occurrence("a3", "p", "x3", "t", NOV_30, false)))
                .get("p").getFirst();

        assertThat(item.notDone()).isEqualTo(3);
        assertThat(item.missing()).hasSize(2);
    }

    private static FollowUps.Occurrence occurrence(String assignment, String parent, String child, String task,
                                                   LocalDate due, boolean done) {
        return new FollowUps.Occurrence(assignment + "|" + due, assignment, parent, child, "p-45", "45/KH-LĐLĐ", task,
                "Báo cáo năm " + task, true, due, done, done ? due : null);
    }

    private static ReplicatedUnit unit(String id, String name) {
        return new ReplicatedUnit(id, id, name, UnitLevel.GRASSROOTS, Sector.ENTERPRISE, "huyen-1", List.of("huyen-1"),
                LocalDate.of(2020, 1, 1), null, 1);
    }
}
