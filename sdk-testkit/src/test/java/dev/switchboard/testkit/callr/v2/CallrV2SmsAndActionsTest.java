package dev.switchboard.testkit.callr.v2;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.testkit.Sandbox;
import dev.switchboard.testkit.SandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** SMS (send → get → search) and Callr Actions (create → run → runs, numbers) through the v2 emulation. */
@ExtendWith(SandboxExtension.class)
class CallrV2SmsAndActionsTest {

    @Test
    void sendCarriesQueryParamsAndAJsonBodyThenGetAndSearchFindIt(Sandbox sandbox) {
        V2Calls c = V2Calls.apiKey(sandbox);
        V2Calls.Answer sent = c.post("/sms?to=%2B33612345678&from=Switchboard&trafficType=alerting",
                V2Calls.obj("text", "Hello world!"));
        assertThat(sent.status()).isEqualTo(201);
        JsonNode s = sent.json();
        String sid = s.get("sid").asText();
        assertThat(sid).matches("[a-z0-9]{8}");
        assertThat(s.get("status").asText()).isEqualTo("created");
        assertThat(s.get("direction").asText()).isEqualTo("outbound");
        assertThat(s.get("toNumber").asText()).isEqualTo("+33612345678");
        assertThat(s.get("toType").asText()).isEqualTo("MOBILE");
        assertThat(s.get("toCountry").asText()).isEqualTo("FR");
        assertThat(s.get("fromNumber").asText()).isEqualTo("Switchboard");
        assertThat(s.get("bodyText").asText()).isEqualTo("Hello world!");
        assertThat(s.get("encoding").asText()).isEqualTo("gsm");
        assertThat(s.get("parts").asInt()).isEqualTo(1);
        assertThat(s.get("trafficType").asText()).isEqualTo("alerting");
        assertThat(s.get("billingDebit").asText()).isEqualTo("0.05");
        assertThat(s.get("createdAt").asText()).isEqualTo("2025-01-15T12:00:00.000Z");
        assertThat(s.get("sentAt").isNull()).isTrue();

        JsonNode got = c.get("/sms/" + sid).json();
        assertThat(got.get("status").asText()).isEqualTo("delivered");
        assertThat(got.get("deliveredAt").asText()).isEqualTo("2025-01-15T12:00:00.000Z");

        JsonNode found = c.get("/sms?to=%2B33612345678&status=delivered&text=hello&direction=outbound").json();
        assertThat(found.get("total").asInt()).isEqualTo(1);
        assertThat(found.get("hits").get(0).get("sid").asText()).isEqualTo(sid);
        assertThat(c.get("/sms?sid=" + sid).json().get("total").asInt()).isEqualTo(1);
        assertThat(c.get("/sms?trafficType=marketing").json().get("total").asInt()).isZero();
        assertThat(c.get("/sms?createdAtFrom=2025-01-15T12:00:01Z").json().get("total").asInt()).isZero();
        assertThat(c.get("/sms?createdAtTo=2025-01-15T12:00:00Z").json().get("total").asInt()).isEqualTo(1);
        assertThat(CallrV2Emulation.of(sandbox).credit()).isEqualByComparingTo(new BigDecimal("99.95"));
        assertThat(c.get("/billing/credit").json().get("amount").asText()).isEqualTo("99.95");
    }

    @Test
    void searchPagesNewestFirstAndFiltersInboundSms(Sandbox sandbox) {
        V2Calls c = V2Calls.apiKey(sandbox);
        List<String> sids = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            sids.add(c.post("/sms?to=%2B33612345678", V2Calls.obj("text", "n" + i)).json().get("sid").asText());
        }
        String in = CallrV2Emulation.of(sandbox).simulateInboundSms("+33698765432", "+33199001020", "STOP");
        JsonNode page = c.get("/sms?direction=outbound&limit=5&offset=10").json();
        assertThat(page.get("total").asInt()).isEqualTo(12);
        assertThat(page.get("hasMore").asBoolean()).isFalse();
        assertThat(page.get("hits")).hasSize(2);
        assertThat(page.get("hits").get(1).get("sid").asText()).isEqualTo(sids.get(0)); // desc: the oldest last
        JsonNode inbound = c.get("/sms?direction=inbound").json();
        assertThat(inbound.get("hits").get(0).get("sid").asText()).isEqualTo(in);
        assertThat(inbound.get("hits").get(0).get("fromNumber").asText()).isEqualTo("+33698765432");
    }

    @Test
    void sendValidatesBeforeStoringAndBuildModeIs403(Sandbox sandbox) {
        V2Calls c = V2Calls.apiKey(sandbox);
        assertThat(c.post("/sms", V2Calls.obj("text", "x")).errorCode()).isEqualTo("invalid_parameter");
        assertThat(c.post("/sms?to=0612345678", V2Calls.obj("text", "x")).json().get("message").asText()).startsWith("to:");
        assertThat(c.post("/sms?to=%2B33612345678", "{}").json().get("message").asText()).startsWith("text:");
        assertThat(c.post("/sms?to=%2B33612345678&trafficType=MARKETING", V2Calls.obj("text", "x")).status()).isEqualTo(400);
        assertThat(c.post("/sms?to=%2B33612345678&from=TooLongSender", V2Calls.obj("text", "x")).status()).isEqualTo(400);
        assertThat(c.post("/sms?to=%2B33612345678", "not json").errorCode()).isEqualTo("invalid_body");
        assertThat(c.post("/sms?to=%2B33612345678", V2Calls.obj("text", "x".repeat(3201))).status()).isEqualTo(400);
        assertThat(c.get("/sms/ABCDEF12").errorCode()).isEqualTo("invalid_parameter"); // a v1 hash, not lower-cased
        assertThat(c.get("/sms/abcdef12").status()).isEqualTo(404);

        CallrV2Emulation.of(sandbox).buildMode(true);
        V2Calls.Answer forbidden = c.post("/sms?to=%2B33698765432", V2Calls.obj("text", "x"));
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.errorCode()).isEqualTo("forbidden");
        assertThat(c.post("/sms?to=" + CallrV2Emulation.TESTING_NUMBER.replace("+", "%2B"), V2Calls.obj("text", "x"))
                .status()).isEqualTo(201);
        assertThat(c.get("/sms").json().get("total").asInt()).isEqualTo(1);
    }

    @Test
    void unicodeTextIsCountedInUnicodeParts(Sandbox sandbox) {
        JsonNode s = V2Calls.apiKey(sandbox).post("/sms?to=%2B33612345678", V2Calls.obj("text", "привет ".repeat(11)))
                .json();
        assertThat(s.get("encoding").asText()).isEqualTo("unicode");
        assertThat(s.get("parts").asInt()).isEqualTo(2); // 77 UTF-16 units > 70
    }

    @Test
    void aCreatedActionCanBeRunAndItsRunIsListed(Sandbox sandbox) {
        V2Calls c = V2Calls.apiKey(sandbox);
        String script = "defaults:\n  language: en-US\nbranches:\n  api-initiated:\n    actions:\n      - action: log@v1\n";
        V2Calls.Answer created = c.post("/actions", V2Calls.obj("name", "Call Forwarding", "script", script, "format", "yaml"));
        assertThat(created.status()).isEqualTo(201);
        String sid = created.json().get("sid").asText();
        assertThat(created.json().get("numbers")).isEmpty();
        assertThat(created.json().get("version").asText()).isEqualTo("1.0");
        assertThat(created.json().get("created").asText()).isEqualTo("2025-01-15T12:00:00.000Z");

        V2Calls.Answer run = c.post("/actions/" + sid + "/runs", V2Calls.obj("variables", java.util.Map.of("to", "+33612345678")));
        assertThat(run.status()).isEqualTo(202);
        assertThat(run.json().get("id").asText()).startsWith("api:");
        assertThat(run.json().get("type").asText()).isEqualTo("api");
        assertThat(run.json().get("status").asText()).isEqualTo("started");
        assertThat(run.json().get("variables").get("to").asText()).isEqualTo("+33612345678");
        assertThat(c.post("/actions/" + sid + "/runs", null).status()).isEqualTo(202);

        JsonNode runs = c.get("/actions/" + sid + "/runs").json();
        assertThat(runs.get("total").asInt()).isEqualTo(2);
        assertThat(runs.get("hits").get(1).get("id").asText()).isEqualTo(run.json().get("id").asText());
        assertThat(runs.get("hits").get(1).get("status").asText()).isEqualTo("completed");
        assertThat(CallrV2Emulation.of(sandbox).runCount(sid)).isEqualTo(2);
    }

    @Test
    void actionsAreSearchedUpdatedAssignedAndDeleted(Sandbox sandbox) {
        V2Calls c = V2Calls.apiKey(sandbox);
        String a = c.post("/actions", V2Calls.obj("name", "Alpha", "script", "a: 1")).json().get("sid").asText();
        String b = c.post("/actions", V2Calls.obj("name", "Beta", "script", "b: 1")).json().get("sid").asText();
        assertThat(c.get("/actions?name=alp").json().get("hits").get(0).get("sid").asText()).isEqualTo(a);
        assertThat(c.get("/actions?sort=name&order=asc").json().get("hits").get(1).get("sid").asText()).isEqualTo(b);

        CallrV2Emulation.of(sandbox).advanceClock(java.time.Duration.ofMinutes(1));
        JsonNode updated = c.patch("/actions/" + a, V2Calls.obj("name", "Alpha 2")).json();
        assertThat(updated.get("name").asText()).isEqualTo("Alpha 2");
        assertThat(updated.get("script").asText()).isEqualTo("a: 1");
        assertThat(updated.get("updated").asText()).isEqualTo("2025-01-15T12:01:00.000Z");
        assertThat(c.get("/actions").json().get("hits").get(0).get("sid").asText()).isEqualTo(a); // sort updated desc

        // E.164 path ids: percent-encoded and raw '+' both arrive as +33...
        JsonNode assigned = c.put("/actions/" + a + "/numbers/%2B33199001020", null).json();
        assertThat(assigned.get("numbers").get(0).get("e164").asText()).isEqualTo("+33199001020");
        assertThat(assigned.get("numbers").get(0).get("class").asText()).isEqualTo("classic");
        assertThat(assigned.get("numbers").get(0).get("assigned").asText()).isEqualTo("2025-01-15T12:01:00.000Z");
        assertThat(c.get("/numbers/+33199001020").json().get("scenario").asText()).isEqualTo(a);
        assertThat(c.get("/numbers?scenario=" + a).json().get("total").asInt()).isEqualTo(1);
        assertThat(c.delete("/actions/" + b + "/numbers/%2B33199001020").status()).isEqualTo(404);
        assertThat(c.delete("/actions/" + a + "/numbers/%2B33199001020").status()).isEqualTo(204);
        assertThat(c.get("/actions/" + a).json().get("numbers")).isEmpty();

        assertThat(c.put("/numbers/%2B33199001234/scenario/" + b, null).json().get("scenario").asText()).isEqualTo(b);
        assertThat(c.delete("/actions/" + b).status()).isEqualTo(204);
        assertThat(c.get("/actions/" + b).errorCode()).isEqualTo("not_found");
        assertThat(c.get("/numbers/%2B33199001234").json().get("scenario").isNull()).isTrue();
    }

    @Test
    void actionBodiesAreValidated(Sandbox sandbox) {
        V2Calls c = V2Calls.apiKey(sandbox);
        assertThat(c.post("/actions", V2Calls.obj("name", "A")).json().get("message").asText()).startsWith("script:");
        assertThat(c.post("/actions", V2Calls.obj("script", "a: 1")).json().get("message").asText()).startsWith("name:");
        assertThat(c.post("/actions", V2Calls.obj("name", "x".repeat(65), "script", "a")).status()).isEqualTo(400);
        assertThat(c.post("/actions", V2Calls.obj("name", "A", "script", "a", "format", "json")).status()).isEqualTo(400);
        assertThat(c.post("/actions", "[]").errorCode()).isEqualTo("invalid_body");
        assertThat(c.post("/actions/zzzzzzzz/runs", "{}").status()).isEqualTo(404);
        assertThat(c.get("/actions").json().get("total").asInt()).isZero();
    }
}
