package vn.congdoan.plan.imports;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Walks the outline of the body and hands each item to what its section holds: purposes and
 * requirements, targets, tasks. Whatever is not turned into structure is kept as description and
 * reported with its line, so that nothing in the document is silently dropped.
 */
final class BodyInterpreter {

    private static final Pattern CLOSING_SENTENCE = Pattern.compile("^tren day (?:la )?");
    private static final Pattern PURPOSE = Pattern.compile("^muc dich\\s*:?\\s*");
    private static final Pattern REQUIREMENT = Pattern.compile("^yeu cau\\s*:?\\s*");
    /** "II. MỤC TIÊU", "2. Mục tiêu cụ thể": what is written under it is a goal even without "phấn đấu". */
    private static final Pattern GOAL_HEADING = Pattern.compile("^muc tieu(?![a-z])");

    private final DraftBuilder draft;
    private final Findings findings;
    private final HeaderRecognizer header;
    private final TaskReader tasks;
    private final Set<String> unsplitPurposeSections = new HashSet<>();

    BodyInterpreter(DraftBuilder draft, Findings findings, HeaderRecognizer header) {
        this.draft = draft;
        this.findings = findings;
        this.header = header;
        this.tasks = new TaskReader(draft, findings);
    }

    void read(Outline.Node root) {
        root.children().forEach(this::visit);
    }

    private void visit(Outline.Node node) {
        Paragraph p = node.paragraph();
        draft.cites(p.text(), p.line());
        if (node.isSection()) {
            section(node);
        } else {
            item(node);
        }
        node.children().forEach(this::visit);
    }

    private void section(Outline.Node node) {
        Paragraph p = node.paragraph();
        draft.section(new DraftSection(node.sectionNumber(), p.content(), node.kind(), p.line()));
        if (node.kind() == SectionKind.TARGETS) {
            draft.targets(TargetRecognizer.recognise(p.content(), p.line()));
        } else if (node.kind() == SectionKind.IMPLEMENTATION
                && p.marker().compareTo(Paragraph.Marker.ROMAN) > 0) {
            tasks.fromHeading(node);
        }
    }

    private void item(Outline.Node node) {
        if (CLOSING_SENTENCE.matcher(node.paragraph().folded()).lookingAt()) {
            describe(node, "", Severity.INFO, "Closing sentence kept as description");
            return;
        }
        if (node.kind() != SectionKind.TARGETS) {
            goalsInRunningText(node);
        }
        switch (node.kind()) {
            case null -> preamble(node);
            case PURPOSES_REQUIREMENTS -> purpose(node);
            case TARGETS -> target(node);
            case IMPLEMENTATION -> {
                if (!tasks.assigned(node)) {
                    describe(node, node.sectionNumber(), Severity.WARNING, "Not read as a task; kept as description");
                }
            }
            case TASKS, OTHER -> {
                if (!tasks.withDeadline(node)) {
                    describe(node, node.sectionNumber(), Severity.INFO, "Kept as description");
                }
            }
        }
    }

    private void preamble(Outline.Node node) {
        if (!header.acceptField(node.paragraph().text())) {
            describe(node, "", Severity.INFO,
                    "Introduction kept as description; its references are in the legal basis");
        }
    }

    private void purpose(Outline.Node node) {
        Paragraph p = node.paragraph();
        String own = p.folded();
        Outline.Node section = node.parent().section();
        String heading = section.isRoot() ? "" : section.paragraph().folded();
        if (PURPOSE.matcher(own).lookingAt() || isOnly(heading, "muc dich", "yeu cau")) {
            draft.purpose(p.content().substring(lengthOf(PURPOSE, own)));
        } else if (REQUIREMENT.matcher(own).lookingAt() || isOnly(heading, "yeu cau", "muc dich")) {
            draft.requirement(p.content().substring(lengthOf(REQUIREMENT, own)));
        } else {
            draft.purpose(p.content());
            if (unsplitPurposeSections.add(node.sectionNumber())) {
                findings.info(p.line(), FindingCodes.PURPOSES_NOT_SPLIT, "Section " + node.sectionNumber()
                        + " does not separate Mục đích from Yêu cầu; its items were all taken as purposes", p.text());
            }
        }
    }

    private void target(Outline.Node node) {
        Paragraph p = node.paragraph();
        List<DraftTarget> targets = TargetRecognizer.recognise(p.content(), p.line());
        if (targets.isEmpty()) {
            describe(node, node.sectionNumber(), Severity.WARNING,
                    "No target (share or count) found; kept as description");
            return;
        }
        draft.targets(targets);
        reportIncomplete(targets, p);
    }

    /**
     * Targets written outside CHỈ TIÊU: under "Mục tiêu", in "Mục đích, yêu cầu", in a task ("phấn đấu đến
     * hết năm 2023 có 12 triệu đoàn viên"). Only a sentence that sets a goal is read, or one under a "Mục
     * tiêu" heading, so facts ("Tổng số công đoàn viên: 20") are not targets. The paragraph is also read as
     * what its section holds.
     */
    private void goalsInRunningText(Outline.Node node) {
        Paragraph p = node.paragraph();
        boolean goalWord = TargetRecognizer.setsGoal(p.content());
        if (goalWord || underGoalHeading(node)) {
            String goal = goalWord ? TargetRecognizer.goalPart(p.content()) : p.content();
            List<DraftTarget> targets = TargetRecognizer.recognise(goal, p.line());
            draft.targets(targets);
            reportIncomplete(targets, p);
        }
    }

    private static boolean underGoalHeading(Outline.Node node) {
        for (Outline.Node above = node.parent(); above != null && !above.isRoot(); above = above.parent()) {
            if (GOAL_HEADING.matcher(above.paragraph().folded()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    private void reportIncomplete(List<DraftTarget> targets, Paragraph p) {
        targets.stream().filter(t -> t.measure() == null).forEach(t -> findings.warn(p.line(),
                FindingCodes.TARGET_INCOMPLETE, "Whose share is " + t.threshold() + "% could not be told", p.text()));
    }

    private static boolean isOnly(String heading, String present, String absent) {
        return heading.contains(present) && !heading.contains(absent);
    }

    private static int lengthOf(Pattern prefix, String folded) {
        var m = prefix.matcher(folded);
        return m.lookingAt() ? m.end() : 0;
    }

    private void describe(Outline.Node node, String section, Severity severity, String message) {
        Paragraph p = node.paragraph();
        draft.describe(section, p.line(), p.text());
        findings.add(p.line(), severity, FindingCodes.UNSTRUCTURED_TEXT, message, p.text());
    }
}
