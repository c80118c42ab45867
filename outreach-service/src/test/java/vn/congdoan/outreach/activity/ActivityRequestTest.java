package vn.congdoan.outreach.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import vn.congdoan.contracts.outreach.ActivityForm;

/** What an activity request must be before any other data is looked at: its constraints, as Bean Validation reads them. */
class ActivityRequestTest {
    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

    @AfterAll
    static void close() {
        VALIDATION.close();
    }

    @Test
    void aWellFormedActivityHasNoViolation() {
        assertThat(fieldsWrongIn(new ActivityRequest("u", null, null, ActivityForm.FANPAGE_POST, "Tin bài",
                LocalDate.of(2026, 3, 2), null, null, null, new ActivityRequest.Reach(1200L, 30L, 85L),
                List.of(" https://facebook.com/congdoan/posts/1 ", "http://ldld.vn/tin?id=3#anh"), null, null))).isEmpty();
    }

    @Test
    void everyMalformedFieldIsNamedAtOnce() {
        ActivityRequest request = new ActivityRequest("u", null, null, ActivityForm.UNION_MEETING, " ",
                LocalDate.of(2026, 1, 10), LocalDate.of(2026, 1, 9), "x".repeat(1_001), new ActivityRequest.Counts(-1L, null, -2L),
                new ActivityRequest.Reach(null, -5L, null),
                List.of("https://congdoan.vn/a", "javascript:alert(1)", "ftp://congdoan.vn/b", "https:///no-host", "congdoan.vn"),
                null, null);

        assertThat(fieldsWrongIn(request)).containsExactlyInAnyOrder("title", "endDate", "audience", "attendance.members",
                "attendance.officers", "reach.shares", "evidence[1].<list element>", "evidence[2].<list element>",
                "evidence[3].<list element>", "evidence[4].<list element>");
    }

    @Test
    void whatEveryActivityNeedsIsRequired() {
        assertThat(fieldsWrongIn(new ActivityRequest(null, null, null, null, null, null, null, null, null, null, null, null,
                null))).containsExactlyInAnyOrder("unitId", "form", "title", "startDate");
        assertThat(fieldsWrongIn(new ActivityRequest("u", null, null, ActivityForm.SEMINAR, "Tọa đàm", LocalDate.of(2026, 3, 2),
                null, null, null, null, Collections.nCopies(51, "https://congdoan.vn"), null, null))).containsExactly("evidence");
    }

    private static List<String> fieldsWrongIn(ActivityRequest request) {
        Set<ConstraintViolation<ActivityRequest>> violations = VALIDATION.getValidator().validate(request);
        return violations.stream().map(v -> v.getPropertyPath().toString()).toList();
    }
}
