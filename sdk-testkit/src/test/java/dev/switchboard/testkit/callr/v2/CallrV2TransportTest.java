package dev.switchboard.testkit.callr.v2;

import dev.switchboard.testkit.Fault;
import dev.switchboard.testkit.RecordedRequest;
import dev.switchboard.testkit.Sandbox;
import dev.switchboard.testkit.SandboxCredentials;
import dev.switchboard.testkit.SandboxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Authentication, the error envelope, paging bounds, routing, faults and state lifecycle of the v2 emulation. */
class CallrV2TransportTest {

    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension();

    private Sandbox sandbox() {
        return SANDBOX.sandbox();
    }

    @Test
    void pingAnswersWithEachOfTheThreeAuthSchemes() {
        for (V2Calls c : new V2Calls[] {V2Calls.apiKey(sandbox()),
            V2Calls.basic(sandbox(), SandboxCredentials.CALLR_ACCOUNT_SID, SandboxCredentials.CALLR_API_KEY),
            V2Calls.basic(sandbox(), SandboxCredentials.CALLR_SUBACCOUNT_SID, SandboxCredentials.CALLR_API_KEY)}) {
            V2Calls.Answer a = c.get("/ping");
            assertThat(a.status()).isEqualTo(200);
            assertThat(a.json().get("pong").asText()).isEqualTo("pong");
            assertThat(a.json().get("time").asText()).isEqualTo("2025-01-15T12:00:00.000Z");
            assertThat(a.header("Content-Type")).startsWith("application/json");
        }
    }

    @Test
    void theSubAccountActsOnItsOwnData() {
        V2Calls main = V2Calls.apiKey(sandbox());
        V2Calls sub = V2Calls.basic(sandbox(), SandboxCredentials.CALLR_SUBACCOUNT_SID, SandboxCredentials.CALLR_API_KEY);
        String sid = sub.post("/sms?to=%2B33612345678", V2Calls.obj("text", "from the sub-account")).json().get("sid").asText();
        assertThat(sub.get("/sms/" + sid).status()).isEqualTo(200);
        assertThat(main.get("/sms/" + sid).errorCode()).isEqualTo("not_found");
        assertThat(CallrV2Emulation.of(sandbox()).sms(SandboxCredentials.CALLR_SUBACCOUNT_SID, sid)).isNotNull();
    }

    @Test
    void missingOrWrongCredentialsAre401WithTheErrorEnvelope() {
        Sandbox s = sandbox();
        V2Calls[] bad = {V2Calls.raw(s), V2Calls.raw(s, "x-api-key", "nope"),
            V2Calls.basic(s, SandboxCredentials.CALLR_ACCOUNT_SID, "wrong-key"),
            V2Calls.basic(s, "unknown1", SandboxCredentials.CALLR_API_KEY),
            V2Calls.basic(s, SandboxCredentials.CALLR_LOGIN, SandboxCredentials.CALLR_PASSWORD), // v1 login/password
            V2Calls.raw(s, "Authorization", "Bearer " + SandboxCredentials.CALLR_API_KEY),
            V2Calls.raw(s, "Authorization", "Api-Key " + SandboxCredentials.CALLR_API_KEY), // v1 scheme
            V2Calls.raw(s, "Authorization", "Basic not-base64!")};
        for (V2Calls c : bad) {
            V2Calls.Answer a = c.get("/ping");
            assertThat(a.status()).isEqualTo(401);
            assertThat(a.errorCode()).isEqualTo("unauthorized");
        }
    }

    @Test
    void unknownRouteIs404AndWrongMethodIs405WithAllow() {
        V2Calls c = V2Calls.apiKey(sandbox());
        V2Calls.Answer unknown = c.get("/recordings");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.errorCode()).isEqualTo("not_found");
        assertThat(unknown.json().get("message").asText()).contains("GET /recordings");
        V2Calls.Answer wrong = c.delete("/ping");
        assertThat(wrong.status()).isEqualTo(405);
        assertThat(wrong.errorCode()).isEqualTo("method_not_allowed");
        assertThat(wrong.header("Allow")).isEqualTo("GET");
        // "store" is a literal: never read as a number
        assertThat(c.get("/numbers/store").status()).isEqualTo(405);
    }

    @ParameterizedTest
    @ValueSource(strings = {"limit=0", "limit=101", "limit=ten", "offset=-1", "order=up", "sort=price"})
    void outOfRangePagingIs400(String query) {
        V2Calls.Answer a = V2Calls.apiKey(sandbox()).get("/actions?" + query);
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.errorCode()).isEqualTo("invalid_parameter");
        assertThat(a.json().get("message").asText()).startsWith(query.substring(0, query.indexOf('=')) + ":");
    }

    @Test
    void limitBoundsAreInclusiveAndTheEnvelopeHasItsFourFields() {
        V2Calls c = V2Calls.apiKey(sandbox());
        for (String limit : new String[] {"1", "100"}) {
            V2Calls.Answer a = c.get("/numbers?limit=" + limit);
            assertThat(a.status()).isEqualTo(200);
            assertThat(a.json().fieldNames()).toIterable().containsExactly("offset", "total", "hasMore", "hits");
        }
        V2Calls.Answer first = c.get("/numbers?limit=1&order=asc&sort=e164");
        assertThat(first.json().get("total").asInt()).isEqualTo(2);
        assertThat(first.json().get("hasMore").asBoolean()).isTrue();
        assertThat(first.json().get("hits").get(0).get("e164").asText()).isEqualTo("+33199001020");
        V2Calls.Answer second = c.get("/numbers?limit=1&offset=1&order=asc&sort=e164");
        assertThat(second.json().get("offset").asInt()).isEqualTo(1);
        assertThat(second.json().get("hasMore").asBoolean()).isFalse();
        assertThat(second.json().get("hits").get(0).get("e164").asText()).isEqualTo("+33199001234");
    }

    @Test
    void faultsApplyToV2PathsLikeToV1() {
        Sandbox s = sandbox();
        s.faults().enqueue(Fault.status(503).onPath(Sandbox.CALLR_V2_PREFIX));
        s.faults().enqueue(CallrV2Emulation.errorFault(429, "rate_limited", "slow down").header("Retry-After", "1"));
        V2Calls c = V2Calls.apiKey(s);
        assertThat(c.get("/ping").status()).isEqualTo(503);
        V2Calls.Answer limited = c.get("/ping");
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Retry-After")).isEqualTo("1");
        assertThat(limited.errorCode()).isEqualTo("rate_limited");
        assertThat(c.get("/ping").status()).isEqualTo(200);
        assertThat(s.requests(Sandbox.CALLR_V2_PREFIX)).extracting(RecordedRequest::faulted)
                .containsExactly(true, true, false);
    }

    @Test
    void aDroppedConnectionFaultDropsAV2Request() {
        sandbox().faults().enqueue(Fault.dropConnection().onPath(Sandbox.CALLR_V2_PREFIX + "/sms"));
        V2Calls c = V2Calls.apiKey(sandbox());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> c.post("/sms?to=%2B33612345678", V2Calls.obj("text", "x")))
                .isInstanceOf(java.io.UncheckedIOException.class);
        assertThat(c.get("/sms").json().get("total").asInt()).isZero();
    }

    @Test
    void resetClearsV2StateAndTheSameSeedYieldsTheSameSids() {
        V2Calls c = V2Calls.apiKey(sandbox());
        String first = c.post("/actions", V2Calls.obj("name", "A", "script", "x: 1")).json().get("sid").asText();
        assertThat(first).matches("[a-z0-9]{8}");
        sandbox().reset();
        assertThat(c.get("/actions").json().get("total").asInt()).isZero();
        assertThat(c.post("/actions", V2Calls.obj("name", "A", "script", "x: 1")).json().get("sid").asText()).isEqualTo(first);
        try (Sandbox other = Sandbox.builder().seed(7).start()) {
            String seeded = V2Calls.apiKey(other).post("/actions", V2Calls.obj("name", "A", "script", "x: 1"))
                    .json().get("sid").asText();
            assertThat(seeded).isNotEqualTo(first);
        }
    }

    @Test
    void v1AndV2LiveSideBySide() {
        assertThat(sandbox().callrV2BaseUrl()).isEqualTo(sandbox().baseUrl() + "/callr/v2.0");
        assertThat(sandbox().callrBaseUrl()).isEqualTo(sandbox().baseUrl() + "/callr/json-rpc/v1.1/");
        assertThat(CallrV2Emulation.of(sandbox()).routes()).contains("GET /ping", "POST /numbers/store/{token}");
    }
}
