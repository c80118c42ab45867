package vn.congdoan.outreach;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import vn.congdoan.contracts.plan.PlanIssued;
import vn.congdoan.contracts.unit.Sector;
import vn.congdoan.contracts.unit.UnitChanged;
import vn.congdoan.contracts.unit.UnitLevel;
import vn.congdoan.outreach.plan.KnownPlans;
import vn.congdoan.units.UnitReplica;

/**
 * A small province of its own per test (unique ids, so tests sharing one database never meet): a
 * provincial federation, upper-level unions under it and grassroots unions under those; and plans
 * as plan-service issues them.
 */
public final class Fixtures {
    public final String tag = UUID.randomUUID().toString().substring(0, 8);
    public final String province = "ldld-" + tag;
    private final UnitReplica units;
    private final KnownPlans plans;

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
        units.apply(new UnitChanged(id, code, name, level, sector, ancestors.getLast(), ancestors,
                LocalDate.of(1990, 1, 1), null, LocalDate.of(1990, 1, 1), 1));
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
