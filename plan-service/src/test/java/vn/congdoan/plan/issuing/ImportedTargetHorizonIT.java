package vn.congdoan.plan.issuing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.congdoan.contracts.EventType;
import vn.congdoan.testsupport.ContractAssertions;
import vn.congdoan.testsupport.KafkaProbe;
import vn.congdoan.testsupport.ServiceIntegrationTest;

/**
 * A national plan whose targets are written in its "Mục đích" with a horizon and a qualifier (Kế hoạch
 * 135/KH-TLĐ of the corpus), imported, stored and issued: the stored targets and the published plan keep
 * the absolute count, the day the horizon ends and the qualifier, and the event still conforms to the
 * catalogue.
 */
@ServiceIntegrationTest
class ImportedTargetHorizonIT {
    @Autowired
    RestTestClient http;

    @Test
    void anImportedTargetKeepsItsCountHorizonAndQualifierIntoTheStoredAndPublishedPlan() {
        SampleProvince province = SampleProvince.imported(http);
        http = province.staff(http);
        String planId = http.post()
                .uri("/api/plan-imports?filename=135.txt&issuingUnitId={unit}&number=135/KH-TLĐ&issueDate=2021-09-24",
                        province.ids.get("LDLD-BINHDINH"))
                .contentType(MediaType.TEXT_PLAIN).body(corpus("002-tld-135-phat-trien-doan-vien.txt")).exchange()
                .expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody().get("planId").toString();

        http.get().uri("/api/plans/{id}", planId).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.content.targets[0].measure").isEqualTo("COUNT")
                .jsonPath("$.content.targets[0].threshold").isEqualTo(12000000)
                .jsonPath("$.content.targets[0].dueBy").isEqualTo("2023-12-31")
                .jsonPath("$.content.targets[0].horizon").isEqualTo("đến hết năm 2023")
                .jsonPath("$.content.targets[1].measure").isEqualTo("PERCENT_OF_UNITS")
                .jsonPath("$.content.targets[1].qualifier").isEqualTo("có từ 25 lao động trở lên")
                .jsonPath("$.content.targets[1].dueBy").isEqualTo("2023-12-31");

        try (KafkaProbe plans = KafkaProbe.open("plan.plans")) {
            http.post().uri("/api/plans/{id}/issue", planId).exchange().expectStatus().isOk();
            ConsumerRecord<String, byte[]> issued = plans.awaitRecord(r -> planId.equals(r.key()));
            assertThat(ContractAssertions.assertConformsToCatalogue(issued)).isEqualTo(EventType.PLAN_ISSUED);
            assertThat(KafkaProbe.value(issued)).contains("\"dueBy\":\"2023-12-31\"", "\"horizon\":\"đến hết năm 2023\"",
                    "\"qualifier\":\"có từ 25 lao động trở lên\"", "\"measure\":\"COUNT\"");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void aHorizonThatEndsBeforeTheIssueDateGivesNoDayToJudgeByAndAFinding() {
        SampleProvince province = SampleProvince.imported(http);
        http = province.staff(http);
        Map<String, Object> imported = http.post()
                .uri("/api/plan-imports?filename=135.txt&issuingUnitId={unit}&number=135/KH-TLĐ&issueDate=2024-03-01",
                        province.ids.get("LDLD-BINHDINH"))
                .contentType(MediaType.TEXT_PLAIN).body(corpus("002-tld-135-phat-trien-doan-vien.txt")).exchange()
                .expectStatus().isOk()
                .expectBody(Map.class).returnResult().getResponseBody();

        assertThat((List<Map<String, Object>>) imported.get("findings"))
                .filteredOn(finding -> "HORIZON_BEFORE_ISSUE".equals(finding.get("code")))
                .extracting(finding -> finding.get("text")).containsExactly("đến hết năm 2023", "đến hết năm 2023");
        http.get().uri("/api/plans/{id}", imported.get("planId")).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.content.targets[0].dueBy").doesNotExist()
                .jsonPath("$.content.targets[0].horizon").isEqualTo("đến hết năm 2023");
    }

    private static byte[] corpus(String name) {
        try (InputStream in = ImportedTargetHorizonIT.class.getResourceAsStream("/corpus/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
