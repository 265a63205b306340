package dev.switchboard.testkit.callr;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.switchboard.testkit.Sandbox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class CallrWebhookTest {

    record Received(Map<String, List<String>> headers, byte[] body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    Sandbox sandbox;
    Rpc rpc;
    CallrEmulation emu;
    HttpServer endpoint;
    final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
    final AtomicInteger failuresLeft = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        sandbox = Sandbox.builder().clock(CallrEmulationTestSupport.CLOCK).start();
        rpc = new Rpc(sandbox);
        emu = Rpc.emulation(sandbox);
        endpoint = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        endpoint.createContext("/hook", ex -> {
            byte[] body = ex.getRequestBody().readAllBytes();
            received.add(new Received(Map.copyOf(ex.getRequestHeaders()), body));
            int status = failuresLeft.getAndDecrement() > 0 ? 500 : 200;
            ex.sendResponseHeaders(status, -1);
            ex.close();
        });
        endpoint.start();
    }

    @AfterEach
    void stop() {
        sandbox.close();
        endpoint.stop(0);
    }

    String url() {
        return "http://127.0.0.1:" + endpoint.getAddress().getPort() + "/hook";
    }

    @Test
    void subscribeValidation() {
        assertThat(rpc.call("webhooks.subscribe", "sms.nope", url(), null).error().get("data").get("param").asText()).isEqualTo("type");
        assertThat(rpc.call("webhooks.subscribe", "sms.mo", "ftp://x/y", null).error().get("data").get("param").asText()).isEqualTo("endpoint");
        assertThat(rpc.call("webhooks.subscribe", "sms.mo", "not a url", null).code()).isEqualTo(21);
        assertThat(rpc.call("webhooks.subscribe", "sms.mo", url(), Rpc.obj("hmac_algo", "SHA3")).error().get("data").get("param").asText())
                .isEqualTo("options.hmac_algo");
        assertThat(rpc.call("webhooks.subscribe", "sms.mo", url(), Rpc.obj("hmac_secret", "short")).error().get("data").get("param").asText())
                .isEqualTo("options.hmac_secret");
        assertThat(rpc.call("webhooks.subscribe", "sms.mo", url(), Rpc.obj("format", "XML")).code()).isEqualTo(21);
        assertThat(rpc.call("webhooks.subscribe", "sms.mo").code()).isEqualTo(-32602);

        JsonNode w = rpc.ok("webhooks.subscribe", "sms.mo", url(), null);
        assertThat(w.get("status").asText()).isEqualTo("ENABLED");
        assertThat(w.get("created_at").asText()).isEqualTo("2025-01-15 12:00:00.000");
        assertThat(w.get("options").get("hmac_algo").asText()).isEqualTo("SHA256");
        assertThat(rpc.ok("webhooks.get", w.get("hash").asText())).isEqualTo(w);
        assertThat(rpc.ok("webhooks.get_list")).hasSize(1);
        assertThat(rpc.ok("webhooks.get_event_types")).hasSize(15);
        assertThat(rpc.ok("webhooks.unsubscribe", w.get("hash").asText()).asBoolean()).isTrue();
        assertThat(rpc.call("webhooks.get", w.get("hash").asText()).code()).isEqualTo(20);
    }

    @Test
    void signedPushIsDelivered() throws Exception {
        String secret = "s3cr3t-for-tests";
        String hook = rpc.ok("webhooks.subscribe", "sms.mt.status_update", url(),
                Rpc.obj("format", "JSON", "hmac_algo", "SHA512", "hmac_secret", secret)).get("hash").asText();
        String sms = rpc.ok("sms.send", "SMS", "+33612345678", "ping", null).asText();
        rpc.ok("sms.get", sms); // CREATED -> SENT: pushes sms.mt.status_update
        emu.whenIdle().get(5, TimeUnit.SECONDS);

        Received r = received.poll(5, TimeUnit.SECONDS);
        assertThat(r).isNotNull();
        Mac mac = Mac.getInstance("HmacSHA512");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA512"));
        String expected = Base64.getEncoder().encodeToString(mac.doFinal(r.body()));
        assertThat(r.header("X-CALLR-HmacSignature")).isEqualTo(expected).hasSize(88);
        assertThat(r.header("Content-Type")).isEqualTo("application/json");
        assertThat(r.header("User-Agent")).isEqualTo("CALLR/API sandbox");

        JsonNode event = Rpc.MAPPER.readTree(r.body());
        assertThat(r.header("X-CALLR-EventId")).isEqualTo(event.get("event_id").asText());
        assertThat(event.get("event_at").asText()).isEqualTo("2025-01-15T12:00:00.000Z");
        assertThat(event.get("hook_hash").asText()).isEqualTo(hook);
        assertThat(event.get("try").asInt()).isZero();
        assertThat(event.get("type").asText()).isEqualTo("sms.mt.status_update");
        assertThat(event.get("data").get("hash").asText()).isEqualTo(sms);
        assertThat(event.get("data").get("status").asText()).isEqualTo("SENT");
        assertThat(emu.deliveries()).singleElement().satisfies(d -> {
            assertThat(d.succeeded()).isTrue();
            assertThat(d.endpoint()).isEqualTo(url());
        });
    }

    @Test
    void failedPushesAreRetriedWithTryIncremented() throws Exception {
        failuresLeft.set(2);
        rpc.ok("webhooks.subscribe", "sms.mo", url(), null);
        String hash = emu.simulateInboundSms("+33612345678", "+33987654321", "STOP");
        List<CallrEmulation.Delivery> log = emu.whenDeliveries(3).get(5, TimeUnit.SECONDS);
        emu.whenIdle().get(5, TimeUnit.SECONDS);
        assertThat(log).extracting(CallrEmulation.Delivery::attempt).containsExactly(0, 1, 2);
        assertThat(log).extracting(CallrEmulation.Delivery::status).containsExactly(500, 500, 200);
        assertThat(received).hasSize(3);
        JsonNode last = Rpc.MAPPER.readTree(log.get(2).body());
        assertThat(last.get("try").asInt()).isEqualTo(2);
        assertThat(last.get("type").asText()).isEqualTo("sms.mo");
        assertThat(last.get("data").get("hash").asText()).isEqualTo(hash);
        assertThat(received.peek().header("X-CALLR-HmacSignature")).isNull();
        assertThat(rpc.ok("sms.get", hash).get("type").asText()).isEqualTo("IN");
    }

    @Test
    void gaveUpAfterThreeRetries() throws Exception {
        failuresLeft.set(100);
        rpc.ok("webhooks.subscribe", "did.assigned", url(), null);
        rpc.ok("did/store.buy_order", rpc.ok("did/store.reserve", 201, "CLASSIC", 1, "RANDOM").get("token").asText());
        emu.whenIdle().get(5, TimeUnit.SECONDS);
        assertThat(emu.deliveries()).extracting(CallrEmulation.Delivery::attempt).containsExactly(0, 1, 2, 3);
        assertThat(emu.deliveries()).noneMatch(CallrEmulation.Delivery::succeeded);
    }

    @Test
    void mediaLibraryStatusUpdate() throws Exception {
        rpc.ok("webhooks.subscribe", "media.library.status_update", url(), Rpc.obj("hmac_secret", "12345678"));
        int id = rpc.ok("media/library.create", "greeting").asInt();
        assertThat(rpc.ok("media/library.get", id).get("status").asText()).isEqualTo("PENDING_CONTENT");
        rpc.ok("media/tts.set_content", id, "Hello and welcome", "TTS_EN-GB_SERENA", null);
        emu.whenIdle().get(5, TimeUnit.SECONDS);
        Received r = received.poll(5, TimeUnit.SECONDS);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("12345678".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        assertThat(r.header("X-CALLR-HmacSignature")).isEqualTo(Base64.getEncoder().encodeToString(mac.doFinal(r.body())));
        JsonNode data = Rpc.MAPPER.readTree(r.body()).get("data");
        assertThat(data.get("id").asInt()).isEqualTo(id);
        assertThat(data.get("status").asText()).isEqualTo("READY");
        assertThat(rpc.ok("media/library.get_list", (Object) null).get(String.valueOf(id)).get("voice").asText()).isEqualTo("TTS_EN-GB_SERENA");
    }
}
