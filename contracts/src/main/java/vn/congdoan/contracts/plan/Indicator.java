package vn.congdoan.contracts.plan;

import vn.congdoan.contracts.outreach.ActivityForm;

/**
 * What a target measures, as the platform computes it: the key that ties a target's free-text
 * metric ("ĐVNLĐ được tham gia học tập, quán triệt ...") to the figures units report or the
 * outreach activities they record. Member indicators are a count of members that is part of the
 * unit's members ({@code MEMBERS} in a report); unit indicators say whether a unit did something,
 * and {@code form} names the outreach activity that proves it.
 */
public enum Indicator {
    /** members who took part in study sessions (học tập, quán triệt, tiếp nhận thông tin) */
    STUDY_SESSIONS(Measure.PERCENT_OF_MEMBERS, null),
    /** members who joined skills training (học tập nâng cao trình độ tay nghề, kỹ năng nghề) */
    SKILLS_TRAINING(Measure.PERCENT_OF_MEMBERS, null),
    /** units that posted the news on their union fanpage (đưa tin lên trang fanpage) */
    FANPAGE_POST(Measure.PERCENT_OF_UNITS, ActivityForm.FANPAGE_POST);

    private final Measure measure;
    private final ActivityForm form;

    Indicator(Measure measure, ActivityForm form) {
        this.measure = measure;
        this.form = form;
    }

    public Measure measure() {
        return measure;
    }

    /** The outreach form that proves a unit indicator; null for member indicators. */
    public ActivityForm form() {
        return form;
    }
}
