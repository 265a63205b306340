package dev.switchboard.testkit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One request as an {@link Emulation} sees it, with helpers to read it and to answer it.
 *
 * <p>Not thread-safe; an exchange belongs to the thread handling it. Respond exactly once.
 */
public final class SandboxExchange {

    private final HttpExchange exchange;
    private final String prefix;
    private final String fullPath;
    private final byte[] body;
    private final ObjectMapper mapper;
    private final SandboxState state;
    private final String baseUrl;
    private Map<String, List<String>> query;
    private boolean responded;

    SandboxExchange(HttpExchange exchange, String prefix, String fullPath, byte[] body, ObjectMapper mapper,
                    SandboxState state, String baseUrl) {
        this.exchange = exchange;
        this.prefix = prefix;
        this.fullPath = fullPath;
        this.body = body;
        this.mapper = mapper;
        this.state = state;
        this.baseUrl = baseUrl;
    }

    /** The HTTP method, upper case. */
    public String method() {
        return exchange.getRequestMethod().toUpperCase(Locale.ROOT);
    }

    /** The decoded path relative to the emulation's prefix, always starting with {@code /} (just {@code /} at the prefix itself). */
    public String path() {
        String rest = fullPath.substring(prefix.length());
        return rest.isEmpty() ? "/" : rest;
    }

    /** The path segments of {@link #path()}, e.g. {@code ["groupcalls", "abc"]}; empty at the prefix itself. */
    public List<String> pathSegments() {
        List<String> segments = new ArrayList<>();
        for (String s : path().split("/")) {
            if (!s.isEmpty()) {
                segments.add(s);
            }
        }
        return List.copyOf(segments);
    }

    /** The full decoded request path, including the prefix. */
    public String fullPath() {
        return fullPath;
    }

    /** The emulation prefix this exchange was routed by. */
    public String prefix() {
        return prefix;
    }

    /** The URL of the emulation's prefix, e.g. {@code http://127.0.0.1:PORT/voipbin/v1.0}. */
    public String emulationBaseUrl() {
        return baseUrl + prefix;
    }

    /** The raw query string without {@code ?}, or {@code null}. */
    public String rawQuery() {
        return exchange.getRequestURI().getRawQuery();
    }

    /** Decoded query parameters in order of appearance; a name without {@code =} maps to {@code ""}. */
    public Map<String, List<String>> queryParams() {
        if (query == null) {
            query = parseQuery(rawQuery());
        }
        return query;
    }

    /** The first value of a query parameter, or {@code null}. */
    public String queryParam(String name) {
        List<String> values = queryParams().get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The first value of a request header (case-insensitive), or {@code null}. */
    public String header(String name) {
        return exchange.getRequestHeaders().getFirst(name);
    }

    /** All request headers; case-insensitive names. */
    public Map<String, List<String>> headers() {
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        exchange.getRequestHeaders().forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(copy);
    }

    /** The request body bytes (already read in full). */
    public byte[] body() {
        return body.clone();
    }

    /** The request body as UTF-8 text. */
    public String bodyString() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The request body parsed as JSON; a missing body yields a {@code MissingNode}. */
    public JsonNode bodyJson() throws IOException {
        return body.length == 0 ? mapper.missingNode() : mapper.readTree(body);
    }

    /** The request body bound to {@code type} with the sandbox's mapper. */
    public <T> T bodyAs(Class<T> type) throws IOException {
        return mapper.readValue(body, type);
    }

    /** Form parameters of an {@code application/x-www-form-urlencoded} body. */
    public Map<String, List<String>> formParams() {
        return parseQuery(bodyString());
    }

    /** The sandbox's Jackson mapper (shared, thread-safe). */
    public ObjectMapper mapper() {
        return mapper;
    }

    /** The sandbox state the emulations share. */
    public SandboxState state() {
        return state;
    }

    /** Adds a response header; call before responding. */
    public SandboxExchange responseHeader(String name, String value) {
        if (responded) {
            throw new IllegalStateException("already responded");
        }
        exchange.getResponseHeaders().add(name, value);
        return this;
    }

    /** Answers with {@code value} serialised as JSON ({@code application/json; charset=utf-8}). */
    public void respondJson(int status, Object value) throws IOException {
        byte[] bytes;
        try {
            bytes = value instanceof byte[] b ? b : mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IOException("cannot serialise response: " + e.getOriginalMessage(), e);
        }
        respond(status, "application/json; charset=utf-8", bytes);
    }

    /** Answers with the given bytes; {@code contentType} may be {@code null} for none. */
    public void respond(int status, String contentType, byte[] body) throws IOException {
        if (responded) {
            throw new IllegalStateException("already responded");
        }
        responded = true;
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        boolean noBody = body == null || body.length == 0 || status == 204 || status == 304
                || "HEAD".equals(method());
        // HttpServer: length -1 means "no body", 0 would mean chunked
        exchange.sendResponseHeaders(status, noBody ? -1 : body.length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
        exchange.close();
    }

    /** Answers with a status and no body. */
    public void respondEmpty(int status) throws IOException {
        respond(status, null, null);
    }

    /** Answers with UTF-8 text. */
    public void respondText(int status, String text) throws IOException {
        respond(status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether a response has been sent. */
    public boolean responded() {
        return responded;
    }

    /** The underlying JDK exchange, for anything the helpers do not cover. */
    public HttpExchange unwrap() {
        return exchange;
    }

    static Map<String, List<String>> parseQuery(String raw) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return Collections.unmodifiableMap(params);
        }
        for (String pair : raw.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            params.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        Map<String, List<String>> frozen = new LinkedHashMap<>();
        params.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(frozen);
    }

    private static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return s;
        }
    }
}
