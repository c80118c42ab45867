package vn.congdoan.plan.imports;

import vn.congdoan.plan.deadline.DeadlineRule;

/**
 * A task read from the plan, with who carries it out and when.
 *
 * @param title          the task text without its bullet and without the parenthesised deadline
 * @param responsible    the unit as the document names it ("Ban Tuyên giáo - Nữ công"); null when
 *                       the task sits under no unit heading (a finding says so)
 * @param scope          the unit levels guessed from {@code responsible}; null when responsible is
 * @param deadlinePhrase the deadline words as written ("Hoàn thành trong tháng 8/2021"), or null
 * @param deadline       null when the text has no deadline phrase (a finding says so)
 * @param reportTask     the task is to report ("báo cáo", "tổng hợp ... báo cáo"): a submitted report closes it
 * @param line           1-based line of the task in the input
 */
public record DraftTask(
        String title,
        String responsible,
        ResponsibleScope scope,
        String deadlinePhrase,
        DeadlineRule deadline,
        boolean reportTask,
        int line) {}
