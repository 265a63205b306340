package dev.switchboard.testkit;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One request as the sandbox received it, for assertions.
 *
 * @param method  HTTP method, upper case
 * @param path    the full, decoded request path, e.g. {@code /voipbin/v1.0/groupcalls}
 * @param query   the raw query string without {@code ?}, or {@code null} when there is none
 * @param headers request headers; the map is case-insensitive on names
 * @param body    the request body decoded as UTF-8 ({@code ""} when empty)
 * @param faulted whether an injected {@link Fault} answered (or dropped) this request
 */
public record RecordedRequest(String method, String path, String query, Map<String, List<String>> headers,
                              String body, boolean faulted) {

    /** Requires method and path, copies the headers into an unmodifiable case-insensitive map, maps a null body to {@code ""}. */
    public RecordedRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        headers = java.util.Collections.unmodifiableMap(copy);
        body = body == null ? "" : body;
    }

    /** The first value of a header (case-insensitive name), or {@code null}. */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The path plus {@code ?query} when there is one. */
    public String target() {
        return query == null ? path : path + "?" + query;
    }

    @Override
    public String toString() {
        return method + " " + target() + (faulted ? " (faulted)" : "");
    }
}
