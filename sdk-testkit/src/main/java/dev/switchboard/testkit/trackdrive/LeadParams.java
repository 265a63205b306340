package dev.switchboard.testkit.trackdrive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.testkit.SandboxExchange;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Request parameters as typed values: query booleans, numbers and dates of a list request, and the merged query and
 * body parameters of a submission or update. A value that does not parse is a 422.
 */
final class LeadParams {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private LeadParams() {
    }

    /** Parses the seed's boolean spellings; {@code null} when absent or blank. */
    static Boolean parseBool(String name, String v) throws Reject {
        if (v == null || v.isBlank()) {
            return null;
        }
        return switch (v.trim().toLowerCase(Locale.ROOT)) {
            case "1", "true", "yes", "on" -> Boolean.TRUE;
            case "0", "false", "no", "off" -> Boolean.FALSE;
            default -> throw new Reject(422, name + " must be a boolean value: 1, true, yes, on, 0, false, no, off");
        };
    }

    /** A boolean query parameter ({@link #parseBool}). */
    static Boolean bool(SandboxExchange ex, String name) throws Reject {
        return parseBool(name, ex.queryParam(name));
    }

    /** An integer query parameter, clamped to the int range; {@code dflt} when absent or blank. */
    static int number(SandboxExchange ex, String name, int dflt) throws Reject {
        String v = ex.queryParam(name);
        if (v == null || v.isBlank()) {
            return dflt;
        }
        try {
            return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, Long.parseLong(v.trim())));
        } catch (NumberFormatException e) {
            throw new Reject(422, name + " must be a number");
        }
    }

    /** A query date parameter ({@link LeadDates#parseDate}), {@code null} when absent or blank, else 422. */
    static Instant date(SandboxExchange ex, String name, ZoneId zone) throws Reject {
        String v = ex.queryParam(name);
        if (v == null || v.isBlank()) {
            return null;
        }
        Instant t = LeadDates.parseDate(v, zone);
        if (t == null) {
            throw new Reject(422, name + " must be a date formatted like 2016-01-01 12:25:15 -0500");
        }
        return t;
    }

    /** Query parameters, then the body (JSON object or form), later values winning; JSON keeps its types. */
    static Map<String, JsonNode> params(SandboxExchange ex) throws Reject {
        Map<String, JsonNode> p = new LinkedHashMap<>();
        ex.queryParams().forEach((k, v) -> p.put(k, NODES.textNode(v.isEmpty() ? "" : v.get(v.size() - 1))));
        String body = ex.bodyString().trim();
        if (body.isEmpty()) {
            return p;
        }
        String ct = ex.header("Content-Type");
        boolean json = body.startsWith("{") || (ct != null && ct.toLowerCase(Locale.ROOT).contains("json"));
        if (json) {
            JsonNode n;
            try {
                n = ex.mapper().readTree(body);
            } catch (IOException e) {
                throw new Reject(422, "The request body is not valid JSON");
            }
            if (n == null || !n.isObject()) {
                throw new Reject(422, "The request body must be a JSON object");
            }
            n.properties().forEach(e -> p.put(e.getKey(), e.getValue()));
        } else {
            ex.formParams().forEach((k, v) -> {
                String key = k;
                if (k.startsWith("data[") && k.endsWith("]")) { // data[foo]=bar
                    JsonNode d = p.get("data");
                    ObjectNode obj = d instanceof ObjectNode o ? o : NODES.objectNode();
                    obj.put(k.substring(5, k.length() - 1), v.isEmpty() ? "" : v.get(v.size() - 1));
                    p.put("data", obj);
                    return;
                }
                p.put(key, NODES.textNode(v.isEmpty() ? "" : v.get(v.size() - 1)));
            });
        }
        return p;
    }

    static String str(JsonNode n) {
        return n == null || n.isNull() ? null : n.isTextual() ? n.asText() : n.toString();
    }

    static Boolean boolParam(String name, JsonNode n) throws Reject {
        if (n == null || n.isNull()) {
            return null;
        }
        if (n.isBoolean()) {
            return n.asBoolean();
        }
        if (n.isIntegralNumber()) {
            return n.asLong() != 0;
        }
        return parseBool(name, n.asText());
    }

    static Long longParam(String name, JsonNode n) throws Reject {
        if (n == null || n.isNull() || (n.isTextual() && n.asText().isBlank())) {
            return null;
        }
        if (n.isIntegralNumber()) {
            return n.asLong();
        }
        try {
            return Long.parseLong(n.asText().trim());
        } catch (NumberFormatException e) {
            throw new Reject(422, name + " must be a number");
        }
    }

    static Instant dateParam(String name, JsonNode n) throws Reject {
        if (n == null || n.isNull() || (n.isTextual() && n.asText().isBlank())) {
            return null;
        }
        Instant t = LeadDates.parseDate(n.asText(), ZoneOffset.UTC);
        if (t == null) {
            try {
                t = java.time.OffsetDateTime.parse(n.asText().trim()).toInstant();
            } catch (RuntimeException e) {
                throw new Reject(422, name + " must be a date formatted like 2016-01-01 12:25:15 -0500");
            }
        }
        return t;
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
