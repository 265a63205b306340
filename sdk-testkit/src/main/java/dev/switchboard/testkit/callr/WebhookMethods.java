package dev.switchboard.testkit.callr;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Map;

/** webhooks.* */
final class WebhookMethods {

    static final List<String> EVENT_TYPES = List.of("billing.credit", "billing.credit_warning",
            "billing.credit_shutdown", "call.inbound_start", "call.inbound_hangup", "call.outbound_start",
            "call.outbound_hangup", "did.assigned", "did.unassigned", "job.status_update",
            "media.library.status_update", "media.recording.new", "media.recording.status_update", "sms.mo",
            "sms.mt.status_update");
    static final List<String> HMAC_ALGOS = List.of("MD5", "SHA1", "SHA256", "SHA512");

    private WebhookMethods() {
    }

    static void register(Map<String, CallrEmulation.RpcMethod> m) {
        m.put("webhooks.subscribe", c -> {
            c.p.count(2, "type", "endpoint", "options");
            String type = c.p.string(0, "type");
            String endpoint = c.p.string(1, "endpoint");
            ObjectNode options = c.p.objectOrNull(2, "options");
            if (!EVENT_TYPES.contains(type)) {
                throw RpcException.invalidValue("type", "unknown event type; see webhooks.get_event_types");
            }
            validateEndpoint(endpoint);
            ObjectNode opts = Json.obj().put("format", "JSON").put("hmac_algo", "SHA256");
            String secret = null;
            if (options != null) {
                String format = Json.text(options, "format");
                if (format != null && !format.equals("JSON")) {
                    throw RpcException.invalidValue("options.format", "only \"JSON\" is supported");
                }
                if (options.has("hmac_algo") && !options.get("hmac_algo").isNull()) {
                    String algo = options.get("hmac_algo").asText();
                    if (!options.get("hmac_algo").isTextual() || !HMAC_ALGOS.contains(algo)) {
                        throw RpcException.invalidValue("options.hmac_algo", "must be one of " + HMAC_ALGOS);
                    }
                    opts.put("hmac_algo", algo);
                }
                if (options.has("hmac_secret") && !options.get("hmac_secret").isNull()) {
                    if (!options.get("hmac_secret").isTextual()) {
                        throw RpcException.invalidParams("options.hmac_secret", 2, "string");
                    }
                    secret = options.get("hmac_secret").textValue();
                    if (secret.length() < 8 || secret.length() > 1024) {
                        throw RpcException.invalidValue("options.hmac_secret", "length must be 8..1024");
                    }
                }
            }
            if (secret == null) {
                opts.putNull("hmac_secret");
            } else {
                opts.put("hmac_secret", secret);
            }
            String hash = c.d.hash();
            ObjectNode w = Json.obj();
            w.put("created_at", Json.datetimeMs(c.d.now())).put("endpoint", endpoint).put("hash", hash);
            w.set("options", opts);
            w.put("status", "ENABLED").put("type", type).put("updated_at", Json.datetimeMs(c.d.now()));
            c.d.webhooks.put(hash, w);
            if (secret != null) {
                c.d.webhookSecrets.put(hash, secret);
            }
            return w.deepCopy();
        });
        m.put("webhooks.unsubscribe", c -> {
            c.p.count(1, "hash");
            String hash = c.p.string(0, "hash");
            if (c.d.webhooks.remove(hash) == null) {
                throw RpcException.notFound("Webhook", hash);
            }
            c.d.webhookSecrets.remove(hash);
            return Json.F.booleanNode(true);
        });
        m.put("webhooks.get", c -> {
            c.p.count(1, "hash");
            String hash = c.p.string(0, "hash");
            ObjectNode w = c.d.webhooks.get(hash);
            if (w == null) {
                throw RpcException.notFound("Webhook", hash);
            }
            return w.deepCopy();
        });
        m.put("webhooks.get_list", c -> {
            c.p.count(0);
            ArrayNode out = Json.arr();
            c.d.webhooks.values().forEach(w -> out.add(w.deepCopy()));
            return out;
        });
        m.put("webhooks.get_event_types", c -> {
            c.p.count(0);
            ArrayNode out = Json.arr();
            EVENT_TYPES.forEach(out::add);
            return out;
        });
    }

    private static void validateEndpoint(String endpoint) throws RpcException {
        URI uri;
        try {
            uri = new URI(endpoint);
        } catch (URISyntaxException e) {
            throw RpcException.invalidValue("endpoint", "not a valid URL");
        }
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                || uri.getHost() == null || uri.getHost().isEmpty()) {
            throw RpcException.invalidValue("endpoint", "must be an absolute http(s) URL");
        }
    }
}
