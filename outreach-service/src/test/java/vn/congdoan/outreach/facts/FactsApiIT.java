package vn.congdoan.outreach.facts;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.congdoan.contracts.unit.Sector;
import vn.congdoan.outreach.Fixtures;
import vn.congdoan.outreach.plan.KnownPlans;
import vn.congdoan.testsupport.ServiceIntegrationTest;
import vn.congdoan.units.UnitReplica;

/** A branch's year rolled up by level and sector, and a plan's coverage of a form at a level. */
@ServiceIntegrationTest
class FactsApiIT {
    @Autowired
    RestTestClient http;
    @Autowired
    UnitReplica units;
    @Autowired
    KnownPlans plans;
    Fixtures f;

    @Test
    void twoOfThreeUpperLevelUnionsPostedOnTheirFanpageAndGrassrootsAttendanceIsSetAgainstTheRoster() {
        f = new Fixtures(units, plans);
        String plan = f.plan000();
        String tuyPhuoc = f.upper("LĐLĐ huyện Tuy Phước");
        String anNhon = f.upper("LĐLĐ thị xã An Nhơn");
        f.upper("Công đoàn ngành Y tế");
        String school = f.grassroots(tuyPhuoc, "Công đoàn cơ sở Trường THPT Trưng Vương", Sector.PUBLIC_SECTOR);
        String factory = f.grassroots(anNhon, "Công đoàn cơ sở Công ty CP Dệt may Phú Tài", Sector.ENTERPRISE);
        roster(school, 80, 85);
        roster(factory, 400, 520);
        activity(tuyPhuoc, plan, "FANPAGE_POST", "2026-03-02", 0);
        activity(anNhon, plan, "FANPAGE_POST", "2026-04-02", 0);
        activity(school, null, "UNION_MEETING", "2026-04-10", 72);
        activity(factory, null, "UNION_MEETING", "2026-04-12", 260);

        f.staff(http).get().uri("/api/plans/{p}/coverage?form=FANPAGE_POST&level=UPPER_GRASSROOTS&year=2026", plan).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.unitId").isEqualTo(f.province)
                .jsonPath("$.formLabel").isEqualTo("Tin bài trên fanpage")
                .jsonPath("$.unitsInScope").isEqualTo(3)
                .jsonPath("$.unitsDone").isEqualTo(2)
                .jsonPath("$.notDone[0].name").isEqualTo("Công đoàn ngành Y tế")
                .jsonPath("$.done[0].firstOn").exists();
        f.staff(http).get().uri("/api/plans/{p}/coverage?form=FANPAGE_POST&year=2025", plan).exchange().expectBody()
                .jsonPath("$.unitsDone").isEqualTo(0);

        f.staff(http).get().uri("/api/units/{u}/facts?year=2026", f.province).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.total.unitsInScope").isEqualTo(6)
                .jsonPath("$.byLevel.UPPER_GRASSROOTS.forms[0].form").isEqualTo("FANPAGE_POST")
                .jsonPath("$.byLevel.UPPER_GRASSROOTS.forms[0].units").isEqualTo(2)
                .jsonPath("$.byLevel.GRASSROOTS.attendance.members").isEqualTo(332)
                .jsonPath("$.byLevel.GRASSROOTS.rosterMembers").isEqualTo(480)
                .jsonPath("$.bySector.PUBLIC_SECTOR.attendanceToRoster").isEqualTo(0.9)
                .jsonPath("$.bySector.ENTERPRISE.attendanceToRoster").isEqualTo(0.65);
        f.staff(http).get().uri("/api/units/{u}/facts?year=2026", tuyPhuoc).exchange().expectBody()
                .jsonPath("$.total.unitsInScope").isEqualTo(2)
                .jsonPath("$.own.forms[0].planId").isEqualTo(plan);
        f.staff(http).get().uri("/api/units/nowhere/facts?year=2026").exchange().expectStatus().isNotFound();
        f.staff(http).get().uri("/api/plans/nope/coverage?form=FANPAGE_POST").exchange().expectStatus().isNotFound();
        f.staff(http).get().uri("/api/plans/{p}/coverage?form=CARRIER_PIGEON", plan).exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("form");
    }

    private void roster(String unit, long members, long workers) {
        f.officerOf(http, unit).put().uri("/api/units/{u}/roster", unit).contentType(MediaType.APPLICATION_JSON).body("""
                {"effectiveFrom":"2026-01-01","counts":[{"members":%d,"workers":%d}]}""".formatted(members, workers))
                .exchange().expectStatus().isOk();
    }

    private void activity(String unit, String plan, String form, String day, long members) {
        f.officerOf(http, unit).post().uri("/api/activities").contentType(MediaType.APPLICATION_JSON).body("""
                {"unitId":"%s","planId":%s,"form":"%s","title":"Hoạt động tuyên truyền","startDate":"%s",
                 "attendance":{"members":%d}}""".formatted(unit, plan == null ? "null" : "\"" + plan + "\"", form, day, members))
                .exchange().expectStatus().isCreated();
    }
}
