package vn.congdoan.plan.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The stored and wire shape of a rule: a {@code kind} discriminator and the record's components. */
class DeadlineRuleJsonTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void yearlyRuleIsWrittenWithItsKindAndDay() {
        String written = json.writeValueAsString(DeadlineRule.yearly(MonthDay.of(11, 30)));

        assertThat(written).isEqualTo("{\"kind\":\"YEARLY\",\"day\":\"--11-30\"}");
    }

    @Test
    void ruleWithoutComponentsIsJustItsKind() {
        assertThat(json.writeValueAsString(DeadlineRule.semiAnnual())).isEqualTo("{\"kind\":\"SEMI_ANNUAL\"}");
        assertThat(json.readValue("{\"kind\":\"ONGOING\"}", DeadlineRule.class)).isEqualTo(DeadlineRule.ongoing());
    }

    @Test
    void everyKindSurvivesARoundTrip() {
        DeadlineRule all = DeadlineRule.periodic(DeadlineRule.once(LocalDate.of(2021, 8, 31)),
                DeadlineRule.yearly(MonthDay.of(2, 29)), DeadlineRule.semiAnnual(), DeadlineRule.quarterly(),
                DeadlineRule.monthly(), DeadlineRule.ongoing(), DeadlineRule.periodic(DeadlineRule.monthly()));

        String written = json.writeValueAsString(all);

        assertThat(json.readValue(written, DeadlineRule.class)).isEqualTo(all);
        assertThat(written).contains("\"kind\":\"PERIODIC\"", "\"kind\":\"ONCE\"", "\"due\":\"2021-08-31\"",
                "\"kind\":\"QUARTERLY\"", "\"kind\":\"MONTHLY\"");
    }
}
