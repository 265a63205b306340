package dev.switchboard.testkit.callr.v2;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The v2 route table: {@code METHOD /path/{param}} patterns matched segment by segment. A {@code {param}} never
 * matches a word that is a literal segment of some route (so {@code /numbers/store} is never read as a number).
 * A path that matches a pattern under another method only is a 405; a path no pattern matches is a 404.
 */
final class V2Router {

    /** One route handler. */
    interface Handler {
        Reply handle(V2Request r) throws V2Error, IOException;
    }

    /** What a handler answers: a status and a JSON body, raw bytes, or nothing (204). */
    record Reply(int status, JsonNode json, String contentType, byte[] raw) {
        static Reply ok(JsonNode json) {
            return new Reply(200, json, null, null);
        }

        static Reply created(JsonNode json) {
            return new Reply(201, json, null, null);
        }

        static Reply accepted(JsonNode json) {
            return new Reply(202, json, null, null);
        }

        static Reply noContent() {
            return new Reply(204, null, null, null);
        }

        static Reply bytes(String contentType, byte[] raw) {
            return new Reply(200, null, contentType, raw);
        }
    }

    /** A matched route: its handler and the path parameters. */
    record Match(Handler handler, Map<String, String> params) {
    }

    private record Route(String method, String[] segments, Handler handler) {
    }

    private final List<Route> routes = new ArrayList<>();
    private final Set<String> literals = new HashSet<>();
    private final List<String> table = new ArrayList<>();

    /** Adds {@code METHOD pattern}, e.g. {@code add("GET", "/actions/{sid}", handler)}. */
    V2Router add(String method, String pattern, Handler handler) {
        String[] segs = split(pattern);
        for (String s : segs) {
            if (!s.startsWith("{")) {
                literals.add(s);
            }
        }
        routes.add(new Route(method, segs, handler));
        table.add(method + " " + pattern);
        return this;
    }

    /** Every {@code METHOD pattern} registered, in registration order. */
    List<String> table() {
        return List.copyOf(table);
    }

    /**
     * The route for {@code method path}; throws 405 (with the allowed methods in {@code allowed}) or 404.
     */
    Match match(String method, String path, Set<String> allowed) throws V2Error {
        String[] segs = split(path);
        for (Route r : routes) {
            Map<String, String> params = bind(r.segments, segs);
            if (params != null) {
                if (r.method.equals(method)) {
                    return new Match(r.handler, params);
                }
                allowed.add(r.method);
            }
        }
        if (!allowed.isEmpty()) {
            throw new V2Error(405, "method_not_allowed", method + " is not allowed on " + path + " (allowed: "
                    + String.join(", ", new TreeSet<>(allowed)) + ")");
        }
        throw new V2Error(404, "not_found", "no such endpoint: " + method + " " + path);
    }

    private Map<String, String> bind(String[] pattern, String[] segs) {
        if (pattern.length != segs.length) {
            return null;
        }
        Map<String, String> params = new LinkedHashMap<>();
        for (int i = 0; i < pattern.length; i++) {
            String p = pattern[i];
            if (p.startsWith("{")) {
                if (literals.contains(segs[i])) {
                    return null;
                }
                params.put(p.substring(1, p.length() - 1), segs[i]);
            } else if (!p.equals(segs[i])) {
                return null;
            }
        }
        return params;
    }

    private static String[] split(String path) {
        List<String> out = new ArrayList<>();
        for (String s : path.split("/")) {
            if (!s.isEmpty()) {
                out.add(s);
            }
        }
        return out.toArray(new String[0]);
    }
}
