package vn.congdoan.plan.issuing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.congdoan.events.CloudEventHeaders;
import vn.congdoan.plan.schedule.DueDateSweep;
import vn.congdoan.testsupport.KafkaProbe;
import vn.congdoan.testsupport.Samples;
import vn.congdoan.testsupport.ServiceIntegrationTest;

/**
 * The federation's own document, imported, stored as a draft, issued and swept day by day, reminds
 * exactly like the same plan entered by hand ({@link SeedPlanRemindersIT}): the importer found the
 * department "Ban Tuyên giáo - Nữ công" in the directory and read every deadline phrase right.
 */
@ServiceIntegrationTest
class ImportedSeedPlanRoundTripIT {
    @Autowired
    RestTestClient http;
    @Autowired
    DueDateSweep sweep;

    @Test
    void importingThenIssuingSeedPlan000YieldsTheRemindersItsDeadlinesImply() {
        SampleProvince province = SampleProvince.imported(http);
        http = province.staff(http);
        String planId = http.post()
                .uri("/api/plan-imports?filename=000.txt&issuingUnitId={unit}&number=45/KH-LĐLĐ&issueDate=2021-08-05",
                        province.ids.get("LDLD-BINHDINH"))
                .contentType(MediaType.TEXT_PLAIN).body(Samples.bytes(Samples.PROPAGANDA_PLAN_2021)).exchange()
                .expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody().get("planId").toString();
        http.post().uri("/api/plans/{id}/issue", planId).exchange().expectStatus().isOk();

        List<String> reminders;
        try (KafkaProbe tasks = KafkaProbe.open("plan.tasks")) {
            for (LocalDate day = LocalDate.of(2021, 8, 5); !day.isAfter(LocalDate.of(2021, 9, 30)); day = day.plusDays(1)) {
                sweep.sweep(day);
            }
            reminders = tasks.drain(Duration.ofSeconds(3)).stream()
                    .map(r -> KafkaProbe.header(r, CloudEventHeaders.ID))
                    .filter(id -> id.startsWith("task-reminder:" + planId + ":"))
                    .map(id -> id.substring(id.indexOf(':', ("task-reminder:" + planId + ":").length()) + 1))
                    .toList();
        }

        String department = province.ids.get("BD-BAN-TGNC");
        List<String> expected = new ArrayList<>();
        expected.addAll(keys(department, "2021-08-31", -7, -3, -1, 0, 3, 6, 9, 12, 15, 18, 21, 24, 27, 30));
        expected.addAll(keys(department, "2021-09-30", -7, -3, -1, 0));
        expected.addAll(keys(department, "2021-09-30", -7, -3, -1, 0));
        expected.addAll(keys(department, "2021-08-31", -7, -3, -1, 0, 3, 6, 9, 12, 15, 18, 21, 24, 27));
        expected.addAll(keys(department, "2021-09-30", -7, -3, -1, 0));
        assertThat(reminders).containsExactlyInAnyOrderElementsOf(expected);
    }

    private static List<String> keys(String unit, String occurrence, int... offsets) {
        return IntStream.of(offsets).mapToObj(o -> unit + ":" + occurrence + "/" + (o > 0 ? "+" + o : o)).toList();
    }
}
