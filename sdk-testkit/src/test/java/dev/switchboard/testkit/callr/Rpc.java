package dev.switchboard.testkit.callr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.testkit.Sandbox;
import dev.switchboard.testkit.SandboxCredentials;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** A tiny JSON-RPC client for the tests (JDK HttpClient + Jackson). */
final class Rpc {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final String BASIC = "Basic " + Base64.getEncoder().encodeToString(
            (SandboxCredentials.CALLR_LOGIN + ":" + SandboxCredentials.CALLR_PASSWORD).getBytes(StandardCharsets.UTF_8));
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    record Response(int status, JsonNode body) {
        JsonNode result() {
            if (body.has("error")) {
                throw new AssertionError("unexpected error: " + body);
            }
            return body.get("result");
        }

        JsonNode error() {
            if (!body.has("error")) {
                throw new AssertionError("expected an error: " + body);
            }
            return body.get("error");
        }

        int code() {
            return error().get("code").asInt();
        }
    }

    final Sandbox sandbox;
    final Map<String, String> headers = new LinkedHashMap<>();
    private final AtomicInteger ids = new AtomicInteger(100);

    Rpc(Sandbox sandbox) {
        this.sandbox = sandbox;
        headers.put("Authorization", BASIC);
    }

    Rpc auth(String value) {
        headers.put("Authorization", value);
        return this;
    }

    Rpc header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    static CallrEmulation emulation(Sandbox s) {
        return s.callr();
    }

    Response call(String method, Object... params) {
        ObjectNode req = MAPPER.createObjectNode().put("jsonrpc", "2.0").put("id", ids.incrementAndGet())
                .put("method", method);
        ArrayNode p = req.putArray("params");
        for (Object o : params) {
            JsonNode n = MAPPER.valueToTree(o);
            p.add(n == null ? MAPPER.nullNode() : n);
        }
        return raw("POST", req.toString());
    }

    /** The result of a successful call. */
    JsonNode ok(String method, Object... params) {
        return call(method, params).result();
    }

    Response raw(String httpMethod, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(sandbox.callrBaseUrl())).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json-rpc; charset=utf-8")
                .method(httpMethod, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(b::header);
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.body().isEmpty() ? MAPPER.nullNode() : MAPPER.readTree(r.body()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode obj(Object... kv) {
        ObjectNode o = MAPPER.createObjectNode();
        for (int i = 0; i < kv.length; i += 2) {
            o.set((String) kv[i], MAPPER.valueToTree(kv[i + 1]));
        }
        return o;
    }
}
