package vn.congdoan.plan.imports;

import java.util.Optional;

import vn.congdoan.contracts.plan.Indicator;
import vn.congdoan.contracts.plan.Measure;

/**
 * Recognises which indicator a target's Vietnamese metric names, so that reporting-service can
 * evaluate it: skills training ("tay nghề, kỹ năng nghề"), study sessions ("học tập, quán triệt,
 * tiếp nhận thông tin") and posting on the union fanpage. A metric it does not recognise keeps no
 * indicator and is shown, not evaluated; an officer can set one on the draft.
 */
final class TargetIndicators {
    private TargetIndicators() {
    }

    static Optional<Indicator> of(String metric, Measure measure) {
        String folded = VietText.fold(metric);
        Indicator indicator = null;
        if (folded.contains("tay nghe") || folded.contains("ky nang nghe")) {
            indicator = Indicator.SKILLS_TRAINING;
        } else if (folded.contains("hoc tap") || folded.contains("quan triet")) {
            indicator = Indicator.STUDY_SESSIONS;
        } else if (folded.contains("fanpage")) {
            indicator = Indicator.FANPAGE_POST;
        }
        return Optional.ofNullable(indicator).filter(i -> i.measure() == measure);
    }
}
