package dev.switchboard.testkit.callr.v2;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.testkit.callr.v2.V2Router.Reply;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code /actions} (Callr Actions scenarios, formerly v1 apps), their runs and their numbers. */
final class V2ActionRoutes {

    static final Map<String, String> SORTS = CallrV2Emulation.sorts("name", "name", "created", "created",
            "updated", "updated");

    private V2ActionRoutes() {
    }

    static void register(V2Router r) {
        r.add("GET", "/actions", V2ActionRoutes::search);
        r.add("POST", "/actions", V2ActionRoutes::create);
        r.add("GET", "/actions/{sid}", q -> Reply.ok(q.account.renderAction(action(q))));
        r.add("PATCH", "/actions/{sid}", V2ActionRoutes::update);
        r.add("DELETE", "/actions/{sid}", V2ActionRoutes::delete);
        r.add("POST", "/actions/{sid}/runs", V2ActionRoutes::run);
        r.add("GET", "/actions/{sid}/runs", V2ActionRoutes::runs);
        r.add("PUT", "/actions/{sid}/numbers/{number}", V2ActionRoutes::assign);
        r.add("DELETE", "/actions/{sid}/numbers/{number}", V2ActionRoutes::unassign);
    }

    static ObjectNode action(V2Request q) throws V2Error {
        return V2Json.found(q.account.actions, "action", V2Json.sid("sid", q.path("sid")));
    }

    /** [C] {@code name} (partial, case-insensitive), {@code sort} name|created|updated (default updated), paging. */
    private static Reply search(V2Request q) throws V2Error {
        String name = q.query("name");
        if (name != null && name.length() > 64) {
            throw V2Error.invalid("name", "at most 64 characters");
        }
        List<ObjectNode> all = new ArrayList<>();
        for (ObjectNode a : q.account.actions.values()) {
            if (name == null || a.get("name").asText().toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT))) {
                all.add(q.account.renderAction(a));
            }
        }
        return Reply.ok(V2Json.page(all, q, "updated", SORTS));
    }

    /** [C body] {@code {name (1..64), script (1..32768), format? ("yaml")}} → [I] 201 Action. */
    private static Reply create(V2Request q) throws V2Error {
        ObjectNode body = q.bodyOrEmpty();
        String name = q.bodyString(body, "name", true, 1, 64);
        String script = q.bodyString(body, "script", true, 1, 32768);
        String format = format(q, body);
        String sid = q.account.newSid();
        ObjectNode a = V2Json.obj().put("sid", sid).put("name", name).put("script", script)
                .put("format", format == null ? "yaml" : format).put("version", "1.0")
                .put("created", q.world.nowText()).put("updated", q.world.nowText());
        q.account.actions.put(sid, a);
        q.account.runs.put(sid, new ArrayList<>());
        return Reply.created(q.account.renderAction(a));
    }

    private static String format(V2Request q, ObjectNode body) throws V2Error {
        String format = q.bodyString(body, "format", false, 1, 16);
        if (format != null && !format.equals("yaml")) {
            throw V2Error.invalid("format", "must match ^yaml$, got '" + format + "'");
        }
        return format;
    }

    /** [I] any of {@code name}, {@code script}, {@code format} → 200 Action with {@code updated} = now. */
    private static Reply update(V2Request q) throws V2Error {
        ObjectNode a = action(q);
        ObjectNode body = q.bodyOrEmpty();
        String name = q.bodyString(body, "name", false, 1, 64);
        String script = q.bodyString(body, "script", false, 1, 32768);
        String format = format(q, body);
        if (name != null) {
            a.put("name", name);
        }
        if (script != null) {
            a.put("script", script);
        }
        if (format != null) {
            a.put("format", format);
        }
        a.put("updated", q.world.nowText());
        return Reply.ok(q.account.renderAction(a));
    }

    /** 204; the action's numbers become unassigned. */
    private static Reply delete(V2Request q) throws V2Error {
        ObjectNode a = action(q);
        String sid = a.get("sid").asText();
        for (ObjectNode n : q.account.numbers.values()) {
            if (sid.equals(V2Json.text(n, "scenario"))) {
                n.putNull("scenario").putNull("assigned");
            }
        }
        q.account.actions.remove(sid);
        q.account.runs.remove(sid);
        return Reply.noContent();
    }

    /**
     * [I body/response] Starts the {@code api-initiated} branch: the optional JSON object body is kept as the
     * run's {@code variables} (or its {@code variables} member when there is one); 202 with a Run
     * {@code {id: "api:<n>", type: "api", action: <sid>, status: "started", variables, created, updated}}.
     */
    private static Reply run(V2Request q) throws V2Error {
        ObjectNode a = action(q);
        ObjectNode body = q.bodyOrEmpty();
        JsonNode vars = body.has("variables") ? body.get("variables") : body;
        if (!vars.isObject()) {
            throw V2Error.invalid("variables", "must be a JSON object");
        }
        ObjectNode run = V2Json.obj().put("id", "api:" + q.account.nextRunId++).put("type", "api")
                .put("action", a.get("sid").asText()).put("status", "started");
        run.set("variables", vars.deepCopy());
        run.put("created", q.world.nowText()).put("updated", q.world.nowText());
        q.account.runs.get(a.get("sid").asText()).add(run);
        return Reply.accepted(run.deepCopy());
    }

    /** [I] search envelope of the action's runs (newest first); reading moves {@code started} runs to {@code completed}. */
    private static Reply runs(V2Request q) throws V2Error {
        ObjectNode a = action(q);
        List<ObjectNode> runs = q.account.runs.get(a.get("sid").asText());
        for (ObjectNode run : runs) {
            if (run.get("status").asText().equals("started")) {
                run.put("status", "completed").put("updated", q.world.nowText());
            }
        }
        return Reply.ok(V2Json.page(runs, q, "created", CallrV2Emulation.sorts("created", "created")));
    }

    /** [C path] assigns an owned number (moving it from any other action) → [I] 200 Action. */
    private static Reply assign(V2Request q) throws V2Error {
        ObjectNode a = action(q);
        ObjectNode n = V2NumberRoutes.owned(q, q.path("number"));
        n.put("scenario", a.get("sid").asText()).put("assigned", q.world.nowText());
        return Reply.ok(q.account.renderAction(a));
    }

    /** [C path] 204; a number not assigned to this action is a 404. */
    private static Reply unassign(V2Request q) throws V2Error {
        ObjectNode a = action(q);
        ObjectNode n = V2NumberRoutes.owned(q, q.path("number"));
        if (!a.get("sid").asText().equals(V2Json.text(n, "scenario"))) {
            throw V2Error.notFound("number assigned to action " + a.get("sid").asText(), n.get("e164").asText());
        }
        n.putNull("scenario").putNull("assigned");
        return Reply.noContent();
    }
}
