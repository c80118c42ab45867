package vn.congdoan.reporting.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import vn.congdoan.reporting.plan.Expectation;
import vn.congdoan.reporting.report.Report;
import vn.congdoan.reporting.rollup.MemberFigures;
import vn.congdoan.reporting.rollup.RollupViews;
import vn.congdoan.reporting.rollup.Rollups;
import vn.congdoan.reporting.rollup.Tally;

/**
 * The federation's summary table ("Biểu tổng hợp") for a plan and period under one unit: for each
 * direct child, one row per unit of its subtree expected to report (figures of its current
 * version, or "Chưa nộp"), then the child's subtotal row from its rollup; last, the total row.
 */
@Component
public class SummaryTable {
    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
    public static final List<String> HEADERS = List.of("STT", "Đơn vị", "Cấp", "Số ĐVNLĐ",
            "Số ĐVNLĐ được học tập, quán triệt", "Tỷ lệ (%)", "Số ĐVNLĐ tham gia học tập nâng cao trình độ, kỹ năng nghề",
            "Tỷ lệ (%)", "Đưa tin lên fanpage", "Tình trạng báo cáo", "Ngày nộp");
    private final MongoTemplate mongo;
    private final Rollups rollups;
    private final RollupViews views;

    SummaryTable(MongoTemplate mongo, Rollups rollups, RollupViews views) {
        this.mongo = mongo;
        this.rollups = rollups;
        this.views = views;
    }

    public enum Kind { UNIT, SUBTOTAL, TOTAL }

    public record Row(Kind kind, String number, String unit, String level, MemberFigures.Line members, String fanpage,
                      String status, String submittedOn) {

        /** The row's cells under {@link #HEADERS}: numbers as numbers, empty figures as null. */
        List<Object> cells() {
            List<Object> cells = new ArrayList<>(Arrays.asList(number, unit, level));
            if (members == null) {
                cells.addAll(Collections.nCopies(5, null));
            } else {
                cells.addAll(Arrays.asList(members.members(), members.studySessions(), members.studySessionsRate(),
                        members.skillsTraining(), members.skillsTrainingRate()));
            }
            cells.addAll(Arrays.asList(fanpage, status, submittedOn));
            return cells;
        }
    }

    public List<Row> rows(String planId, String period, String unitId) {
        List<Expectation> expected = mongo.find(Query.query(Criteria.where("planId").is(planId).and("period").is(period)
                .and("path").is(unitId)), Expectation.class);
        Map<String, Report> reports = mongo.find(Query.query(Criteria.where("planId").is(planId).and("period").is(period)
                .and("path").is(unitId)), Report.class).stream().collect(Collectors.toMap(Report::unitId, r -> r));
        List<String> children = rollups.children(planId, period, unitId).stream().map(Rollups.Row::unitId).toList();
        Map<String, RollupViews.UnitRef> names = views.names(concat(expected.stream().map(Expectation::unitId).toList(),
                children, List.of(unitId)));
        List<Row> rows = new ArrayList<>();
        int number = 0;
        List<String> orderedChildren = children.stream().sorted(Comparator.comparing(id -> name(names, id))).toList();
        for (String child : orderedChildren) {
            List<Expectation> under = expected.stream().filter(e -> e.path().contains(child))
                    .sorted(Comparator.comparing(e -> name(names, e.unitId()))).toList();
            for (Expectation e : under) {
                rows.add(unitRow(++number, e, reports.get(e.unitId()), names));
            }
            rows.add(total(Kind.SUBTOTAL, "Cộng " + name(names, child), rollups.tally(planId, period, child)));
        }
        expected.stream().filter(e -> e.unitId().equals(unitId)).findFirst()
                .ifPresent(own -> rows.add(unitRow(0, own, reports.get(unitId), names)));
        rows.add(total(Kind.TOTAL, "Tổng cộng", rollups.tally(planId, period, unitId)));
        return rows;
    }

    private static Row unitRow(int number, Expectation e, Report report, Map<String, RollupViews.UnitRef> names) {
        String level = e.level() == null ? "" : levelName(e.level());
        if (report == null) {
            return new Row(Kind.UNIT, number == 0 ? "" : Integer.toString(number), name(names, e.unitId()), level, null,
                    "", "Chưa nộp", "");
        }
        Tally tally = new Tally(report.current().contribution());
        Boolean fanpage = report.current().flags().get("FANPAGE_POST");
        String status = (Boolean.TRUE.equals(report.onTime()) ? "Đúng hạn" : "Trễ hạn")
                + (report.status() == Report.Status.APPROVED ? ", đã duyệt"
                : report.status() == Report.Status.RETURNED ? ", trả lại" : "");
        return new Row(Kind.UNIT, number == 0 ? "" : Integer.toString(number), name(names, e.unitId()), level,
                MemberFigures.of(tally).total(), fanpage == null ? "" : fanpage ? "Có" : "Không", status,
                DAY.format(report.firstSubmittedAt().atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate()));
    }

    /** The level in the words of the union's own documents, never the code ("UPPER_GRASSROOTS"). */
    static String levelName(vn.congdoan.contracts.unit.UnitLevel level) {
        return switch (level) {
            case NATIONAL -> "Tổng Liên đoàn";
            case PROVINCIAL -> "LĐLĐ tỉnh";
            case DEPARTMENT -> "Ban";
            case UPPER_GRASSROOTS -> "Công đoàn cấp trên cơ sở";
            case GRASSROOTS -> "Công đoàn cơ sở";
        };
    }

    private static Row total(Kind kind, String label, Tally tally) {
        var c = vn.congdoan.reporting.rollup.Completeness.of(tally);
        long fanpage = tally.counts().entrySet().stream().filter(en -> en.getKey().startsWith("flag_FANPAGE_POST_"))
                .mapToLong(Map.Entry::getValue).sum();
        return new Row(kind, "", label, "", MemberFigures.of(tally).total(), Long.toString(fanpage),
                "Đã nộp " + c.submitted() + "/" + c.expected() + " (đúng hạn " + c.onTime() + ")", "");
    }

    private static String name(Map<String, RollupViews.UnitRef> names, String id) {
        RollupViews.UnitRef ref = names.get(id);
        return ref == null || ref.name() == null ? id : ref.name();
    }

    @SafeVarargs
    private static List<String> concat(List<String>... lists) {
        List<String> all = new ArrayList<>();
        for (List<String> list : lists) {
            all.addAll(list);
        }
        return all;
    }
}
