package vn.congdoan.plan.imports;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.congdoan.plan.SignedIn;
import vn.congdoan.testsupport.Samples;
import vn.congdoan.testsupport.ServiceIntegrationTest;

@ServiceIntegrationTest
class PlanImportIT {
    @Autowired
    RestTestClient http;

    /** Reading a document stores nothing: any unit's staff may. */
    @BeforeEach
    void signIn() {
        http = SignedIn.staffOf(http, "LDLD-BINHDINH");
    }

    @Test
    void readsTheSeedPlanIntoADraftWithItsTargetsTasksAndFindings() {
        http.post().uri("/api/plan-imports?filename=000_a83a5adc1c0b5727.txt")
                .contentType(MediaType.TEXT_PLAIN).body(Samples.bytes(Samples.PROPAGANDA_PLAN_2021)).exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.draft.targets.length()").isEqualTo(4)
                .jsonPath("$.draft.targets[0].comparator").isEqualTo("GT")
                .jsonPath("$.draft.signer.name").isEqualTo("Nguyễn Mạnh Hùng")
                .jsonPath("$.draft.tasks[?(@.deadlinePhrase == 'Hoàn thành trong tháng 8/2021')].deadline.due")
                .isEqualTo("2021-08-31")
                .jsonPath("$.findings[?(@.code == 'MISSING_NUMBER')]").exists();
    }

    @Test
    void aLegacyWordFileIsRefusedSayingWhatToDo() {
        byte[] doc = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        http.post().uri("/api/plan-imports?filename=ke-hoach.doc").contentType(MediaType.APPLICATION_OCTET_STREAM)
                .body(doc).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("body");
    }

    @Test
    void anEmptyDocumentIsRefused() {
        http.post().uri("/api/plan-imports").contentType(MediaType.TEXT_PLAIN).body(new byte[0]).exchange()
                .expectStatus().isBadRequest();
    }
}
