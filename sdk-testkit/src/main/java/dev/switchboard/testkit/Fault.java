package dev.switchboard.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A fault to inject into the next matching request(s); see {@link Faults#enqueue(Fault)}.
 *
 * <p>Immutable: every method returns a new fault. Three kinds:
 * <ul>
 *   <li>{@link #status(int)} answers with that status instead of the emulation, optionally with
 *       {@link #body(String)}, {@link #contentType(String)} and {@link #header(String, String)} (e.g. {@code Retry-After});</li>
 *   <li>{@link #delay(Duration)} waits, then lets the emulation answer normally;</li>
 *   <li>{@link #dropConnection()} closes the connection without sending a single response byte: clients see an
 *       {@link java.io.IOException} (JDK HttpClient: "HTTP/1.1 header parser received no bytes"; OkHttp:
 *       "unexpected end of stream").</li>
 * </ul>
 * By default a fault matches any request and is consumed once; narrow it with {@link #onPath(String)} and
 * {@link #onMethod(String)}, repeat it with {@link #times(int)}.
 */
public final class Fault {

    /** What this fault does: answer with a status, delay the answer, or drop the connection. */
    public enum Kind {
      /** Answer with a status code, headers and body instead of the emulation. */
      STATUS,
      /** Delay the emulation's answer. */
      DELAY,
      /** Close the connection without answering. */
      DROP_CONNECTION
    }

    private final Kind kind;
    private final int status;
    private final byte[] body;
    private final String contentType;
    private final List<Map.Entry<String, String>> headers;
    private final Duration delay;
    private final String pathPrefix;
    private final String method;
    private final int times;

    private Fault(Kind kind, int status, byte[] body, String contentType, List<Map.Entry<String, String>> headers,
                  Duration delay, String pathPrefix, String method, int times) {
        this.kind = kind;
        this.status = status;
        this.body = body;
        this.contentType = contentType;
        this.headers = List.copyOf(headers);
        this.delay = delay;
        this.pathPrefix = pathPrefix;
        this.method = method;
        this.times = times;
    }

    /** Answer with {@code code}; the default body is {@code {"error":"injected fault <code>"}} as JSON. */
    public static Fault status(int code) {
        if (code < 100 || code > 599) {
            throw new IllegalArgumentException("HTTP status out of range: " + code);
        }
        byte[] body = ("{\"error\":\"injected fault " + code + "\"}").getBytes(StandardCharsets.UTF_8);
        return new Fault(Kind.STATUS, code, body, "application/json", List.of(), Duration.ZERO, "", null, 1);
    }

    /** Wait {@code delay}, then let the emulation answer normally. */
    public static Fault delay(Duration delay) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("negative delay");
        }
        return new Fault(Kind.DELAY, 0, new byte[0], null, List.of(), delay, "", null, 1);
    }

    /** Close the connection without any response. */
    public static Fault dropConnection() {
        return new Fault(Kind.DROP_CONNECTION, 0, new byte[0], null, List.of(), Duration.ZERO, "", null, 1);
    }

    /** The response body (UTF-8) of a {@link #status(int)} fault. */
    public Fault body(String body) {
        requireKind(Kind.STATUS, "body");
        return new Fault(kind, status, body.getBytes(StandardCharsets.UTF_8), contentType, headers, delay, pathPrefix, method, times);
    }

    /** The {@code Content-Type} of a {@link #status(int)} fault (default {@code application/json}). */
    public Fault contentType(String contentType) {
        requireKind(Kind.STATUS, "contentType");
        return new Fault(kind, status, body, contentType, headers, delay, pathPrefix, method, times);
    }

    /** Adds a response header to a {@link #status(int)} fault, e.g. {@code header("Retry-After", "2")}. */
    public Fault header(String name, String value) {
        requireKind(Kind.STATUS, "header");
        List<Map.Entry<String, String>> h = new ArrayList<>(headers);
        h.add(Map.entry(name, value));
        return new Fault(kind, status, body, contentType, h, delay, pathPrefix, method, times);
    }

    /**
     * Only requests whose full path equals {@code prefix} or lies under it match, e.g.
     * {@code onPath("/voipbin/v1.0/groupcalls")}. A full URL is accepted too; only its path is used.
     */
    public Fault onPath(String prefix) {
        String p = prefix;
        int scheme = p.indexOf("://");
        if (scheme >= 0) {
            int slash = p.indexOf('/', scheme + 3);
            p = slash < 0 ? "/" : p.substring(slash);
        }
        return new Fault(kind, status, body, contentType, headers, delay, Sandbox.normalizePrefix(p), method, times);
    }

    /** Only requests with this HTTP method match. */
    public Fault onMethod(String method) {
        return new Fault(kind, status, body, contentType, headers, delay, pathPrefix,
                method.toUpperCase(Locale.ROOT), times);
    }

    /** Applies to the next {@code n} matching requests (default 1). */
    public Fault times(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("times must be >= 1");
        }
        return new Fault(kind, status, body, contentType, headers, delay, pathPrefix, method, n);
    }

    /** Returns what this fault does. */
    public Kind kind() {
        return kind;
    }

    /** Returns the HTTP status a {@code STATUS} fault answers with. */
    public int statusCode() {
        return status;
    }

    /** Returns a copy of the body bytes a {@code STATUS} fault answers with. */
    public byte[] bodyBytes() {
        return body.clone();
    }

    /** Returns the Content-Type of the answer body. */
    public String contentTypeValue() {
        return contentType;
    }

    /** Returns the extra response headers a {@code STATUS} fault sends. */
    public List<Map.Entry<String, String>> headers() {
        return headers;
    }

    /** Returns how long a {@code DELAY} fault waits before answering. */
    public Duration delayDuration() {
        return delay;
    }

    /** The path prefix this fault is limited to ({@code ""} for any). */
    public String pathPrefix() {
        return pathPrefix;
    }

    /** The method this fault is limited to, or {@code null} for any. */
    public String method() {
        return method;
    }

    /** Returns how many matching requests this fault answers before it is used up. */
    public int times() {
        return times;
    }

    boolean matches(String requestMethod, String path) {
        if (method != null && !method.equalsIgnoreCase(requestMethod)) {
            return false;
        }
        return Sandbox.underPrefix(path, pathPrefix);
    }

    private void requireKind(Kind expected, String what) {
        if (kind != expected) {
            throw new IllegalStateException(what + "(...) applies to status faults only, not " + kind);
        }
    }

    @Override
    public String toString() {
        String what = switch (kind) {
            case STATUS -> "status " + status;
            case DELAY -> "delay " + delay;
            case DROP_CONNECTION -> "drop connection";
        };
        return "Fault[" + what + (pathPrefix.isEmpty() ? "" : " on " + pathPrefix)
                + (method == null ? "" : " for " + method) + " x" + times + "]";
    }
}
