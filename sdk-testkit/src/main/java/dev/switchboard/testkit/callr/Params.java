package dev.switchboard.testkit.callr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigInteger;
import java.time.Instant;

/** Positional JSON-RPC params with typed, validating accessors (violations are -32602 errors naming the param). */
final class Params {

    static final BigInteger UINT64_MAX = new BigInteger("18446744073709551615");

    private final ArrayNode values;

    Params(ArrayNode values) {
        this.values = values;
    }

    int size() {
        return values.size();
    }

    /** Checks the number of params: at least {@code min} (required), at most {@code names.length}. */
    void count(int min, String... names) throws RpcException {
        int n = values.size();
        if (n < min || n > names.length) {
            String expected = min == names.length ? names.length + " params" : min + ".." + names.length + " params";
            String param = n < min ? names[n] : "(extra)";
            throw new RpcException(RpcException.INVALID_PARAMS, "Invalid params",
                    Json.obj().put("param", param).put("index", Math.min(n, names.length)).put("expected", expected)
                            .put("got", n));
        }
    }

    private JsonNode raw(int i) {
        return i < values.size() ? values.get(i) : null;
    }

    private static boolean absent(JsonNode n) {
        return n == null || n.isNull();
    }

    String string(int i, String name) throws RpcException {
        JsonNode n = raw(i);
        if (n == null || !n.isTextual()) {
            throw RpcException.invalidParams(name, i, "string");
        }
        return n.textValue();
    }

    String stringOrNull(int i, String name) throws RpcException {
        JsonNode n = raw(i);
        if (absent(n)) {
            return null;
        }
        if (!n.isTextual()) {
            throw RpcException.invalidParams(name, i, "string|null");
        }
        return n.textValue();
    }

    int integer(int i, String name) throws RpcException {
        JsonNode n = raw(i);
        if (n == null || !n.isIntegralNumber() || !n.canConvertToInt()) {
            throw RpcException.invalidParams(name, i, "int");
        }
        return n.intValue();
    }

    BigInteger uint64(int i, String name) throws RpcException {
        JsonNode n = raw(i);
        if (n == null || !n.isIntegralNumber() || n.bigIntegerValue().signum() < 0
                || n.bigIntegerValue().compareTo(UINT64_MAX) > 0) {
            throw RpcException.invalidParams(name, i, "uint64");
        }
        return n.bigIntegerValue();
    }

    boolean bool(int i, String name) throws RpcException {
        JsonNode n = raw(i);
        if (n == null || !n.isBoolean()) {
            throw RpcException.invalidParams(name, i, "bool");
        }
        return n.booleanValue();
    }

    ObjectNode object(int i, String name) throws RpcException {
        JsonNode n = raw(i);
        if (n == null || !n.isObject()) {
            throw RpcException.invalidParams(name, i, "object");
        }
        return (ObjectNode) n;
    }

    /** An object or null; an empty JSON array is accepted as an empty object (PHP-style). */
    ObjectNode objectOrNull(int i, String name) throws RpcException {
        JsonNode n = raw(i);
        if (absent(n)) {
            return null;
        }
        if (n.isArray() && n.isEmpty()) {
            return Json.obj();
        }
        if (!n.isObject()) {
            throw RpcException.invalidParams(name, i, "object|null");
        }
        return (ObjectNode) n;
    }

    ArrayNode array(int i, String name) throws RpcException {
        JsonNode n = raw(i);
        if (n == null || !n.isArray()) {
            throw RpcException.invalidParams(name, i, "array");
        }
        return (ArrayNode) n;
    }

    ArrayNode arrayOrNull(int i, String name) throws RpcException {
        JsonNode n = raw(i);
        if (absent(n)) {
            return null;
        }
        if (!n.isArray()) {
            throw RpcException.invalidParams(name, i, "array|null");
        }
        return (ArrayNode) n;
    }

    /** A {@code datetime} string param. */
    Instant datetime(int i, String name) throws RpcException {
        JsonNode n = raw(i);
        Instant t = n != null && n.isTextual() ? Json.parseDatetime(n.textValue()) : null;
        if (t == null) {
            throw RpcException.invalidParams(name, i, "datetime (YYYY-MM-DD HH:MM:SS)");
        }
        return t;
    }

    /** A string array param (each element a string). */
    java.util.List<String> strings(int i, String name, boolean nullable) throws RpcException {
        ArrayNode a = nullable ? arrayOrNull(i, name) : array(i, name);
        if (a == null) {
            return null;
        }
        java.util.List<String> out = new java.util.ArrayList<>();
        for (JsonNode e : a) {
            if (!e.isTextual()) {
                throw RpcException.invalidParams(name, i, "string[]");
            }
            out.add(e.textValue());
        }
        return out;
    }

    /** Search.Options: offset ≥ 0 (default 0), quantity 1..100 (default 10). Returns {offset, quantity}. */
    int[] searchOptions(int i, String name) throws RpcException {
        ObjectNode o = objectOrNull(i, name);
        int offset = 0;
        int quantity = 10;
        if (o != null) {
            JsonNode off = o.get("offset");
            if (off != null && !off.isNull()) {
                if (!off.isIntegralNumber() || !off.canConvertToInt() || off.intValue() < 0) {
                    throw RpcException.invalidParams(name + ".offset", i, "int >= 0");
                }
                offset = off.intValue();
            }
            JsonNode q = o.get("quantity");
            if (q != null && !q.isNull()) {
                if (!q.isIntegralNumber() || !q.canConvertToInt() || q.intValue() < 1 || q.intValue() > 100) {
                    throw RpcException.invalidParams(name + ".quantity", i, "int 1..100");
                }
                quantity = q.intValue();
            }
        }
        return new int[] {offset, quantity};
    }

    /** Builds Search.Results for a full, already filtered and ordered list. */
    static ObjectNode searchResults(java.util.List<? extends JsonNode> all, int[] opts) {
        int offset = opts[0];
        int quantity = opts[1];
        ArrayNode hits = Json.arr();
        for (int k = offset; k < Math.min(all.size(), offset + quantity); k++) {
            hits.add(all.get(k).deepCopy());
        }
        ObjectNode r = Json.obj();
        r.put("has_more", offset + hits.size() < all.size());
        r.set("hits", hits);
        r.put("offset", offset);
        r.put("total", all.size());
        return r;
    }
}
