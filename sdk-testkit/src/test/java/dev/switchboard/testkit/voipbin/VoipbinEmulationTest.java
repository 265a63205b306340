package dev.switchboard.testkit.voipbin;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.testkit.RestCalls;
import dev.switchboard.testkit.RestCalls.Answer;
import dev.switchboard.testkit.Sandbox;
import dev.switchboard.testkit.SandboxCredentials;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class VoipbinEmulationTest {

    static final Instant NOW = Instant.parse("2026-01-15T09:30:00.123400Z");
    static Sandbox sandbox;
    static RestCalls api;
    static RestCalls anonymous;

    static final String CREATE = """
            {"source":{"type":"tel","target":"+15551230000"},
             "destinations":[{"type":"tel","target":"+15551230001","name":""},{"type":"endpoint","target":"a@b"}],
             "flow_id":"c1d2e3f4-a5b6-7890-cdef-1234567890ab","ring_method":"","answer_method":"hangup_others"}""";

    @BeforeAll
    static void start() {
        sandbox = Sandbox.builder()
                .emulationFactory(s -> new VoipbinEmulation(s, Clock.fixed(NOW, ZoneOffset.UTC))).start();
        anonymous = new RestCalls(sandbox.voipbinBaseUrl());
        api = anonymous.with("Authorization", "Bearer " + SandboxCredentials.VOIPBIN_TOKEN);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @BeforeEach
    void reset() {
        sandbox.reset();
    }

    private static void assertError(Answer a, int http, String status, String reason) {
        assertThat(a.status()).isEqualTo(http);
        JsonNode e = a.json().get("error");
        assertThat(e.get("status").asText()).isEqualTo(status);
        assertThat(e.get("reason").asText()).isEqualTo(reason);
        assertThat(e.get("message").asText()).isNotBlank();
        assertThat(e.get("request_id").asText()).matches("req_[0-9A-F]+");
    }

    @Test
    void authAcceptsBearerTokenAndQueryKeysOnly() {
        assertThat(api.get("/groupcalls?page_size=1").status()).isEqualTo(200);
        assertThat(anonymous.get("/groupcalls?accesskey=" + SandboxCredentials.VOIPBIN_ACCESSKEY).status()).isEqualTo(200);
        assertThat(anonymous.get("/groupcalls?token=" + SandboxCredentials.VOIPBIN_TOKEN).status()).isEqualTo(200);
        assertThat(anonymous.with("Cookie", "token=" + SandboxCredentials.VOIPBIN_TOKEN).get("/groupcalls").status())
                .isEqualTo(200);

        assertError(anonymous.get("/groupcalls"), 401, "UNAUTHENTICATED", "AUTHENTICATION_REQUIRED");
        // the access key has no header form, and the parameter names are not interchangeable
        assertError(anonymous.with("Authorization", "Bearer " + SandboxCredentials.VOIPBIN_ACCESSKEY).get("/groupcalls"),
                401, "UNAUTHENTICATED", "AUTHENTICATION_REQUIRED");
        assertError(anonymous.with("accesskey", SandboxCredentials.VOIPBIN_ACCESSKEY).get("/groupcalls"),
                401, "UNAUTHENTICATED", "AUTHENTICATION_REQUIRED");
        assertError(anonymous.get("/groupcalls?token=" + SandboxCredentials.VOIPBIN_ACCESSKEY),
                401, "UNAUTHENTICATED", "AUTHENTICATION_REQUIRED");
        assertError(anonymous.get("/groupcalls?accesskey=" + SandboxCredentials.VOIPBIN_TOKEN),
                401, "UNAUTHENTICATED", "AUTHENTICATION_REQUIRED");
        assertError(anonymous.with("Authorization", "Token " + SandboxCredentials.VOIPBIN_TOKEN).get("/groupcalls"),
                401, "UNAUTHENTICATED", "AUTHENTICATION_REQUIRED");
    }

    @Test
    void createGetHangupGetShowsHangup() {
        Answer created = api.post("/groupcalls", CREATE);
        assertThat(created.status()).isEqualTo(200);
        JsonNode g = created.json();
        String id = g.get("id").asText();
        assertThat(g.get("status").asText()).isEqualTo("progressing");
        assertThat(g.get("customer_id").asText()).isEqualTo(VoipbinEmulation.CUSTOMER_ID);
        assertThat(g.get("flow_id").asText()).isEqualTo("c1d2e3f4-a5b6-7890-cdef-1234567890ab");
        assertThat(g.get("call_ids")).hasSize(2);
        assertThat(g.get("call_count").asInt()).isEqualTo(2);
        assertThat(g.get("destinations").get(1).get("type").asText()).isEqualTo("endpoint"); // unknown type kept
        assertThat(g.get("tm_create").asText()).isEqualTo("2026-01-15T09:30:00.1234Z");

        assertThat(api.get("/groupcalls/" + id).json()).isEqualTo(g);

        Answer hangingUp = api.post("/groupcalls/" + id + "/hangup", "");
        assertThat(hangingUp.status()).isEqualTo(200);
        assertThat(hangingUp.json().get("status").asText()).isEqualTo("hangingup");

        Answer after = api.get("/groupcalls/" + id);
        assertThat(after.json().get("status").asText()).isEqualTo("hangup");
        assertThat(after.json().has("call_count")).isFalse();

        assertError(api.post("/groupcalls/" + id + "/hangup", ""), 409, "FAILED_PRECONDITION", "GROUPCALL_ALREADY_HANGUP");
    }

    @Test
    void omitsEmptyStringsZeroIntsEmptyArraysAndUnsetTimestampsButKeepsNilUuids() {
        JsonNode g = api.post("/groupcalls", CREATE).json();
        assertThat(g.has("ring_method")).isFalse();      // "" omitted
        assertThat(g.get("answer_method").asText()).isEqualTo("hangup_others");
        assertThat(g.has("owner_type")).isFalse();
        assertThat(g.has("groupcall_ids")).isFalse();
        assertThat(g.has("groupcall_count")).isFalse();
        assertThat(g.has("dial_index")).isFalse();
        assertThat(g.has("tm_delete")).isFalse();
        assertThat(g.get("destinations").get(0).has("name")).isFalse(); // empty address field omitted
        for (String f : List.of("owner_id", "master_call_id", "master_groupcall_id", "answer_call_id", "answer_groupcall_id")) {
            assertThat(g.get(f).asText()).as(f).isEqualTo(VoipbinEmulation.NIL_UUID);
        }
        // second create in the same instant: strictly later micro stamp, trailing zeros trimmed
        JsonNode g2 = api.post("/groupcalls", CREATE).json();
        assertThat(g2.get("tm_create").asText()).isEqualTo("2026-01-15T09:30:00.123401Z");
        assertThat(VoipbinEmulation.rfc3339Nano(Instant.parse("2026-01-15T09:30:00Z"))).isEqualTo("2026-01-15T09:30:00Z");
    }

    @Test
    void createFromActionsGetsAFreshFlowId() {
        Answer a = api.post("/groupcalls", """
                {"source":{"type":"tel","target":"+1555"},"destinations":[{"type":"agent","target":"x"}],
                 "actions":[{"type":"answer"}],"ring_method":"linear","answer_method":""}""");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().get("flow_id").asText()).matches("[0-9a-f-]{36}").isNotEqualTo(VoipbinEmulation.NIL_UUID);
        assertThat(a.json().get("ring_method").asText()).isEqualTo("linear");
        assertThat(a.json().has("answer_method")).isFalse();
    }

    @Test
    void createValidation() {
        assertError(api.post("/groupcalls", "{not json"), 400, "INVALID_ARGUMENT", "INVALID_JSON_BODY");
        assertError(api.post("/groupcalls", "[]"), 400, "INVALID_ARGUMENT", "INVALID_JSON_BODY");
        assertError(api.post("/groupcalls", "{\"source\":\"+1555\",\"destinations\":[]}"),
                400, "INVALID_ARGUMENT", "INVALID_JSON_BODY");
        String dest = "\"destinations\":[{\"type\":\"tel\",\"target\":\"+1\"}]";
        String src = "\"source\":{\"type\":\"tel\",\"target\":\"+2\"}";
        String flow = "\"flow_id\":\"c1d2e3f4-a5b6-7890-cdef-1234567890ab\"";
        String methods = "\"ring_method\":\"ring_all\",\"answer_method\":\"\"";
        assertError(api.post("/groupcalls", "{" + dest + "," + flow + "," + methods + "}"), 400, "INVALID_ARGUMENT", "INVALID_ARGUMENT");
        assertError(api.post("/groupcalls", "{" + src + "," + flow + "," + methods + "}"), 400, "INVALID_ARGUMENT", "INVALID_ARGUMENT");
        assertError(api.post("/groupcalls", "{" + src + ",\"destinations\":[]," + flow + "," + methods + "}"),
                400, "INVALID_ARGUMENT", "INVALID_ARGUMENT");
        assertError(api.post("/groupcalls", "{" + src + "," + dest + "," + flow + ",\"ring_method\":\"\"}"),
                400, "INVALID_ARGUMENT", "INVALID_ARGUMENT");
        assertError(api.post("/groupcalls", "{" + src + "," + dest + "," + methods + "}"), 400, "INVALID_ARGUMENT", "INVALID_ARGUMENT");
        assertError(api.post("/groupcalls", "{" + src + "," + dest + "," + flow + ",\"ring_method\":\"sometimes\",\"answer_method\":\"\"}"),
                400, "INVALID_ARGUMENT", "INVALID_ARGUMENT");
        assertThat(api.post("/groupcalls", "{" + src + "," + dest + "," + flow + "," + methods + "}").status()).isEqualTo(200);
    }

    @Test
    void idErrorsAndDelete() {
        assertError(api.get("/groupcalls/not-a-uuid"), 400, "INVALID_ARGUMENT", "INVALID_ID");
        assertError(api.post("/groupcalls/123/hangup", ""), 400, "INVALID_ARGUMENT", "INVALID_ID");
        assertError(api.get("/groupcalls/0b9b3c1e-1111-4222-8333-444455556666"), 404, "NOT_FOUND", "GROUPCALL_NOT_FOUND");
        assertError(api.get("/nowhere"), 404, "NOT_FOUND", "ROUTE_NOT_FOUND");

        String id = api.post("/groupcalls", CREATE).json().get("id").asText();
        Answer deleted = api.delete("/groupcalls/" + id);
        assertThat(deleted.status()).isEqualTo(200);
        assertThat(deleted.json().get("id").asText()).isEqualTo(id);
        assertThat(deleted.json().get("tm_delete").asText()).startsWith("2026-01-15T09:30:00.");
        assertError(api.get("/groupcalls/" + id), 404, "NOT_FOUND", "GROUPCALL_NOT_FOUND");
        assertError(api.delete("/groupcalls/" + id), 404, "NOT_FOUND", "GROUPCALL_NOT_FOUND");
    }

    @Test
    void listPagesByTokenUntilEmptyNewestFirst() {
        List<String> seen = new ArrayList<>();
        Set<String> unique = new HashSet<>();
        String token = "";
        int pages = 0;
        String previousCreate = null;
        do {
            Answer a = api.get("/groupcalls?page_size=7" + (token.isEmpty() ? "" : "&page_token=" + RestCalls.enc(token)));
            assertThat(a.status()).isEqualTo(200);
            JsonNode result = a.json().get("result");
            assertThat(result.isArray()).isTrue();
            for (JsonNode g : result) {
                assertThat(unique.add(g.get("id").asText())).as("seen twice").isTrue();
                seen.add(g.get("id").asText());
                String created = g.get("tm_create").asText();
                if (previousCreate != null) {
                    assertThat(Instant.parse(created)).isBefore(Instant.parse(previousCreate));
                }
                previousCreate = created;
            }
            token = a.json().get("next_page_token").asText();
            if (result.isEmpty()) {
                assertThat(token).isEmpty();
            } else {
                assertThat(token).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}Z");
            }
            pages++;
        } while (!token.isEmpty() && pages < 20);
        assertThat(seen).hasSize(VoipbinEmulation.SEEDED_GROUPCALLS);
        assertThat(pages).isEqualTo(6); // 7+7+7+7+2, then the empty page with ""
    }

    @Test
    void pageSizeDefaultsAndClamps() {
        assertThat(api.get("/groupcalls").json().get("result")).hasSize(30);
        assertThat(api.get("/groupcalls?page_size=0").json().get("result")).hasSize(30);
        assertThat(api.get("/groupcalls?page_size=1000").json().get("result")).hasSize(30);
        assertThat(api.get("/groupcalls?page_size=3").json().get("result")).hasSize(3);
        String created = api.post("/groupcalls", CREATE).json().get("id").asText();
        assertThat(api.get("/groupcalls?page_size=1").json().get("result").get(0).get("id").asText()).isEqualTo(created);
    }

    @Test
    void rateLimitSwitchAndFaultCarryTheEnvelope() {
        VoipbinEmulation emu = (VoipbinEmulation) sandbox.emulations().stream()
                .filter(e -> e instanceof VoipbinEmulation).findFirst().orElseThrow();
        emu.rateLimitNext(1, 3, "ip");
        Answer limited = api.get("/groupcalls");
        assertError(limited, 429, "RESOURCE_EXHAUSTED", "RATE_LIMIT_EXCEEDED");
        assertThat(limited.header("Retry-After")).isEqualTo("3");
        assertThat(limited.json().get("error").get("details").get(0).get("limited_by").asText()).isEqualTo("ip");
        assertThat(api.get("/groupcalls").status()).isEqualTo(200);

        sandbox.faults().enqueue(VoipbinEmulation.rateLimitFault(2, "customer"));
        Answer faulted = api.get("/groupcalls");
        assertError(faulted, 429, "RESOURCE_EXHAUSTED", "RATE_LIMIT_EXCEEDED");
        assertThat(faulted.header("Retry-After")).isEqualTo("2");
        assertThat(faulted.json().get("error").get("details").get(0).get("limited_by").asText()).isEqualTo("customer");
    }

    @Test
    void seedIsDeterministicAndResetRestoresIt() {
        JsonNode first = api.get("/groupcalls").json();
        api.post("/groupcalls", CREATE);
        sandbox.reset();
        assertThat(api.get("/groupcalls").json()).isEqualTo(first);
        try (Sandbox other = Sandbox.builder()
                .emulationFactory(s -> new VoipbinEmulation(s, Clock.fixed(NOW, ZoneOffset.UTC))).start()) {
            JsonNode again = new RestCalls(other.voipbinBaseUrl(), "Authorization", "Bearer " + SandboxCredentials.VOIPBIN_TOKEN)
                    .get("/groupcalls").json();
            assertThat(again).isEqualTo(first);
        }
    }
}
