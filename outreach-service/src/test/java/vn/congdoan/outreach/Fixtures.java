package vn.congdoan.outreach;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.test.web.servlet.client.RestTestClient;

import vn.congdoan.contracts.plan.PlanIssued;
import vn.congdoan.contracts.unit.Sector;
import vn.congdoan.contracts.unit.UnitChanged;
import vn.congdoan.contracts.unit.UnitLevel;
import vn.congdoan.outreach.plan.KnownPlans;
import vn.congdoan.security.Role;
import vn.congdoan.testsupport.TestIdentityProvider;
import vn.congdoan.units.UnitReplica;

/**
 * A small province of its own per test (unique ids, so tests sharing one database never meet): a
 * provincial federation, upper-level unions under it and grassroots unions under those; and plans
 * as plan-service issues them.
 */
public final class Fixtures {
    private static final Pattern UNIT_ID = Pattern.compile("\"unitId\"\\s*:\\s*\"([^\"]+)\"");
    public final String tag = UUID.randomUUID().toString().substring(0, 8);
    public final String province = "ldld-" + tag;
    private final UnitReplica units;
    private final KnownPlans plans;
    private final Map<String, String> codes = new HashMap<>();

    public Fixtures(UnitReplica units, KnownPlans plans) {
        this.units = units;
        this.plans = plans;
        unit(province, "LDLD-" + tag, "Liên đoàn Lao động tỉnh Bình Định", UnitLevel.PROVINCIAL, null, List.of("tld"));
    }

    public String upper(String name) {
        String id = "cdcts-" + tag + "-" + Math.abs(name.hashCode());
        unit(id, "CDCTS-" + tag + "-" + Math.abs(name.hashCode()), name, UnitLevel.UPPER_GRASSROOTS, null,
                List.of("tld", province));
        return id;
    }

    public String grassroots(String parent, String name, Sector sector) {
        String id = "cdcs-" + tag + "-" + Math.abs(name.hashCode());
        unit(id, "CDCS-" + tag + "-" + Math.abs(name.hashCode()), name, UnitLevel.GRASSROOTS, sector,
                List.of("tld", province, parent));
        return id;
    }

    public void unit(String id, String code, String name, UnitLevel level, Sector sector, List<String> ancestors) {
        codes.put(id, code);
        units.apply(new UnitChanged(id, code, name, level, sector, ancestors.getLast(), ancestors,
                LocalDate.of(1990, 1, 1), null, LocalDate.of(1990, 1, 1), 1));
    }

    /** The directory code of a unit made here. */
    public String code(String unitId) {
        return codes.get(unitId);
    }

    /** The officer of the unit with {@code unitId}: records its activities and roster. */
    public RestTestClient officerOf(RestTestClient http, String unitId) {
        return TestIdentityProvider.as(http, TestIdentityProvider.tokenFor(codes.getOrDefault(unitId, "KHONG-CO"), Role.UNIT_OFFICER));
    }

    /** The officer of the unit a request body names ({@code "unitId":"…"}). */
    public RestTestClient officerFor(RestTestClient http, String body) {
        Matcher unit = UNIT_ID.matcher(body);
        if (!unit.find()) {
            throw new IllegalArgumentException("the body names no unitId: " + body);
        }
        return officerOf(http, unit.group(1));
    }

    /** The province's staff: read its whole branch, load its rosters. */
    public RestTestClient staff(RestTestClient http) {
        return TestIdentityProvider.as(http, TestIdentityProvider.tokenFor(codes.get(province), Role.FEDERATION_STAFF,
                Role.UNIT_OFFICER));
    }

    /** Seed plan 000 in short: issued 2021-08-10 by the province, a yearly fanpage task and a one-off conference. */
    public String plan000() {
        String planId = "plan-000-" + tag;
        plans.handle(planIssued(planId, 1, LocalDate.of(2021, 8, 10), "YEARLY"));
        return planId;
    }

    public PlanIssued planIssued(String planId, int revision, LocalDate issued, String fanpageKind) {
        List<PlanIssued.Task> tasks = new ArrayList<>();
        tasks.add(new PlanIssued.Task("t-fanpage", "Đưa tin lên trang fanpage của công đoàn", false,
                new PlanIssued.Deadline(fanpageKind, "hằng năm", List.of(), List.of(issued.withDayOfYear(1).plusYears(1).minusDays(1))),
                List.of(new PlanIssued.Assignee(null, UnitLevel.UPPER_GRASSROOTS, null))));
        tasks.add(new PlanIssued.Task("t-conference", "Hội nghị quán triệt Nghị quyết", false,
                new PlanIssued.Deadline("ONCE", "trong tháng 8/2021", List.of(), List.of(LocalDate.of(2021, 8, 31))),
                List.of(new PlanIssued.Assignee(null, UnitLevel.UPPER_GRASSROOTS, null))));
        return new PlanIssued(planId, revision, "45/KH-LĐLĐ", province, issued,
                "Kế hoạch tuyên truyền, phổ biến, quán triệt Nghị quyết số 02-NQ/TW", List.of(), List.of(), List.of(),
                List.of(), tasks, 10, List.of(), new PlanIssued.Signer("TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "Nguyễn Mạnh Hùng"));
    }
}
