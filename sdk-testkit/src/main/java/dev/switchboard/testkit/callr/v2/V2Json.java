package dev.switchboard.testkit.callr.v2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** JSON building and the v2 wire formats: RFC 3339 times, sids, E.164 numbers and the search envelope. */
final class V2Json {

    static final JsonNodeFactory F = JsonNodeFactory.instance;
    /** RFC 3339 §5.6, UTC, always with milliseconds: {@code 2025-01-15T12:00:00.000Z} [C: both forms are used by CALLR]. */
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    static final Pattern SID = Pattern.compile("[a-z0-9]{8}");
    static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{1,14}");
    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 100;

    private V2Json() {
    }

    static ObjectNode obj() {
        return F.objectNode();
    }

    static ArrayNode arr() {
        return F.arrayNode();
    }

    static String time(Instant t) {
        return TIME.format(t);
    }

    /** Parses an RFC 3339 date-time (any offset, with or without fractional seconds). */
    static Instant parseTime(String param, String value) throws V2Error {
        try {
            return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw V2Error.invalid(param, "must be an RFC 3339 date-time such as 2025-01-15T12:00:00Z, got '" + value + "'");
        }
    }

    static Instant timeOf(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || !v.isTextual() ? Instant.EPOCH : OffsetDateTime.parse(v.textValue()).toInstant();
    }

    /** A path sid: exactly 8 lower-case letters or digits (a v1 upper-case hash is rejected, naming the fix). */
    static String sid(String param, String value) throws V2Error {
        if (value == null || !SID.matcher(value).matches()) {
            throw V2Error.invalid(param, "a sid is 8 lower-case letters or digits (v1 hashes are lower-cased in v2), got '"
                    + value + "'");
        }
        return value;
    }

    /** An E.164 number ({@code +} then up to 15 digits), already percent-decoded. */
    static String e164(String param, String value) throws V2Error {
        if (value == null || !E164.matcher(value).matches()) {
            throw V2Error.invalid(param, "must be an E.164 number such as +33199001020, got '" + value + "'");
        }
        return value;
    }

    /** One of the lower-case enum values, or null when absent. */
    static String oneOf(String param, String value, Set<String> allowed) throws V2Error {
        if (value == null) {
            return null;
        }
        if (!allowed.contains(value)) {
            throw V2Error.invalid(param, "must be one of " + new java.util.TreeSet<>(allowed) + " (lower case), got '" + value + "'");
        }
        return value;
    }

    /** {@code map.get(id)}, or a 404 {@code not_found} naming {@code type} and {@code id}. */
    static <T> T found(java.util.Map<String, T> map, String type, String id) throws V2Error {
        T v = map.get(id);
        if (v == null) {
            throw V2Error.notFound(type, id);
        }
        return v;
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    /**
     * Sorts {@code all} (in creation order) by the {@code sort} query value, mapped to a field by {@code sorts}
     * (a date-time or text field; ties keep creation order), in {@code order} (default {@code desc}), and cuts the
     * page {@code offset}/{@code limit}: the search envelope {@code {offset, total, hasMore, hits}} [C, §2.6].
     * {@code sorts} null: a fixed catalogue (store entries, destinations) with no documented sort: {@code sort} and
     * {@code order} are ignored and the catalogue order is kept.
     */
    static ObjectNode page(List<ObjectNode> all, V2Request r, String defaultSort, java.util.Map<String, String> sorts)
            throws V2Error {
        String sort = null;
        String order = "asc";
        if (sorts != null) {
            String sortParam = r.query("sort");
            sort = sortParam == null ? sorts.get(defaultSort) : sorts.get(oneOf("sort", sortParam, sorts.keySet()));
            order = r.query("order");
            order = order == null ? "desc" : oneOf("order", order, Set.of("asc", "desc"));
        }
        int offset = r.intQuery("offset", 0, 0, Integer.MAX_VALUE);
        int limit = r.intQuery("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        List<ObjectNode> sorted = new java.util.ArrayList<>(all);
        if (sort != null) {
            String field = sort;
            Comparator<ObjectNode> c = Comparator.comparing(n -> {
                JsonNode v = n.get(field);
                return v == null || v.isNull() ? "" : v.asText();
            });
            sorted.sort(c); // stable: equal keys keep creation order
        }
        if ("desc".equals(order)) {
            java.util.Collections.reverse(sorted);
        }
        ObjectNode env = obj();
        ArrayNode hits = arr();
        for (int i = offset; i < sorted.size() && i < (long) offset + limit; i++) {
            hits.add(sorted.get(i).deepCopy());
        }
        env.put("offset", offset).put("total", sorted.size())
                .put("hasMore", (long) offset + hits.size() < sorted.size());
        env.set("hits", hits);
        return env;
    }
}
