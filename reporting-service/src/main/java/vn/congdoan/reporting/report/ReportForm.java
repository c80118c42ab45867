package vn.congdoan.reporting.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.congdoan.contracts.plan.Indicator;
import vn.congdoan.contracts.plan.Measure;
import vn.congdoan.contracts.unit.Sector;
import vn.congdoan.contracts.unit.UnitLevel;
import vn.congdoan.reporting.rollup.Tally;
import vn.congdoan.web.FieldError;

/**
 * The figures of a well-formed report (each whole and not negative: {@link SubmitReportRequest}'s
 * constraints), checked against each other and the unit: a sector for each (the unit's own for a
 * grassroots union), one count per metric and sector, no part above its whole (members in study
 * sessions never exceed members), flags only for unit indicators. No Spring: unit-tested directly.
 */
public record ReportForm(List<Report.Count> counts, Map<String, Boolean> flags) {
    /** Reads and checks the request's figures; {@code errors} receives every wrong field. */
    public static ReportForm read(SubmitReportRequest request, Sector unitSector, List<FieldError> errors) {
        List<Report.Count> counts = new ArrayList<>();
        Map<ReportMetric, Map<Sector, Integer>> seen = new EnumMap<>(ReportMetric.class);
        List<SubmitReportRequest.CountInput> inputs = request.counts() == null ? List.of() : request.counts();
        for (int i = 0; i < inputs.size(); i++) {
            String field = "counts[" + i + "]";
            SubmitReportRequest.CountInput input = inputs.get(i); // well-formed: its constraints have passed
            Sector sector = input.sector() != null ? input.sector() : unitSector;
            if (sector == null) {
                errors.add(new FieldError(field + ".sector", "is required: the unit has no sector of its own"));
                continue;
            }
            if (seen.computeIfAbsent(input.metric(), m -> new EnumMap<>(Sector.class)).putIfAbsent(sector, i) != null) {
                errors.add(new FieldError(field, input.metric() + " for " + sector + " is given twice"));
                continue;
            }
            counts.add(new Report.Count(input.metric(), sector, input.value().longValueExact()));
        }
        checkParts(counts, seen, errors);
        Map<String, Boolean> flags = new HashMap<>();
        if (request.flags() != null) {
            request.flags().forEach((indicator, done) -> {
                if (indicator.measure() != Measure.PERCENT_OF_UNITS) {
                    errors.add(new FieldError("flags." + indicator, "is a member indicator: report it in counts"));
                } else if (done == null) {
                    errors.add(new FieldError("flags." + indicator, "must be true or false"));
                } else {
                    flags.put(indicator.name(), done);
                }
            });
        }
        return new ReportForm(List.copyOf(counts), Map.copyOf(flags));
    }

    private static void checkParts(List<Report.Count> counts, Map<ReportMetric, Map<Sector, Integer>> index,
                                   List<FieldError> errors) {
        for (Report.Count part : counts) {
            ReportMetric whole = part.metric().whole();
            if (whole == null) {
                continue;
            }
            long wholeValue = counts.stream().filter(c -> c.metric() == whole && c.sector() == part.sector())
                    .mapToLong(Report.Count::value).findFirst().orElse(0);
            if (part.value() > wholeValue) {
                errors.add(new FieldError("counts[" + index.get(part.metric()).get(part.sector()) + "].value",
                        part.metric() + " (" + part.value() + ") must not exceed " + whole + " of " + part.sector()
                                + " (" + wholeValue + ")"));
            }
        }
    }

    /**
     * What a report version adds to the rollups: one submitted report (on time or late), its counts
     * per metric and sector, and one unit of its level for each unit indicator it did.
     */
    public Tally contribution(UnitLevel level, Boolean onTime) {
        Tally.Builder tally = Tally.builder().add(Tally.SUBMITTED, 1).add(Tally.submittedAt(level), 1);
        if (onTime != null) {
            tally.add(onTime ? Tally.ON_TIME : Tally.LATE, 1);
        }
        counts.forEach(c -> tally.add(Tally.count(c.metric().name(), c.sector()), c.value()));
        flags.forEach((indicator, done) -> {
            if (done) {
                tally.add(Tally.flag(Indicator.valueOf(indicator), level), 1);
            }
        });
        return tally.build();
    }
}
