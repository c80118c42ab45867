package vn.congdoan.notification.officer;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

import vn.congdoan.notification.NotificationServiceTest;
import vn.congdoan.notification.SignedIn;
import vn.congdoan.units.UnitReplica;

@NotificationServiceTest
class OfficerApiIT {
    @Autowired
    RestTestClient http;
    @Autowired
    UnitReplica replica;
    /** This test's province; its staff manage the officers of the units below it. */
    final String province = "ldld-" + UUID.randomUUID();
    final String one = "cdcs-" + UUID.randomUUID();
    final String two = "cdcs-" + UUID.randomUUID();

    @BeforeEach
    void signIn() {
        SignedIn.branch(replica, province, one);
        SignedIn.branch(replica, province, two);
        http = SignedIn.staffOf(http, province);
    }

    /** A new unit below the province. */
    private String unit() {
        String unit = "cdcs-" + UUID.randomUUID();
        SignedIn.branch(replica, province, unit);
        return unit;
    }

    @Test
    void anOfficerIsRegisteredInVietnameseWithDefaultPreferencesAndCanBeReadBack() {
        String unit = unit();
        String location = http.post().uri("/api/officers").contentType(MediaType.APPLICATION_JSON)
                .body(officer("Trần Thị Hồng Nhung", unit, "CHAIR", "nhung." + unit + "@congdoan.vn")).exchange()
                .expectStatus().isCreated()
                .expectBody()
                .jsonPath("$.name").isEqualTo("Trần Thị Hồng Nhung")
                .jsonPath("$.language").isEqualTo("vi")
                .jsonPath("$.preferences.defaultChannels[0]").isEqualTo("IN_APP")
                .jsonPath("$.preferences.defaultChannels[1]").isEqualTo("EMAIL")
                .jsonPath("$.preferences.delivery").isEqualTo("IMMEDIATE")
                .returnResult().getResponseHeaders().getLocation().toString();

        http.get().uri(location).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.role").isEqualTo("CHAIR").jsonPath("$.unitId").isEqualTo(unit);
        http.get().uri("/api/officers?unitId={unit}", unit).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.total").isEqualTo(1).jsonPath("$.items[0].name").isEqualTo("Trần Thị Hồng Nhung");
    }

    @Test
    void anOfficerCanBeChangedAndRemoved() {
        String unit = unit();
        String id = create(officer("Lê Văn Tám", unit, "STAFF", "tam." + unit + "@congdoan.vn"));

        http.put().uri("/api/officers/{id}", id).contentType(MediaType.APPLICATION_JSON)
                .body(officer("Lê Văn Tám", unit, "VICE_CHAIR", "tam." + unit + "@congdoan.vn")).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.role").isEqualTo("VICE_CHAIR");
        http.delete().uri("/api/officers/{id}", id).exchange().expectStatus().isNoContent();
        http.get().uri("/api/officers/{id}", id).exchange().expectStatus().isNotFound();
    }

    @Test
    void aBadEmailIsRefusedNamingTheField() {
        http.post().uri("/api/officers").contentType(MediaType.APPLICATION_JSON)
                .body(officer("Phạm Văn Đồng", one, "STAFF", "not-an-email")).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("email");
    }

    @Test
    void anUnknownRoleIsRefusedNamingTheField() {
        http.post().uri("/api/officers").contentType(MediaType.APPLICATION_JSON)
                .body(officer("Phạm Văn Đồng", one, "PRESIDENT", "dong@congdoan.vn")).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("role");
    }

    @Test
    void anUnknownLanguageIsRefusedNamingTheField() {
        String body = officer("Phạm Văn Đồng", one, "STAFF", "dong2@congdoan.vn").replace("\"vi\"", "\"fr\"");
        http.post().uri("/api/officers").contentType(MediaType.APPLICATION_JSON).body(body).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("language");
    }

    @Test
    void aWebhookUrlThatIsNotHttpIsRefusedNamingTheField() {
        String body = officer("Phạm Văn Đồng", one, "STAFF", "dong3@congdoan.vn")
                .replace("}", ",\"webhookUrl\":\"ftp://hooks.congdoan.vn/x\"}");
        http.post().uri("/api/officers").contentType(MediaType.APPLICATION_JSON).body(body).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("webhookUrl");
    }

    @Test
    void aPlainHttpWebhookUrlIsRefusedUnlessItsHostIsAllowListed() {
        String unit = unit();
        String refused = officer("Phạm Văn Đồng", unit, "STAFF", "dong4." + unit + "@congdoan.vn")
                .replace("}", ",\"webhookUrl\":\"http://hooks.congdoan.vn/x\"}");
        http.post().uri("/api/officers").contentType(MediaType.APPLICATION_JSON).body(refused).exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("webhookUrl");
        importing("[" + refused + "]").expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("[0].webhookUrl");

        create(officer("Phạm Văn Đồng", unit, "STAFF", "dong5." + unit + "@congdoan.vn")
                .replace("}", ",\"webhookUrl\":\"http://127.0.0.1:9/x\"}"));
        create(officer("Phạm Văn Đồng", unit, "STAFF", "dong6." + unit + "@congdoan.vn")
                .replace("}", ",\"webhookUrl\":\"https://hooks.congdoan.vn/x\"}"));
    }

    @Test
    void aSecondOfficerWithTheSameEmailIsAConflict() {
        String email = "trung." + UUID.randomUUID() + "@congdoan.vn";
        create(officer("Đỗ Văn Trung", one, "STAFF", email));

        http.post().uri("/api/officers").contentType(MediaType.APPLICATION_JSON)
                .body(officer("Đỗ Văn Trung", two, "STAFF", email)).exchange()
                .expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("email");
    }

    @Test
    void aBulkImportCreatesThenUpdatesTheSameOfficersByEmail() {
        String unit = unit();
        String batch = "[" + officer("Nguyễn Thị Lan", unit, "CHAIR", "lan." + unit + "@congdoan.vn") + ","
                + officer("Hoàng Văn Hải", unit, "DEPARTMENT", "hai." + unit + "@congdoan.vn") + "]";

        importing(batch).expectStatus().isOk().expectBody()
                .jsonPath("$.created").isEqualTo(2).jsonPath("$.updated").isEqualTo(0);
        importing(batch).expectStatus().isOk().expectBody()
                .jsonPath("$.created").isEqualTo(0).jsonPath("$.updated").isEqualTo(2);
        http.get().uri("/api/officers?unitId={unit}", unit).exchange().expectBody().jsonPath("$.total").isEqualTo(2);
    }

    @Test
    void aBulkImportWithBadElementsStoresNothingAndNamesEachWrongFieldWithItsIndex() {
        String unit = unit();
        String batch = "[" + officer("Nguyễn Thị Lan", unit, "CHAIR", "lan." + unit + "@congdoan.vn") + ","
                + officer("Hoàng Văn Hải", unit, "STAFF", "khong-phai-email") + "]";

        importing(batch).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.errors[0].field").isEqualTo("[1].email");
        http.get().uri("/api/officers?unitId={unit}", unit).exchange().expectBody().jsonPath("$.total").isEqualTo(0);
    }

    @Test
    void aBulkImportWithAnUnknownRoleNamesTheElement() {
        String batch = "[" + officer("Nguyễn Thị Lan", one, "SECRETARY", "lan2@congdoan.vn") + "]";

        importing(batch).expectStatus().isBadRequest().expectBody().jsonPath("$.errors[0].field").isEqualTo("[0].role");
    }

    @Test
    void anOfficerChoosesChannelsPerKindQuietHoursAndADigest() {
        String id = create(officer("Vũ Thị Mai", one, "STAFF", "mai." + UUID.randomUUID() + "@congdoan.vn"));

        http.put().uri("/api/officers/{id}/preferences", id).contentType(MediaType.APPLICATION_JSON)
                .body("""
                        {"channels":{"TASK_DUE_SOON":["IN_APP"],"TASK_ESCALATED":["IN_APP","EMAIL"]},
                         "quietFrom":"22:00","quietTo":"06:30","delivery":"DAILY_DIGEST"}""").exchange()
                .expectStatus().isOk();

        http.get().uri("/api/officers/{id}/preferences", id).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.channels.TASK_DUE_SOON[0]").isEqualTo("IN_APP")
                .jsonPath("$.channels.TASK_ESCALATED[1]").isEqualTo("EMAIL")
                .jsonPath("$.quietHours.from").value(from -> org.assertj.core.api.Assertions.assertThat((String) from).startsWith("22:00"))
                .jsonPath("$.delivery").isEqualTo("DAILY_DIGEST");
    }

    @Test
    void anUnknownChannelInPreferencesIsRefusedNamingTheField() {
        String id = create(officer("Vũ Thị Mai", one, "STAFF", "mai." + UUID.randomUUID() + "@congdoan.vn"));

        http.put().uri("/api/officers/{id}/preferences", id).contentType(MediaType.APPLICATION_JSON)
                .body("{\"defaultChannels\":[\"PIGEON\"]}").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").value(field ->
                        org.assertj.core.api.Assertions.assertThat((String) field).startsWith("defaultChannels"));
    }

    @Test
    void aKindWithNoChannelListIsRefusedNamingTheField() {
        String id = create(officer("Vũ Thị Mai", one, "STAFF", "mai." + UUID.randomUUID() + "@congdoan.vn"));

        http.put().uri("/api/officers/{id}/preferences", id).contentType(MediaType.APPLICATION_JSON)
                .body("{\"channels\":{\"TASK_DUE\":null}}").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").value(field ->
                        org.assertj.core.api.Assertions.assertThat((String) field).startsWith("channels"));
    }

    @Test
    void theApiIsDescribedInOpenApi() {
        http.get().uri("/v3/api-docs").exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.paths['/api/officers/import'].post").exists()
                .jsonPath("$.paths['/api/officers/{id}/preferences'].put").exists()
                .jsonPath("$.paths['/api/officers/{officerId}/notifications'].get").exists()
                .jsonPath("$.paths['/api/officers/{officerId}/notifications/read'].post").exists();
    }

    private String create(String body) {
        String location = http.post().uri("/api/officers").contentType(MediaType.APPLICATION_JSON).body(body).exchange()
                .expectStatus().isCreated().expectBody().returnResult().getResponseHeaders().getLocation().toString();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private RestTestClient.ResponseSpec importing(String batch) {
        return http.post().uri("/api/officers/import").contentType(MediaType.APPLICATION_JSON).body(batch).exchange();
    }

    static String officer(String name, String unitId, String role, String email) {
        return """
                {"name":"%s","unitId":"%s","role":"%s","email":"%s","phone":"0912 345 678","language":"vi"}"""
                .formatted(name, unitId, role, email);
    }
}
