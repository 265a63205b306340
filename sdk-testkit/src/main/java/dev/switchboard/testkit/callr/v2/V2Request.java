package dev.switchboard.testkit.callr.v2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.testkit.SandboxExchange;

import java.io.IOException;
import java.util.Map;

/** What one v2 route handler sees: the exchange, the path parameters, the acting account and the shared world. */
final class V2Request {

    final SandboxExchange ex;
    final Map<String, String> pathParams;
    final V2Account account;
    final V2World world;

    V2Request(SandboxExchange ex, Map<String, String> pathParams, V2Account account, V2World world) {
        this.ex = ex;
        this.pathParams = pathParams;
        this.account = account;
        this.world = world;
    }

    /** A path parameter (percent-decoded by the sandbox, e.g. {@code %2B33...} arrives as {@code +33...}). */
    String path(String name) {
        return pathParams.get(name);
    }

    /** The first value of a query parameter, or null. */
    String query(String name) {
        return ex.queryParam(name);
    }

    /** A query parameter or, when absent there, the same-named field of a JSON object body; null if neither. */
    String queryOrBody(String name) throws V2Error {
        String q = query(name);
        if (q != null) {
            return q;
        }
        JsonNode b = bodyOrEmpty();
        JsonNode v = b.get(name);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** An integer query parameter in {@code [min, max]}, or {@code def} when absent. */
    int intQuery(String name, int def, int min, int max) throws V2Error {
        String v = query(name);
        if (v == null) {
            return def;
        }
        long n;
        try {
            n = Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw V2Error.invalid(name, "must be an integer, got '" + v + "'");
        }
        if (n < min || n > max) {
            throw V2Error.invalid(name, max == Integer.MAX_VALUE ? "must be >= " + min + ", got " + n
                    : "must be between " + min + " and " + max + ", got " + n);
        }
        return (int) n;
    }

    /** The body as a JSON object; an empty body is an empty object; anything else is a 400. */
    ObjectNode bodyOrEmpty() throws V2Error {
        byte[] b = ex.body();
        if (b.length == 0) {
            return V2Json.obj();
        }
        JsonNode n;
        try {
            n = ex.mapper().readTree(b);
        } catch (IOException e) {
            throw V2Error.badBody("the body is not JSON");
        }
        if (n == null || n.isMissingNode()) {
            return V2Json.obj();
        }
        if (!n.isObject()) {
            throw V2Error.badBody("the body must be a JSON object");
        }
        return (ObjectNode) n;
    }

    /** A string field of the JSON body with a length range; null when absent and not {@code required}. */
    String bodyString(ObjectNode body, String field, boolean required, int minLen, int maxLen) throws V2Error {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw V2Error.invalid(field, "is required");
            }
            return null;
        }
        if (!v.isTextual()) {
            throw V2Error.invalid(field, "must be a string");
        }
        int len = v.textValue().codePointCount(0, v.textValue().length());
        if (len < minLen || len > maxLen) {
            throw V2Error.invalid(field, "length must be between " + minLen + " and " + maxLen + ", got " + len);
        }
        return v.textValue();
    }

    /** The request's content type without parameters, lower case, or "". */
    String contentType() {
        String ct = ex.header("Content-Type");
        if (ct == null) {
            return "";
        }
        int semi = ct.indexOf(';');
        return (semi < 0 ? ct : ct.substring(0, semi)).trim().toLowerCase(java.util.Locale.ROOT);
    }
}
