package vn.congdoan.plan.issuing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.congdoan.testsupport.Samples;
import vn.congdoan.testsupport.ServiceIntegrationTest;

/**
 * Before issuing an imported draft, its staff see the document it came from with the findings, and
 * how many units each task will reach on the issue date: the same count issuing then writes.
 */
@ServiceIntegrationTest
class PlanReachIT {
    private static final LocalDate ISSUED = LocalDate.of(2021, 8, 5);

    @Autowired
    RestTestClient http;

    @Test
    @SuppressWarnings("unchecked")
    void theReachOfEachTaskIsWhatIssuingThenAssigns() {
        SampleProvince province = SampleProvince.imported(http);
        http = province.staff(http);
        String planId = http.post()
                .uri("/api/plan-imports?filename=000.txt&issuingUnitId={unit}&number=46/KH-LĐLĐ&issueDate={d}",
                        province.ids.get("LDLD-BINHDINH"), ISSUED)
                .contentType(MediaType.TEXT_PLAIN).body(Samples.bytes(Samples.PROPAGANDA_PLAN_2021)).exchange()
                .expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody().get("planId").toString();

        Map<String, Object> document = http.get().uri("/api/plan-imports/{id}", planId).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        List<String> lines = (List<String>) document.get("lines");
        assertThat(lines.getFirst()).isEqualTo(" KẾ HOẠCH");
        assertThat(lines.get(57 - 1)).startsWith("Hàng năm, các cấp công đoàn chủ động");
        assertThat((List<Map<String, Object>>) document.get("findings"))
                .anySatisfy(f -> assertThat(f).containsEntry("code", "ASSUMED_DEADLINE_DAY").containsEntry("line", 57));

        Map<String, Object> reach = http.get().uri("/api/plans/{id}/reach", planId).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        long levels = province.openOn(ISSUED, "UPPER_GRASSROOTS") + province.openOn(ISSUED, "GRASSROOTS");
        List<Map<String, Object>> tasks = (List<Map<String, Object>>) reach.get("tasks");
        assertThat(tasks).hasSize(12);
        assertThat(tasks.get(1)).containsEntry("units", 1); // the department Ban Tuyên giáo - Nữ công
        assertThat(tasks.getLast()).containsEntry("units", (int) levels);

        Map<String, Object> issued = http.post().uri("/api/plans/{id}/issue", planId).exchange().expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();
        assertThat(((Number) issued.get("assignmentCount")).longValue()).isEqualTo(((Number) reach.get("assignments")).longValue());
    }

    @Test
    void aDocumentThatIsNotAPlanIsNotStoredAsADraft() {
        SampleProvince province = SampleProvince.imported(http);
        http = province.staff(http);
        http.post().uri("/api/plan-imports?filename=huong-dan.txt&issuingUnitId={unit}&number=01/HD&issueDate={d}",
                        province.ids.get("LDLD-BINHDINH"), ISSUED)
                .contentType(MediaType.TEXT_PLAIN).body("HƯỚNG DẪN\nTổ chức hội nghị người lao động năm 2026\n".getBytes())
                .exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("kind");
    }
}
