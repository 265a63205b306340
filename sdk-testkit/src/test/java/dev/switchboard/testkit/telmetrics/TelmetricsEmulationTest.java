package dev.switchboard.testkit.telmetrics;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.testkit.RestCalls;
import dev.switchboard.testkit.RestCalls.Answer;
import dev.switchboard.testkit.Sandbox;
import dev.switchboard.testkit.SandboxCredentials;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TelmetricsEmulationTest {

    static Sandbox sandbox;
    static RestCalls api;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.start();
        api = new RestCalls(sandbox.telmetricsBaseUrl(), "x-organization-token", SandboxCredentials.TELMETRICS_TOKEN);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @BeforeEach
    void reset() {
        sandbox.reset();
    }

    @Test
    void authHeaderIsRequiredAndCaseInsensitive() {
        RestCalls none = new RestCalls(sandbox.telmetricsBaseUrl());
        Answer rejected = none.get("/groups");
        assertThat(rejected.status()).isEqualTo(401);
        assertThat(rejected.json().get("message").asText()).isNotBlank();
        assertThat(none.with("x-organization-token", "wrong").get("/groups").status()).isEqualTo(401);
        assertThat(none.with("Authorization", "Bearer " + SandboxCredentials.TELMETRICS_TOKEN).get("/groups").status())
                .isEqualTo(401);
        assertThat(none.with("X-Organization-Token", SandboxCredentials.TELMETRICS_TOKEN).get("/groups").status())
                .isEqualTo(200);
        assertThat(none.with("X-ORGANIZATION-TOKEN", SandboxCredentials.TELMETRICS_TOKEN).get("/groups?pagesize=1").status())
                .isEqualTo(200);
    }

    @Test
    void listDefaultsToOneMaxSizedPage() {
        JsonNode body = api.get("/groups").json();
        assertThat(body.get("results")).hasSize(TelmetricsEmulation.SEEDED_GROUPS);
        JsonNode paging = body.get("paging");
        assertThat(paging.get("pageNumber").asInt()).isEqualTo(1);
        assertThat(paging.get("pageSize").asInt()).isEqualTo(TelmetricsEmulation.MAX_PAGE_SIZE);
        assertThat(paging.get("total").asInt()).isEqualTo(250);
        assertThat(api.get("/groups?pagesize=20000").json().get("paging").get("pageSize").asInt()).isEqualTo(10_000);
    }

    @Test
    void pagesCoverEveryGroupOnceWithEitherParameterCasing() {
        Set<Long> ids = new HashSet<>();
        int total = -1;
        for (int page = 1; page <= 3; page++) {
            String q = page % 2 == 0 ? "?pageSize=100&pageNumber=" + page : "?pagesize=100&pagenumber=" + page;
            JsonNode body = api.get("/groups" + q).json();
            total = body.get("paging").get("total").asInt();
            assertThat(body.get("paging").get("pageNumber").asInt()).isEqualTo(page);
            assertThat(body.get("results")).hasSize(page < 3 ? 100 : 50);
            body.get("results").forEach(g -> assertThat(ids.add(g.get("id").asLong())).isTrue());
        }
        assertThat(ids).hasSize(total).hasSize(250);
        assertThat(api.get("/groups?pagesize=100&pagenumber=4").json().get("results")).isEmpty();
        assertThat(api.get("/groups?pagesize=0").status()).isEqualTo(400);
        assertThat(api.get("/groups?pagenumber=abc").status()).isEqualTo(400);
    }

    @Test
    void seededGroupShape() {
        JsonNode g = api.get("/groups/" + TelmetricsEmulation.FIRST_GROUP_ID).json();
        assertThat(g.get("id").asLong()).isEqualTo(TelmetricsEmulation.FIRST_GROUP_ID);
        assertThat(TelmetricsEmulation.TIME_ZONES).contains(g.get("time_zone").asText());
        assertThat(g.get("rich_data_type").asText()).isIn("Basic", "Rich");
        assertThat(g.get("status").asText()).isIn("Active", "Cancelled");
        assertThat(g.get("tracking_javascript").asText()).contains("<script");
        assertThat(g.has("group_owner_id")).isFalse();
        assertThat(g.get("created_datetime").asText()).doesNotEndWith("Z").doesNotContain("+");
        LocalDateTime.parse(g.get("created_datetime").asText());
        assertThat(api.get("/groups/" + (TelmetricsEmulation.FIRST_GROUP_ID + 9)).json().get("status").asText())
                .isEqualTo("Cancelled");
        assertThat(api.get("/groups/1").status()).isEqualTo(404);
        assertThat(api.get("/groups/abc").status()).isEqualTo(404);
    }

    @Test
    void createValidatesAndRejectsDuplicates() {
        Answer created = api.post("/groups", "{\"name\":\"Sandbox Dental\",\"time_zone\":\"pacific\",\"customer_id\":42,"
                + "\"email_notifications\":\"a@example.com, b@example.com\",\"group_owner_id\":7}");
        assertThat(created.status()).isEqualTo(201);
        JsonNode g = created.json();
        assertThat(g.get("id").asLong()).isEqualTo(TelmetricsEmulation.FIRST_GROUP_ID + 250);
        assertThat(g.get("time_zone").asText()).isEqualTo("Pacific");
        assertThat(g.get("rich_data_type").asText()).isEqualTo("Basic");
        assertThat(g.get("status").asText()).isEqualTo("Active");
        assertThat(g.get("customer_id").asLong()).isEqualTo(42);
        assertThat(g.get("billing_group_id").isNull()).isTrue();
        assertThat(created.header("Location")).endsWith("/groups/" + g.get("id").asLong());
        assertThat(api.get("/groups/" + g.get("id").asLong()).json()).isEqualTo(g);
        assertThat(api.get("/groups?pagesize=1").json().get("paging").get("total").asInt()).isEqualTo(251);

        Answer dup = api.post("/groups", "{\"name\":\"sandbox dental\",\"time_zone\":\"Eastern\"}");
        assertThat(dup.status()).isEqualTo(409);
        assertThat(dup.json().get("field").asText()).isEqualTo("name");

        Answer badTz = api.post("/groups", "{\"name\":\"X\",\"time_zone\":\"Hawaii\"}");
        assertThat(badTz.status()).isEqualTo(400);
        assertThat(badTz.json().get("field").asText()).isEqualTo("time_zone");
        assertThat(api.post("/groups", "{\"name\":\"X\"}").status()).isEqualTo(400);
        assertThat(api.post("/groups", "{\"time_zone\":\"Central\"}").json().get("field").asText()).isEqualTo("name");
        assertThat(api.post("/groups", "{\"name\":\"X\",\"time_zone\":\"Central\",\"rich_data_type\":\"Gold\"}").status())
                .isEqualTo(400);
        assertThat(api.post("/groups", "{\"name\":\"X\",\"time_zone\":\"Central\",\"customer_id\":\"abc\"}").status())
                .isEqualTo(400);
        assertThat(api.post("/groups", "{\"name\":\"X\",\"time_zone\":\"Central\",\"email_notifications\":\"nope\"}").status())
                .isEqualTo(400);
        assertThat(api.post("/groups", "not json").status()).isEqualTo(400);
        assertThat(api.post("/groups", "{\"name\":\"Rich one\",\"time_zone\":\"CENTRAL\",\"rich_data_type\":\"rich\"}")
                .json().get("rich_data_type").asText()).isEqualTo("Rich");
    }

    @Test
    void putIsAPartialUpdate() {
        long id = TelmetricsEmulation.FIRST_GROUP_ID + 1;
        JsonNode before = api.get("/groups/" + id).json();
        Answer updated = api.put("/groups/" + id, "{\"time_zone\":\"mountain\",\"status\":\"cancelled\",\"customer_id\":null}");
        assertThat(updated.status()).isEqualTo(200);
        JsonNode after = updated.json();
        assertThat(after.get("name")).isEqualTo(before.get("name"));
        assertThat(after.get("rich_data_type")).isEqualTo(before.get("rich_data_type"));
        assertThat(after.get("time_zone").asText()).isEqualTo("Mountain");
        assertThat(after.get("status").asText()).isEqualTo("Cancelled");
        assertThat(after.get("customer_id").isNull()).isTrue();
        assertThat(LocalDateTime.parse(after.get("modified_datetime").asText()))
                .isAfter(LocalDateTime.parse(before.get("modified_datetime").asText()));
        String otherName = api.get("/groups/" + (id + 1)).json().get("name").asText();
        assertThat(api.put("/groups/" + id, "{\"name\":\"" + otherName + "\"}").status()).isEqualTo(409);
        assertThat(api.put("/groups/" + id, "{\"time_zone\":\"Mars\"}").status()).isEqualTo(400);
        assertThat(api.get("/groups/" + id).json().get("time_zone").asText()).isEqualTo("Mountain");
        assertThat(api.put("/groups/999", "{\"name\":\"n\"}").status()).isEqualTo(404);
    }
}
