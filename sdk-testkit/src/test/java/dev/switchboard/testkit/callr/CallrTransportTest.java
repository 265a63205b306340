package dev.switchboard.testkit.callr;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.testkit.Sandbox;
import dev.switchboard.testkit.SandboxCredentials;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class CallrTransportTest {

    Sandbox sandbox;
    Rpc rpc;
    CallrEmulation emu;

    @BeforeEach
    void start() {
        sandbox = Sandbox.builder().clock(CallrEmulationTestSupport.CLOCK).start();
        rpc = new Rpc(sandbox);
        emu = Rpc.emulation(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void envelopeEchoesIdAndUsesJsonRpc20() {
        Rpc.Response r = rpc.raw("POST", "{\"jsonrpc\":\"2.0\",\"id\":\"abc-42\",\"method\":\"system.get_timestamp\",\"params\":[]}");
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body().get("jsonrpc").asText()).isEqualTo("2.0");
        assertThat(r.body().get("id").asText()).isEqualTo("abc-42");
        assertThat(r.body().get("result").asLong()).isEqualTo(CallrEmulationTestSupport.START_EPOCH);
        Rpc.Response n = rpc.raw("POST", "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"system.get_timestamp\",\"params\":[]}");
        assertThat(n.body().get("id").isInt()).isTrue();
        assertThat(n.body().get("id").asInt()).isEqualTo(7);
        assertThat(n.body().has("error")).isFalse();
    }

    @Test
    void everySchemeIsAccepted() {
        assertThat(rpc.ok("system.get_timestamp").isIntegralNumber()).isTrue();
        assertThat(rpc.auth("Api-Key " + SandboxCredentials.CALLR_API_KEY).ok("system.get_timestamp").isIntegralNumber()).isTrue();
        JsonNode session = rpc.auth(Rpc.BASIC).ok("session.create");
        assertThat(session.get("token").asText()).matches("[0-9a-f]{40}");
        assertThat(rpc.auth("Session " + session.get("token").asText()).ok("system.get_timestamp").isIntegralNumber()).isTrue();
        JsonNode key = rpc.auth(Rpc.BASIC).ok("api-key.create", "ci");
        assertThat(key.get("token").asText()).matches("[0-9a-f]{100}");
        assertThat(rpc.auth("Api-Key " + key.get("token").asText()).ok("api-key.all").get(0).get("last_used_at").asText())
                .isEqualTo("2025-01-15 12:00:00");
        rpc.auth(Rpc.BASIC).ok("api-key.delete", key.get("id").asInt());
        assertThat(rpc.auth("Api-Key " + key.get("token").asText()).call("system.get_timestamp").status()).isEqualTo(401);
    }

    @Test
    void badCredentialsAre401WithJsonRpcErrorBody() {
        for (String bad : new String[] {"Basic " + java.util.Base64.getEncoder().encodeToString("sandbox:nope".getBytes()),
            "Api-Key wrong", "Bearer x", "Session 0000"}) {
            Rpc.Response r = rpc.auth(bad).raw("POST", "{\"jsonrpc\":\"2.0\",\"id\":9,\"method\":\"sms.get\",\"params\":[\"X\"]}");
            assertThat(r.status()).as(bad).isEqualTo(401);
            assertThat(r.body().get("id").asInt()).isEqualTo(9);
            assertThat(r.code()).isEqualTo(1);
            assertThat(r.error().get("message").asText()).isEqualTo("AUTHENTICATION_REQUIRED");
        }
        rpc.headers.remove("Authorization");
        assertThat(rpc.call("system.get_timestamp").status()).isEqualTo(401);
    }

    @Test
    void loginAsIsRecordedAndMalformedIsRejected() {
        rpc.header("CALLR-Login-As", "user.login alice");
        String hash = rpc.ok("sms.send", "SMS", "+33612345678", "hi", null).asText();
        rpc.headers.remove("CALLR-Login-As");
        rpc.header("callr-login-as", "Account.hash ABCD1234");
        long ts = rpc.ok("system.get_timestamp").asLong();
        assertThat(ts).isEqualTo(CallrEmulationTestSupport.START_EPOCH);
        assertThat(emu.loginAsLog()).containsExactly(
                new CallrEmulation.LoginAs("sms.send", "user.login", "alice"),
                new CallrEmulation.LoginAs("system.get_timestamp", "account.hash", "ABCD1234"));
        assertThat(emu.smsSentAs(hash)).isEqualTo("user.login alice");
        rpc.headers.remove("callr-login-as");
        rpc.header("CALLR-Login-As", "someone");
        Rpc.Response r = rpc.call("system.get_timestamp");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.code()).isEqualTo(3);
    }

    @Test
    void jsonRpcProtocolErrors() {
        Rpc.Response unknown = rpc.call("sms.nope");
        assertThat(unknown.status()).isEqualTo(200);
        assertThat(unknown.code()).isEqualTo(-32601);
        assertThat(unknown.error().get("data").asText()).isEqualTo("sms.nope");

        Rpc.Response type = rpc.call("sms.get", 42);
        assertThat(type.code()).isEqualTo(-32602);
        assertThat(type.error().get("data").get("param").asText()).isEqualTo("hash");

        Rpc.Response count = rpc.call("sms.send", "SMS", "+33612345678");
        assertThat(count.code()).isEqualTo(-32602);
        assertThat(count.error().get("data").get("param").asText()).isEqualTo("body");

        Rpc.Response tooMany = rpc.call("system.get_timestamp", 1);
        assertThat(tooMany.code()).isEqualTo(-32602);

        Rpc.Response parse = rpc.raw("POST", "{\"jsonrpc\":\"2.0\",\"id\":5,");
        assertThat(parse.status()).isEqualTo(200);
        assertThat(parse.code()).isEqualTo(-32700);
        assertThat(parse.body().get("id").isNull()).isTrue();

        Rpc.Response named = rpc.raw("POST", "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"sms.get\",\"params\":{\"hash\":\"x\"}}");
        assertThat(named.code()).isEqualTo(-32602);

        Rpc.Response noId = rpc.raw("POST", "{\"jsonrpc\":\"2.0\",\"method\":\"system.get_timestamp\",\"params\":[]}");
        assertThat(noId.code()).isEqualTo(-32600);

        Rpc.Response get = rpc.raw("GET", null);
        assertThat(get.status()).isEqualTo(405);
        assertThat(get.code()).isEqualTo(4);
    }

    @Test
    void sessionRefreshAndExpiry() {
        JsonNode s1 = rpc.ok("session.create");
        assertThat(s1.get("valid_until").asText()).isEqualTo("2025-01-15 13:00:00");
        Rpc session = new Rpc(sandbox).auth("Session " + s1.get("token").asText());
        assertThat(session.call("system.get_timestamp").status()).isEqualTo(200);

        emu.advanceClock(Duration.ofMinutes(61));
        Rpc.Response expired = session.call("system.get_timestamp");
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.code()).isEqualTo(2);

        JsonNode s2 = rpc.ok("session.refresh", s1.get("refresh_token").asText());
        assertThat(s2.get("token").asText()).isNotEqualTo(s1.get("token").asText());
        Rpc session2 = new Rpc(sandbox).auth("Session " + s2.get("token").asText());
        assertThat(session2.call("system.get_timestamp").status()).isEqualTo(200);
        assertThat(rpc.call("session.refresh", s1.get("refresh_token").asText()).code()).isEqualTo(33);
        assertThat(session2.ok("session.all")).hasSize(1);

        assertThat(session2.ok("session.delete").asBoolean()).isTrue();
        Rpc.Response deleted = session2.call("system.get_timestamp");
        assertThat(deleted.status()).isEqualTo(401);
        assertThat(deleted.error().get("data").get("reason").asText()).isEqualTo("session deleted");
    }

    @Test
    void mapShapedListsAndUint64Callids() {
        JsonNode tz = rpc.ok("list.timezones");
        assertThat(tz.isObject()).isTrue();
        tz.fields().forEachRemaining(e -> assertThat(e.getValue().get("id").asText()).isEqualTo(e.getKey()));
        assertThat(tz.get("2").get("iana").asText()).isEqualTo("Europe/Paris");
        assertThat(rpc.ok("list.countries").get("FR").get("country_code").asText()).isEqualTo("FR");
        JsonNode info = rpc.ok("list.number_infos", "+33612345678");
        assertThat(info.get("type").asText()).isEqualTo("MOBILE");
        assertThat(info.get("local_number").asText()).isEqualTo("0612345678");

        JsonNode out = rpc.ok("cdr.get", "OUT", "2025-01-01 00:00:00", "2025-01-31 00:00:00", null, null);
        assertThat(out).hasSize(8);
        assertThat(out.get(7).get("callid").bigIntegerValue()).isEqualTo(new java.math.BigInteger("18446744073709551615"));
        assertThat(rpc.ok("billing.get_prepaid_credit").asText()).isEqualTo("100.00");
    }

    @Test
    void everyMethodOfTheTableIsImplementedAndNoOther() throws Exception {
        Path doc = Path.of("..", "docs", "CALLR-METHODS.md");
        Matcher m = Pattern.compile("^\\| `([a-z0-9/_.\\-]+)` \\|", Pattern.MULTILINE).matcher(Files.readString(doc));
        Set<String> documented = new TreeSet<>();
        while (m.find()) {
            documented.add(m.group(1));
        }
        assertThat(documented).hasSizeGreaterThan(70);
        assertThat(emu.methodNames()).isEqualTo(documented);
    }

    @Test
    void sameSeedSameData() {
        JsonNode a = rpc.ok("sms.search", null, Rpc.obj("quantity", 5));
        try (Sandbox other = Sandbox.builder().clock(CallrEmulationTestSupport.CLOCK).start()) {
            assertThat(new Rpc(other).ok("sms.search", null, Rpc.obj("quantity", 5))).isEqualTo(a);
        }
        try (Sandbox other = Sandbox.builder().clock(CallrEmulationTestSupport.CLOCK).seed(7).start()) {
            assertThat(new Rpc(other).ok("sms.search", null, Rpc.obj("quantity", 5))).isNotEqualTo(a);
        }
        sandbox.reset();
        assertThat(rpc.ok("sms.search", null, Rpc.obj("quantity", 5))).isEqualTo(a);
    }
}
