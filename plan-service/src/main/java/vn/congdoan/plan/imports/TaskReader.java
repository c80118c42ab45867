package vn.congdoan.plan.imports;

import java.util.Optional;
import java.util.regex.Pattern;
import vn.congdoan.plan.imports.ResponsibleUnits.InlineTask;
import vn.congdoan.plan.imports.ResponsibleUnits.ResponsibleUnit;
import vn.congdoan.plan.imports.TaskDeadlines.Located;

/**
 * Turns items into tasks. Under TỔ CHỨC THỰC HIỆN every item is a task of the unit whose heading it
 * sits under (or that it names before a colon); elsewhere an item is a task only when it carries a
 * deadline phrase, and then nobody is responsible until the officer says so.
 */
final class TaskReader {

    /** "báo cáo" as in reporting, not "báo cáo viên" (a lecturer). */
    private static final Pattern REPORT = Pattern.compile("bao cao(?! vien)");

    private final DraftBuilder draft;
    private final Findings findings;

    TaskReader(DraftBuilder draft, Findings findings) {
        this.draft = draft;
        this.findings = findings;
    }

    /** An implementation heading that also states a task: "1.2. Văn phòng và các ban: theo chức năng ...". */
    void fromHeading(Outline.Node heading) {
        Paragraph p = heading.paragraph();
        ResponsibleUnits.inline(p.content(), true)
                .filter(inline -> !inline.task().isEmpty())
                .ifPresent(inline -> add(inline.task(), p, inline.unit()));
    }

    /** An item of the implementation section; false when it is no task (then it is described). */
    boolean assigned(Outline.Node node) {
        Paragraph p = node.paragraph();
        Optional<InlineTask> inline = ResponsibleUnits.inline(p.content(), p.marker() != Paragraph.Marker.DASH
                && p.marker() != Paragraph.Marker.PLUS && p.marker() != Paragraph.Marker.TEXT);
        if (inline.isPresent()) {
            if (!inline.get().task().isEmpty()) {
                add(inline.get().task(), p, inline.get().unit());
            }
            return !inline.get().task().isEmpty() || !node.children().isEmpty();
        }
        ResponsibleUnit unit = unitAbove(node);
        if (unit == null) {
            return withDeadline(node);
        }
        add(p.content(), p, unit);
        return true;
    }

    /** An item outside the implementation section: a task only if it has a deadline phrase. */
    boolean withDeadline(Outline.Node node) {
        Paragraph p = node.paragraph();
        if (TaskDeadlines.find(p.content()).isEmpty()) {
            return false;
        }
        add(p.content(), p, null);
        return true;
    }

    /** The nearest heading below the Roman section (or "- Unit:" bullet with items) names the unit. */
    private static ResponsibleUnit unitAbove(Outline.Node node) {
        for (Outline.Node up = node.parent(); !up.isRoot(); up = up.parent()) {
            Paragraph p = up.paragraph();
            if (p.marker() == Paragraph.Marker.ROMAN || p.marker() == Paragraph.Marker.PART) {
                return null;
            }
            if (up.isSection()) {
                return ResponsibleUnits.inline(p.content(), true).map(InlineTask::unit)
                        .orElseGet(() -> ResponsibleUnits.of(p.content()));
            }
            Optional<InlineTask> unitBullet = ResponsibleUnits.inline(p.content(), false);
            if (unitBullet.isPresent() && unitBullet.get().task().isEmpty()) {
                return unitBullet.get().unit();
            }
        }
        return null;
    }

    /**
     * Adds the task {@code text} read from paragraph {@code source}; findings quote the whole paragraph.
     * Without a unit heading above it, the unit its own sentence names is responsible.
     */
    private void add(String text, Paragraph source, ResponsibleUnit heading) {
        ResponsibleUnit unit = heading != null ? heading : ResponsibleUnits.subject(text).orElse(null);
        Optional<Located> located = TaskDeadlines.find(text);
        String title = located.map(l -> TaskDeadlines.withoutDeadline(text, l)).orElse(VietText.trimEnd(text));
        boolean report = REPORT.matcher(VietText.fold(text)).find();
        draft.task(new DraftTask(title, unit == null ? null : unit.name(), unit == null ? null : unit.scope(),
                located.map(l -> l.deadline().phrase()).orElse(null),
                located.map(l -> l.deadline().rule()).orElse(null), report, source.line()));
        located.ifPresentOrElse(l -> checkDeadline(l, source), () -> findings.warn(source.line(),
                FindingCodes.MISSING_DEADLINE, "No deadline phrase; the task has no deadline yet", source.text()));
        checkUnit(unit, source);
    }

    private void checkDeadline(Located located, Paragraph source) {
        DeadlinePhrases.ParsedDeadline deadline = located.deadline();
        if (deadline.ambiguous()) {
            findings.warn(source.line(), FindingCodes.AMBIGUOUS_DEADLINE,
                    "'" + deadline.phrase() + "': " + deadline.note(), source.text());
        } else if (deadline.note() != null) {
            findings.info(source.line(), FindingCodes.ASSUMED_DEADLINE_DAY, deadline.note(), source.text());
        }
    }

    private void checkUnit(ResponsibleUnit unit, Paragraph source) {
        if (unit == null) {
            findings.warn(source.line(), FindingCodes.MISSING_RESPONSIBLE,
                    "A task with a deadline outside TỔ CHỨC THỰC HIỆN; no unit is responsible yet", source.text());
        } else if (unit.scope().isUnknown()) {
            findings.info(source.line(), FindingCodes.UNKNOWN_UNIT_LEVEL,
                    "'" + unit.name() + "' names no known unit level", source.text());
        }
    }
}
