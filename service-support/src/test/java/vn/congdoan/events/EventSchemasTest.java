package vn.congdoan.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import vn.congdoan.contracts.EventType;

/** The catalogue's examples are valid payloads, and a schema that refers to another resolves it from the classpath. */
class EventSchemasTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyExampleInTheCatalogueConformsToItsSchema() throws IOException {
        JsonNode asyncApi;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("asyncapi.yaml")) {
            asyncApi = new YAMLMapper().readTree(in);
        }
        int checked = 0;
        for (JsonNode message : asyncApi.get("components").get("messages")) {
            EventType type = EventType.ofCeType(message.get("name").asString()).orElseThrow();
            for (JsonNode example : message.path("examples")) {
                assertThat(EventSchemas.violations(type, json.writeValueAsString(example.get("payload"))))
                        .as("example of %s", type).isEmpty();
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(4);
    }

    @Test
    void aPlanIssuedTargetMayCarryAHorizonAndAQualifierAndAnOlderOneWithoutThemStillConforms() {
        String plan = """
                {"planId":"p","revision":1,"number":"135/KH-TLĐ","issuingUnitId":"u","issueDate":"2021-09-24",
                 "title":"Phát triển đoàn viên","tasks":[],"assignmentCount":0,"targets":[%s]}""";
        String older = """
                {"id":"c1","metric":"đoàn viên","comparator":"GTE","threshold":90,"measure":"PERCENT_OF_MEMBERS","period":"YEARLY"}""";
        String dated = """
                {"id":"c2","metric":"đoàn viên","comparator":"GTE","threshold":12000000,"measure":"COUNT","period":"PLAN",
                 "dueBy":"2023-12-31","horizon":"đến hết năm 2023","qualifier":"có từ 25 lao động trở lên"}""";
        String undated = """
                {"id":"c3","metric":"đoàn viên","comparator":"GTE","threshold":90,"measure":"PERCENT_OF_MEMBERS","period":"PLAN",
                 "dueBy":null,"horizon":"trong nhiệm kỳ","qualifier":null}""";
        String wrong = """
                {"id":"c4","metric":"đoàn viên","comparator":"GTE","threshold":1,"measure":"COUNT","period":"PLAN","dueBy":2023}""";

        assertThat(EventSchemas.violations(EventType.PLAN_ISSUED, plan.formatted(older + "," + dated + "," + undated))).isEmpty();
        assertThat(EventSchemas.violations(EventType.PLAN_ISSUED, plan.formatted(wrong)))
                .anySatisfy(v -> assertThat(v).contains("/targets/0/dueBy"));
    }

    @Test
    void aTargetVerdictIsCheckedAgainstThePlansTargetDefinition() {
        String verdict = """
                {"evaluationId":"p:c1:u:2026","planId":"p","ownerUnitId":"u","unitId":"u","period":"2026",
                 "periodEnd":"2026-12-31","numerator":1,"denominator":2,"value":50.0,"evaluatedAt":"2027-01-01T00:00:00Z",
                 "target":{"id":"c1","metric":"ĐVNLĐ học tập","comparator":"AT_LEAST","threshold":90,
                           "measure":"PERCENT_OF_MEMBERS","period":"YEARLY"}}""";
        assertThat(EventSchemas.violations(EventType.TARGET_MISSED, verdict))
                .anySatisfy(v -> assertThat(v).contains("/target/comparator"));
    }
}
