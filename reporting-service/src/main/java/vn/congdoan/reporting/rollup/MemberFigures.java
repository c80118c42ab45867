package vn.congdoan.reporting.rollup;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import vn.congdoan.contracts.plan.Indicator;
import vn.congdoan.contracts.unit.Sector;

/** Members and the parts of them an indicator counts, per sector and in total, with rates from the sums. */
public record MemberFigures(List<Line> bySector, Line total) {

    public record Line(Sector sector, long members, long studySessions, BigDecimal studySessionsRate,
                       long skillsTraining, BigDecimal skillsTrainingRate) {
    }

    public static MemberFigures of(Tally tally) {
        List<Line> lines = Arrays.stream(Sector.values()).map(sector -> line(sector, tally)).toList();
        long members = lines.stream().mapToLong(Line::members).sum();
        long study = lines.stream().mapToLong(Line::studySessions).sum();
        long skills = lines.stream().mapToLong(Line::skillsTraining).sum();
        return new MemberFigures(lines, new Line(null, members, study, Rates.percent(study, members), skills,
                Rates.percent(skills, members)));
    }

    private static Line line(Sector sector, Tally tally) {
        long members = tally.get(Tally.count(Tally.MEMBERS, sector));
        long study = tally.get(Tally.count(Indicator.STUDY_SESSIONS.name(), sector));
        long skills = tally.get(Tally.count(Indicator.SKILLS_TRAINING.name(), sector));
        return new Line(sector, members, study, Rates.percent(study, members), skills, Rates.percent(skills, members));
    }
}
