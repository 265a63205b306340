package dev.switchboard.testkit.callr.v2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.testkit.callr.v2.V2Router.Reply;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code /numbers}: the account's phone numbers (v1 DIDs), addressed by their E.164 value. [I shape] a Number is
 * {@code {e164, country, type, class, scenario (action sid | null), assigned (date-time | null), created}}.
 */
final class V2NumberRoutes {

    private V2NumberRoutes() {
    }

    static void register(V2Router r) {
        r.add("GET", "/numbers", V2NumberRoutes::search);
        r.add("GET", "/numbers/{number}", q -> Reply.ok(owned(q, q.path("number")).deepCopy()));
        r.add("PATCH", "/numbers/{number}", V2NumberRoutes::update);
        r.add("DELETE", "/numbers/{number}", V2NumberRoutes::cancel);
        r.add("PUT", "/numbers/{number}/scenario/{sid}", q -> {
            ObjectNode n = owned(q, q.path("number"));
            ObjectNode a = V2ActionRoutes.action(q);
            n.put("scenario", a.get("sid").asText()).put("assigned", q.world.nowText());
            return Reply.ok(n.deepCopy());
        });
        r.add("DELETE", "/numbers/{number}/scenario/{sid}", q -> {
            ObjectNode n = owned(q, q.path("number"));
            ObjectNode a = V2ActionRoutes.action(q);
            if (!a.get("sid").asText().equals(V2Json.text(n, "scenario"))) {
                throw V2Error.notFound("number assigned to action " + a.get("sid").asText(), n.get("e164").asText());
            }
            n.putNull("scenario").putNull("assigned");
            return Reply.noContent();
        });
    }

    /** An owned number by its (percent-decoded) E.164 path value; 400 if malformed, 404 if not owned. */
    static ObjectNode owned(V2Request q, String raw) throws V2Error {
        return V2Json.found(q.account.numbers, "number", V2Json.e164("number", raw));
    }

    /** [I] filters {@code e164} (prefix match), {@code country}, {@code type}, {@code class}, {@code scenario}; sort created|e164. */
    private static Reply search(V2Request q) throws V2Error {
        String e164 = q.query("e164");
        String country = q.query("country");
        String type = q.query("type");
        String cls = q.query("class");
        String scenario = q.query("scenario");
        List<ObjectNode> all = new ArrayList<>();
        for (ObjectNode n : q.account.numbers.values()) {
            if ((e164 == null || n.get("e164").asText().startsWith(e164))
                    && (country == null || n.get("country").asText().equalsIgnoreCase(country))
                    && (type == null || n.get("type").asText().equals(type))
                    && (cls == null || n.get("class").asText().equals(cls))
                    && (scenario == null || scenario.equals(V2Json.text(n, "scenario")))) {
                all.add(n);
            }
        }
        return Reply.ok(V2Json.page(all, q, "created", CallrV2Emulation.sorts("created", "created", "e164", "e164")));
    }

    /** [I body] {@code {"scenario": "<action sid>" | null}} assigns or unassigns → 200 Number. */
    private static Reply update(V2Request q) throws V2Error {
        ObjectNode n = owned(q, q.path("number"));
        ObjectNode body = q.bodyOrEmpty();
        if (body.has("scenario")) {
            JsonNode s = body.get("scenario");
            if (s.isNull()) {
                n.putNull("scenario").putNull("assigned");
            } else if (!s.isTextual()) {
                throw V2Error.invalid("scenario", "must be an action sid or null");
            } else {
                String sid = V2Json.sid("scenario", s.textValue());
                if (!q.account.actions.containsKey(sid)) {
                    throw V2Error.notFound("action", sid);
                }
                n.put("scenario", sid).put("assigned", q.world.nowText());
            }
        }
        return Reply.ok(n.deepCopy());
    }

    /** [C path] cancels the subscription: 204, the number leaves the account (it does not return to the store). */
    private static Reply cancel(V2Request q) throws V2Error {
        ObjectNode n = owned(q, q.path("number"));
        q.account.numbers.remove(n.get("e164").asText());
        return Reply.noContent();
    }
}
