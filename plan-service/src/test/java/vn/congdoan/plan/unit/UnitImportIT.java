package vn.congdoan.plan.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.congdoan.events.CloudEventHeaders;
import vn.congdoan.plan.SignedIn;
import vn.congdoan.testsupport.ContractAssertions;
import vn.congdoan.testsupport.KafkaProbe;
import vn.congdoan.testsupport.ServiceIntegrationTest;

@ServiceIntegrationTest
class UnitImportIT {
    private static final String HEADER = "code,name,level,sector,parentCode,openedOn,closedOn\n";

    @Autowired
    RestTestClient http;
    UnitApi api;

    @BeforeEach
    void api() {
        api = new UnitApi(http);
        http = SignedIn.operator(http);
    }

    @Test
    void importsTheBinhDinhSampleOnceHoweverOftenItIsSent() throws IOException {
        byte[] sample = Files.readAllBytes(UnitCsvTest.sample());
        Set<String> sampleCodes = UnitCsv.parse(new String(sample, StandardCharsets.UTF_8)).stream()
                .map(r -> "\"code\":\"" + r.code() + "\"").collect(Collectors.toSet());
        try (KafkaProbe topic = KafkaProbe.open("plan.units")) {
            api.postCsv(sample).expectStatus().isOk().expectBody()
                    .jsonPath("$.rows").isEqualTo(52).jsonPath("$.created").isEqualTo(52)
                    .jsonPath("$.updated").isEqualTo(0).jsonPath("$.unchanged").isEqualTo(0);
            List<ConsumerRecord<String, byte[]>> records = awaitRecords(topic, 52,
                    r -> sampleCodes.stream().anyMatch(KafkaProbe.value(r)::contains));
            records.forEach(ContractAssertions::assertConformsToCatalogue);
            assertThat(records).map(KafkaProbe::value).anySatisfy(v -> assertThat(v).contains(
                    "\"name\":\"Công đoàn cơ sở Trường THCS Nhơn Hưng, thị xã An Nhơn\"", "\"sector\":\"PUBLIC_SECTOR\""));
        }
        api.postCsv(sample).expectStatus().isOk().expectBody()
                .jsonPath("$.created").isEqualTo(0).jsonPath("$.unchanged").isEqualTo(52);

        UnitApi sampleStaff = api.staffOf("TLD");
        Map<String, Object> province = sampleStaff.byCode("LDLD-BINHDINH");
        assertThat(province).containsEntry("name", "Liên đoàn Lao động tỉnh Bình Định").containsEntry("version", 1);
        assertThat(sampleStaff.page("/api/units/{id}/subtree", province.get("id"))).containsEntry("totalItems", 51);
        assertThat(sampleStaff.byCode("CDCS-0021")).containsEntry("closedOn", "2023-12-31");
    }

    @Test
    void importsAThousandUnitsOfAProvinceInOneCall() {
        String csv = generatedProvince(1_000);
        try (KafkaProbe topic = KafkaProbe.open("plan.units")) {
            long started = System.nanoTime();
            Map<String, Object> result = api.importCsv(csv);
            long imported = System.nanoTime();
            assertThat(result).containsEntry("rows", 1000).containsEntry("created", 1000);
            String ours = "-" + api.suffix + "\"";
            List<ConsumerRecord<String, byte[]>> records = awaitRecords(topic, 1000, r -> KafkaProbe.value(r).contains(ours));
            System.out.printf("[units] imported 1000 units in %d ms; 1000 UnitChanged on plan.units after %d ms%n",
                    (imported - started) / 1_000_000, (System.nanoTime() - started) / 1_000_000);
            assertThat(records.stream().map(ConsumerRecord::key).distinct()).hasSize(1000);
            ContractAssertions.assertConformsToCatalogue(records.get(999));
        }
        UnitApi generatedStaff = api.staffOf(api.code("TLD-G"));
        Map<String, Object> province = generatedStaff.byCode(api.code("LDLD-P"));
        assertThat(generatedStaff.page("/api/units/{id}/subtree?size=1", province.get("id"))).containsEntry("totalItems", 999);
        assertThat(api.importCsv(csv)).containsEntry("unchanged", 1000).containsEntry("created", 0);
    }

    @Test
    @SuppressWarnings("unchecked")
    void refusesAFileWithErrorsListingEveryOneAndWritingNothing() {
        String csv = HEADER
                + "%1$s,Liên đoàn Lao động tỉnh Phú Yên,PROVINCIAL,,%2$s,1989-07-01,\n"
                + "%3$s,Công đoàn cơ sở Công ty May Tuy Hòa,GRASSROOTS,ENTERPRISE,%1$s,2010-01-01,\n"
                + "%3$s,Công đoàn cơ sở Công ty May Sông Cầu,GRASSROOTS,ENTERPRISE,%1$s,2010-01-01,\n"
                + "%4$s,Công đoàn cơ sở Trường THPT Lương Văn Chánh,GRASSROOTS,,%1$s,2010-01-01,2009-01-01\n"
                + "%5$s,Công đoàn cơ sở Bệnh viện,GRASSROOTS,PUBLIC_SECTOR,KHONG-CO,2010-13-01,\n";
        String province = api.code("LDLD-PY");
        String tld = api.national().get("code").toString();
        http.post().uri("/api/units/import").contentType(MediaType.parseMediaType("text/csv"))
                .body(String.format(csv, province, tld, api.code("CDCS-1"), api.code("CDCS-2"), api.code("CDCS-3"))
                        .getBytes(StandardCharsets.UTF_8))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.title").isEqualTo("Import refused")
                .jsonPath("$.errors[*]").value(errors -> assertThat((List<Map<String, Object>>) errors)
                        .extracting(e -> e.get("row") + ":" + e.get("field"))
                        .containsExactly("4:code", "5:sector", "5:closedOn", "6:openedOn", "6:parentCode"));
        assertThat(api.byCode(province)).isNull();
        assertThat(api.byCode(api.code("CDCS-1"))).isNull();
    }

    @Test
    void importsJsonAndUpdatesOnlyTheRowsThatChanged() {
        Map<String, Object> tld = api.national();
        List<Map<String, Object>> rows = List.of(
                Map.of("code", api.code("CDCS-7"), "name", "Công đoàn cơ sở Bệnh viện Đa khoa tỉnh", "level", "GRASSROOTS",
                        "sector", "PUBLIC_SECTOR", "parentCode", api.code("CDN-YTE"), "openedOn", "1990-05-01"),
                Map.of("code", api.code("CDN-YTE"), "name", "Công đoàn ngành Y tế", "level", "UPPER_GRASSROOTS",
                        "parentCode", api.code("LDLD-BD"), "openedOn", "1990-03-15"),
                Map.of("code", api.code("LDLD-BD"), "name", "Liên đoàn Lao động tỉnh Bình Định", "level", "PROVINCIAL",
                        "parentCode", tld.get("code"), "openedOn", "1989-07-01"));
        api.post("/api/units/import", rows).expectStatus().isOk().expectBody().jsonPath("$.created").isEqualTo(3);

        List<Map<String, Object>> renamed = List.of(rows.get(1), rows.get(2), Map.of("code", api.code("CDCS-7"),
                "name", "Công đoàn cơ sở Bệnh viện Đa khoa tỉnh Bình Định", "level", "GRASSROOTS", "sector", "PUBLIC_SECTOR",
                "parentCode", api.code("CDN-YTE"), "openedOn", "1990-05-01"));
        api.post("/api/units/import", renamed).expectStatus().isOk().expectBody()
                .jsonPath("$.updated").isEqualTo(1).jsonPath("$.unchanged").isEqualTo(2);
        assertThat(api.byCode(api.code("CDCS-7"))).containsEntry("version", 2)
                .containsEntry("name", "Công đoàn cơ sở Bệnh viện Đa khoa tỉnh Bình Định");

        api.post("/api/units/import", List.of(Map.of("code", api.code("CDCS-8"), "name", "Công ty", "level", "GRASSROOTS",
                        "parentCode", api.code("CDN-YTE"), "openedOn", "2020-01-01")))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].row").isEqualTo(1)
                .jsonPath("$.errors[0].field").isEqualTo("sector");
    }

    @Test
    void anImportThatMovesABranchCarriesItsDescendantsAlong() {
        String tld = api.national().get("code").toString();
        String csv = HEADER + String.join("\n",
                "%1$s,Liên đoàn Lao động tỉnh Bình Định,PROVINCIAL,,%4$s,1989-07-01,",
                "%2$s,Liên đoàn Lao động tỉnh Gia Lai,PROVINCIAL,,%4$s,1989-07-01,",
                "%3$s,Liên đoàn Lao động thị xã An Nhơn,UPPER_GRASSROOTS,,%1$s,2011-06-01,",
                "%5$s,Công đoàn cơ sở Công ty TNHH May Nhơn Hòa,GRASSROOTS,ENTERPRISE,%3$s,2013-04-01,") + "\n";
        String[] codes = {api.code("LDLD-BD"), api.code("LDLD-GL"), api.code("LDLD-AN"), tld, api.code("CDCS-34")};
        api.importCsv(String.format(csv, (Object[]) codes));

        String moved = HEADER + String.format("%s,Liên đoàn Lao động thị xã An Nhơn,UPPER_GRASSROOTS,,%s,2011-06-01,\n",
                codes[2], codes[1]);
        assertThat(api.importCsv(moved)).containsEntry("updated", 1);
        Map<String, Object> giaLai = api.byCode(codes[1]);
        Map<String, Object> company = api.byCode(codes[4]);
        assertThat((List<Object>) company.get("ancestors")).contains(giaLai.get("id"));
        assertThat(company).containsEntry("version", 2);
    }

    private String generatedProvince(int units) {
        StringBuilder csv = new StringBuilder("\uFEFF" + HEADER.replace("\n", "\r\n"));
        String tld = api.code("TLD-G");
        String province = api.code("LDLD-P");
        csv.append(tld).append(",Tổng Liên đoàn Lao động Việt Nam,NATIONAL,,,1929-07-28,\r\n");
        csv.append(province).append(",Liên đoàn Lao động tỉnh Bình Định,PROVINCIAL,,").append(tld).append(",1989-07-01,\r\n");
        for (int i = 1; i <= 10; i++) {
            csv.append(api.code("LDLD-H" + i)).append(",Liên đoàn Lao động huyện số ").append(i)
                    .append(",UPPER_GRASSROOTS,,").append(province).append(",1990-01-01,\r\n");
        }
        for (int i = 1; i <= units - 12; i++) {
            String sector = i % 3 == 0 ? "PUBLIC_SECTOR" : "ENTERPRISE";
            csv.append(api.code(String.format("CDCS-%04d", i))).append(",\"Công đoàn cơ sở Công ty số ").append(i)
                    .append(", Khu công nghiệp Phú Tài\",GRASSROOTS,").append(sector).append(',')
                    .append(api.code("LDLD-H" + (i % 10 + 1))).append(",2005-01-01,\r\n");
        }
        return csv.toString();
    }

    private static List<ConsumerRecord<String, byte[]>> awaitRecords(KafkaProbe topic, int count,
                                                                     java.util.function.Predicate<ConsumerRecord<String, byte[]>> which) {
        await().atMost(Duration.ofSeconds(60)).until(() -> topic.drain(Duration.ofMillis(300)).stream()
                .filter(which).map(ConsumerRecord::key).collect(Collectors.toSet()).size() >= count);
        return topic.drain(Duration.ZERO).stream().filter(which).toList();
    }
}
