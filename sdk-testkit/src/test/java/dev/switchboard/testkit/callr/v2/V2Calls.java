package dev.switchboard.testkit.callr.v2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.models.SwitchboardJson;
import dev.switchboard.testkit.Sandbox;
import dev.switchboard.testkit.SandboxCredentials;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A tiny OkHttp client for the v2 emulation tests: fixed auth headers, JSON bodies, answers parsed with the SDK's mapper. */
final class V2Calls {

    static final ObjectMapper JSON = SwitchboardJson.mapper();
    static final MediaType APPLICATION_JSON = MediaType.get("application/json");
    private static final OkHttpClient CLIENT = new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(10))
            .retryOnConnectionFailure(false).build();

    /** One answer: status, headers, raw bytes and the body parsed as JSON (null when empty or not JSON). */
    record Answer(int status, okhttp3.Headers headers, byte[] bytes, JsonNode json) {
        String header(String name) {
            return headers.get(name);
        }

        /** The error envelope's code (asserting the envelope has exactly code and message strings). */
        String errorCode() {
            if (json == null || !json.path("code").isTextual() || !json.path("message").isTextual() || json.size() != 2) {
                throw new AssertionError("not a v2 error envelope: " + (json == null ? new String(bytes, StandardCharsets.UTF_8) : json));
            }
            return json.get("code").asText();
        }
    }

    private final String base;
    private final String[] headers;

    private V2Calls(String base, String... headers) {
        this.base = base;
        this.headers = headers;
    }

    /** Authenticated with {@code x-api-key}. */
    static V2Calls apiKey(Sandbox s) {
        return new V2Calls(s.callrV2BaseUrl(), "x-api-key", SandboxCredentials.CALLR_API_KEY);
    }

    /** Authenticated with Basic {@code user:password}. */
    static V2Calls basic(Sandbox s, String user, String password) {
        return new V2Calls(s.callrV2BaseUrl(), "Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /** With exactly these headers (name, value, ...), e.g. none. */
    static V2Calls raw(Sandbox s, String... headers) {
        return new V2Calls(s.callrV2BaseUrl(), headers);
    }

    Answer get(String path) {
        return send("GET", path, null);
    }

    Answer delete(String path) {
        return send("DELETE", path, null);
    }

    Answer post(String path, String json) {
        return send("POST", path, json == null ? RequestBody.create(new byte[0], null) : RequestBody.create(json, APPLICATION_JSON));
    }

    Answer put(String path, String json) {
        return send("PUT", path, RequestBody.create(json == null ? "" : json, APPLICATION_JSON));
    }

    Answer patch(String path, String json) {
        return send("PATCH", path, RequestBody.create(json, APPLICATION_JSON));
    }

    Answer send(String method, String path, RequestBody body) {
        Request.Builder b = new Request.Builder().url(base + path).method(method, body);
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        try (Response r = CLIENT.newCall(b.build()).execute()) {
            ResponseBody rb = r.body();
            byte[] bytes = rb == null ? new byte[0] : rb.bytes();
            JsonNode json = null;
            if (bytes.length > 0) {
                try {
                    json = JSON.readTree(bytes);
                } catch (IOException notJson) {
                    json = null;
                }
            }
            return new Answer(r.code(), r.headers(), bytes, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a JSON object from name, value pairs. */
    static String obj(Object... pairs) {
        com.fasterxml.jackson.databind.node.ObjectNode n = JSON.createObjectNode();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            n.set((String) pairs[i], JSON.valueToTree(pairs[i + 1]));
        }
        return n.toString();
    }
}
