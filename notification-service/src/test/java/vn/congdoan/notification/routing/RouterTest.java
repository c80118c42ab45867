package vn.congdoan.notification.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.congdoan.notification.delivery.NotificationData;
import vn.congdoan.notification.delivery.NotificationKind;
import vn.congdoan.notification.officer.Officer;
import vn.congdoan.notification.officer.Role;

class RouterTest {
    private static final Officer CHAIR_OF_GRASSROOTS = officer("o1", "cdcs-1", Role.CHAIR);
    private static final Officer STAFF_OF_GRASSROOTS = officer("o2", "cdcs-1", Role.STAFF);
    private static final Officer CHAIR_OF_DISTRICT = officer("o3", "ldld-huyen", Role.CHAIR);
    private static final Map<String, List<Officer>> DIRECTORY = Map.of(
            "cdcs-1", List.of(CHAIR_OF_GRASSROOTS, STAFF_OF_GRASSROOTS),
            "ldld-huyen", List.of(CHAIR_OF_DISTRICT));

    private final Router router = new Router(RoutingRules.defaults(), unit -> DIRECTORY.getOrDefault(unit, List.of()));

    @Test
    void aReminderReachesEveryOfficerOfTheAssignedUnitAndNoOneElse() {
        List<Router.UnitRecipients> routed = router.route(occasion(NotificationKind.TASK_DUE_SOON, "cdcs-1", "ldld-huyen"));

        assertThat(routed).extracting(Router.UnitRecipients::unitId, Router.UnitRecipients::audience)
                .containsExactly(tuple("cdcs-1", Audience.ASSIGNED_UNIT));
        assertThat(routed.getFirst().officers()).containsExactly(CHAIR_OF_GRASSROOTS, STAFF_OF_GRASSROOTS);
    }

    @Test
    void dueTodayAndOverdueGoToTheAssignedUnitOnly() {
        for (NotificationKind kind : List.of(NotificationKind.TASK_DUE, NotificationKind.TASK_OVERDUE)) {
            assertThat(router.route(occasion(kind, "cdcs-1", "ldld-huyen")))
                    .extracting(Router.UnitRecipients::unitId).containsExactly("cdcs-1");
        }
    }

    @Test
    void anEscalatedOverdueTaskAlsoReachesTheParentUnitsOfficers() {
        List<Router.UnitRecipients> routed = router.route(occasion(NotificationKind.TASK_ESCALATED, "cdcs-1", "ldld-huyen"));

        assertThat(routed).extracting(Router.UnitRecipients::unitId, Router.UnitRecipients::audience)
                .containsExactly(tuple("cdcs-1", Audience.ASSIGNED_UNIT), tuple("ldld-huyen", Audience.PARENT_UNIT));
        assertThat(routed.get(1).officers()).containsExactly(CHAIR_OF_DISTRICT);
    }

    @Test
    void aUnitWithoutOfficersIsRoutedWithNoOneSoTheCallerCanReportIt() {
        List<Router.UnitRecipients> routed = router.route(occasion(NotificationKind.TASK_DUE_SOON, "cdcs-empty", null));

        assertThat(routed).singleElement().satisfies(unit -> {
            assertThat(unit.unitId()).isEqualTo("cdcs-empty");
            assertThat(unit.officers()).isEmpty();
        });
    }

    @Test
    void anEscalationWithoutAParentUnitIsRoutedToAnUnnamedUnitRatherThanDropped() {
        List<Router.UnitRecipients> routed = router.route(occasion(NotificationKind.TASK_ESCALATED, "cdcs-1", null));

        assertThat(routed).extracting(Router.UnitRecipients::unitId).containsExactly("cdcs-1", null);
    }

    @Test
    void configuredRulesReplaceTheDefaultForTheirKindOnly() {
        Router parentsToo = new Router(new RoutingRules(Map.of(NotificationKind.TASK_DUE,
                List.of(Audience.ASSIGNED_UNIT, Audience.PARENT_UNIT))), unit -> DIRECTORY.getOrDefault(unit, List.of()));

        assertThat(parentsToo.route(occasion(NotificationKind.TASK_DUE, "cdcs-1", "ldld-huyen")))
                .extracting(Router.UnitRecipients::unitId).containsExactly("cdcs-1", "ldld-huyen");
        assertThat(parentsToo.route(occasion(NotificationKind.TASK_DUE_SOON, "cdcs-1", "ldld-huyen")))
                .extracting(Router.UnitRecipients::unitId).containsExactly("cdcs-1");
    }

    @Test
    void aSubmittedReportReachesTheParentUnitOnlyAndAReturnedOneTheReportingUnit() {
        assertThat(router.route(occasion(NotificationKind.REPORT_SUBMITTED, "cdcs-1", "ldld-huyen")))
                .extracting(Router.UnitRecipients::unitId, Router.UnitRecipients::audience)
                .containsExactly(tuple("ldld-huyen", Audience.PARENT_UNIT));
        for (NotificationKind kind : List.of(NotificationKind.REPORT_RETURNED, NotificationKind.REPORT_APPROVED)) {
            assertThat(router.route(occasion(kind, "cdcs-1", "ldld-huyen")))
                    .extracting(Router.UnitRecipients::unitId).containsExactly("cdcs-1");
        }
    }

    @Test
    void aTargetVerdictReachesTheScopeAndThePlanOwnerOnceWhenTheyAreTheSameUnit() {
        for (NotificationKind kind : List.of(NotificationKind.TARGET_MISSED, NotificationKind.TARGET_AT_RISK,
                NotificationKind.TARGET_MET)) {
            Occasion scoped = new Occasion("e", kind, "ldld-huyen", null, "ldld-tinh", occasion(kind, "ldld-huyen", null).data());
            assertThat(router.route(scoped)).extracting(Router.UnitRecipients::unitId, Router.UnitRecipients::audience)
                    .containsExactly(tuple("ldld-huyen", Audience.ASSIGNED_UNIT), tuple("ldld-tinh", Audience.OWNER_UNIT));
            Occasion own = new Occasion("e", kind, "ldld-huyen", null, "ldld-huyen", scoped.data());
            assertThat(router.route(own)).singleElement().satisfies(unit ->
                    assertThat(unit.officers()).containsExactly(CHAIR_OF_DISTRICT));
        }
    }

    @Test
    void submittedReportsApprovalsMetTargetsAndFollowUpsWaitForTheDigestByDefault() {
        RoutingRules rules = RoutingRules.defaults();
        assertThat(List.of(NotificationKind.values())).filteredOn(rules::digested).containsExactlyInAnyOrder(
                NotificationKind.REPORT_SUBMITTED, NotificationKind.REPORT_APPROVED, NotificationKind.TARGET_MET,
                NotificationKind.FOLLOW_UP);
        assertThat(RoutingRules.DEFAULTS).containsOnlyKeys(NotificationKind.values());
    }

    private static Occasion occasion(NotificationKind kind, String unitId, String parentUnitId) {
        return new Occasion("event-1", kind, unitId, parentUnitId, new NotificationData("a1", "p-45", "45/KH-LĐLĐ",
                null, "Tổng hợp kết quả, báo cáo năm về LĐLĐ tỉnh", unitId, LocalDate.of(2026, 11, 30), 7, null));
    }

    private static Officer officer(String id, String unitId, Role role) {
        return new Officer(id, "Nguyễn Văn " + id, unitId, role, id + "@congdoan.vn", "0912345678", null, "vi", null, null, null);
    }
}
