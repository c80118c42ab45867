package vn.congdoan.plan.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.congdoan.contracts.EventType;
import vn.congdoan.events.CloudEventHeaders;
import vn.congdoan.plan.SignedIn;
import vn.congdoan.testsupport.ContractAssertions;
import vn.congdoan.testsupport.KafkaProbe;
import vn.congdoan.testsupport.ServiceIntegrationTest;

@ServiceIntegrationTest
class UnitDirectoryIT {
    @Autowired
    RestTestClient http;
    UnitApi api;
    Map<String, Object> tld;

    @BeforeEach
    void nationalUnit() {
        api = new UnitApi(http);
        tld = api.national();
        http = SignedIn.staffOf(http, api.code("TLD"));
    }

    @Test
    void createsAUnitAndPublishesItsFullStateWithItsVietnameseNameIntact() {
        try (KafkaProbe units = KafkaProbe.open("plan.units")) {
            Map<String, Object> province = api.create(Map.of("code", api.code("ldld-binhdinh"),
                    "name", "Liên đoàn Lao động tỉnh Bình Định", "level", "PROVINCIAL", "parentId", tld.get("id"),
                    "openedOn", "1989-07-01"));
            Object id = province.get("id");

            assertThat(api.get(id)).containsEntry("code", api.code("LDLD-BINHDINH"))
                    .containsEntry("name", "Liên đoàn Lao động tỉnh Bình Định")
                    .containsEntry("ancestors", List.of(tld.get("id"))).containsEntry("version", 1);
            ConsumerRecord<String, byte[]> changed = units.awaitRecord(r -> id.equals(r.key()));
            assertThat(ContractAssertions.assertConformsToCatalogue(changed)).isEqualTo(EventType.UNIT_CHANGED);
            assertThat(KafkaProbe.header(changed, CloudEventHeaders.ID)).isEqualTo(id + ":1");
            assertThat(KafkaProbe.value(changed)).contains("\"name\":\"Liên đoàn Lao động tỉnh Bình Định\"",
                    "\"level\":\"PROVINCIAL\"", "\"ancestors\":[\"" + tld.get("id") + "\"]", "\"version\":1");
        }
    }

    @Test
    void listsUnitsByParentLevelAndCodePageByPage() {
        Map<String, Object> city = api.create("LDLD-QUYNHON", "Liên đoàn Lao động thành phố Quy Nhơn", "UPPER_GRASSROOTS",
                api.create("LDLD-BD", "Liên đoàn Lao động tỉnh Bình Định", "PROVINCIAL", tld));
        for (int i = 1; i <= 5; i++) {
            api.create("CDCS-000" + i, "Công đoàn cơ sở Trường Tiểu học số " + i, "GRASSROOTS", city);
        }
        Map<String, Object> second = api.page("/api/units?parentId={p}&level=GRASSROOTS&page=1&size=2", city.get("id"));
        assertThat(second).containsEntry("page", 1).containsEntry("size", 2).containsEntry("totalItems", 5)
                .containsEntry("totalPages", 3);
        assertThat(codes(second)).containsExactly(api.code("CDCS-0003"), api.code("CDCS-0004"));
        assertThat(api.byCode(api.code("cdcs-0005"))).containsEntry("name", "Công đoàn cơ sở Trường Tiểu học số 5");
        http.get().uri("/api/units?size=0").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("size");
        http.get().uri("/api/units?level=TINH").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("level");
        Map<String, Object> subtree = api.page("/api/units/{id}/subtree?size=10", city.get("id"));
        assertThat(subtree).containsEntry("totalItems", 6);
        assertThat(codes(subtree).get(0)).isEqualTo(api.code("LDLD-QUYNHON"));
    }

    @Test
    void findsUnitsByPartOfTheirNameInAnyCaseOrByTheStartOfTheirCode() {
        Map<String, Object> province = api.create("LDLD-PY", "Liên đoàn Lao động tỉnh Phú Yên", "PROVINCIAL", tld);
        Map<String, Object> city = api.create("LDLD-TUYHOA", "Liên đoàn Lao động thành phố Tuy Hòa", "UPPER_GRASSROOTS", province);
        api.create("CDCS-MAY", "Công đoàn cơ sở Công ty May Tuy Hòa", "GRASSROOTS", city);
        api.create("CDCS-CANG", "Công đoàn cơ sở Cảng Vũng Rô (a+b)", "GRASSROOTS", city);

        assertThat(codes(api.page("/api/units?q={q}", "tuy hòa"))).as("the name, any case, diacritics as written")
                .containsExactly(api.code("CDCS-MAY"), api.code("LDLD-TUYHOA"));
        assertThat(codes(api.page("/api/units?q={q}", "cdcs-ca"))).as("the start of a code")
                .containsExactly(api.code("CDCS-CANG"));
        assertThat(codes(api.page("/api/units?q={q}", "(a+b)"))).as("the query is text, not a pattern")
                .containsExactly(api.code("CDCS-CANG"));
        assertThat(codes(api.page("/api/units?q={q}&level=UPPER_GRASSROOTS", "Tuy"))).containsExactly(api.code("LDLD-TUYHOA"));
        http.get().uri("/api/units?q=").exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("q");
    }

    @Test
    @SuppressWarnings("unchecked")
    void refusesBadInputNamingEveryWrongField() {
        api.post("/api/units", Map.of("code", "CĐCS 1", "level", "GRASSROOTS", "openedOn", "2020-01-01"))
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.errors[*].field").value(f -> assertThat((List<Object>) f).contains("code", "name"));
        api.post("/api/units", Map.of("code", api.code("CDCS-9"), "name", "Công ty May", "level", "GRASSROOTS",
                        "parentId", tld.get("id"), "openedOn", "2020-01-01", "closedOn", "2019-12-31"))
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[*].field").value(f -> assertThat((List<Object>) f)
                        .containsExactlyInAnyOrder("sector", "closedOn"));
        api.post("/api/units", Map.of("code", api.code("LDLD-X"), "name", "LĐLĐ X", "level", "PROVINCIAL",
                        "parentId", "khong-co", "openedOn", "2020-01-01"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("parentId");
        api.post("/api/units", Map.of("code", api.code("LDLD-Y"), "name", "LĐLĐ Y", "level", "TINH",
                        "parentId", tld.get("id"), "openedOn", "2020-01-01"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("level");
    }

    @Test
    void aDuplicateCodeIsAConflictAndAnUnknownUnitIsNotFound() {
        api.post("/api/units", Map.of("code", tld.get("code").toString().toLowerCase(), "name", "Tổng Liên đoàn",
                        "level", "PROVINCIAL", "parentId", tld.get("id"), "openedOn", "1929-07-28"))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.errors[0].field").isEqualTo("code");
        http.get().uri("/api/units/khong-co").exchange().expectStatus().isNotFound();
        api.post("/api/units/khong-co/close", Map.of("closedOn", "2025-06-30")).expectStatus().isNotFound();
    }

    @Test
    void renamingBumpsTheVersionAndPublishesTheNewName() {
        Map<String, Object> province = api.create("LDLD-GL", "Liên đoàn Lao động tỉnh Gia Lai", "PROVINCIAL", tld);
        try (KafkaProbe units = KafkaProbe.open("plan.units")) {
            http.put().uri("/api/units/{id}", province.get("id")).contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("name", "Liên đoàn Lao động tỉnh Gia Lai (mới)", "openedOn", "1990-01-01"))
                    .exchange().expectStatus().isOk().expectBody().jsonPath("$.version").isEqualTo(2);
            ConsumerRecord<String, byte[]> changed = units.awaitRecord(
                    KafkaProbe.withHeader(CloudEventHeaders.ID, province.get("id") + ":2"));
            ContractAssertions.assertConformsToCatalogue(changed);
            assertThat(KafkaProbe.value(changed)).contains("Liên đoàn Lao động tỉnh Gia Lai (mới)");
        }
    }

    @Test
    void closingAUnitWithOpenChildrenIsAConflictNamingThem() {
        Map<String, Object> district = api.create("LDLD-TUYPHUOC", "Liên đoàn Lao động huyện Tuy Phước",
                "UPPER_GRASSROOTS", api.create("LDLD-BD2", "Liên đoàn Lao động tỉnh Bình Định", "PROVINCIAL", tld));
        Map<String, Object> school = api.create("CDCS-0037", "Công đoàn cơ sở Trường Tiểu học số 1 Diêu Trì",
                "GRASSROOTS", district);

        api.post("/api/units/{id}/close", Map.of("closedOn", "2025-06-30"), district.get("id"))
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("closedOn")
                .jsonPath("$.detail").value(d -> assertThat(d.toString()).contains(api.code("CDCS-0037")));
        api.post("/api/units/{id}/close", Map.of("closedOn", "1980-01-01"), school.get("id"))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("closedOn");
        api.post("/api/units/{id}/close", Map.of("closedOn", "2025-06-30"), school.get("id")).expectStatus().isOk();
        api.post("/api/units/{id}/close", Map.of("closedOn", "2025-06-30"), district.get("id"))
                .expectStatus().isOk().expectBody().jsonPath("$.closedOn").isEqualTo("2025-06-30");
        api.post("/api/units/{id}/close", Map.of("closedOn", "2025-07-01"), district.get("id"))
                .expectStatus().isEqualTo(409);
    }

    @SuppressWarnings("unchecked")
    static List<String> codes(Map<String, Object> page) {
        return ((List<Map<String, Object>>) page.get("items")).stream().map(u -> u.get("code").toString()).toList();
    }
}
