package dev.switchboard.testkit.callr.v2;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.testkit.callr.v2.V2Router.Reply;

import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** {@code /ping}, {@code /billing/*}, {@code /calls/export} and {@code /tasks/*}. */
final class V2AccountRoutes {

    static final Set<String> DIRECTIONS = Set.of("inbound", "outbound");

    private V2AccountRoutes() {
    }

    static void register(V2Router r) {
        r.add("GET", "/ping", V2AccountRoutes::ping);
        r.add("GET", "/billing/credit", V2AccountRoutes::credit);
        r.add("GET", "/billing/destinations", V2AccountRoutes::destinations);
        r.add("POST", "/calls/export", V2AccountRoutes::export);
        r.add("GET", "/tasks", q -> Reply.ok(V2Json.page(new ArrayList<>(advanceAll(q)), q, "created",
                CallrV2Emulation.sorts("created", "created", "updated", "updated"))));
        r.add("GET", "/tasks/{taskid}", V2AccountRoutes::getTask);
        r.add("DELETE", "/tasks/{taskid}", V2AccountRoutes::cancelTask);
    }

    /** [C] {@code {"pong": "pong", "time": <now>}}. */
    private static Reply ping(V2Request q) {
        return Reply.ok(V2Json.obj().put("pong", "pong").put("time", q.world.nowText()));
    }

    /** [I shape] {@code {"amount": "100.00", "currency": "EUR", "paymentType": "prepaid"}}. */
    private static Reply credit(V2Request q) {
        return Reply.ok(V2Json.obj().put("amount", q.account.credit.setScale(2, RoundingMode.HALF_UP).toPlainString())
                .put("currency", "EUR").put("paymentType", "prepaid"));
    }

    /** [I shape] search envelope of {@code {label, country, type, class, price, currency}}; filter {@code country}. */
    private static Reply destinations(V2Request q) throws V2Error {
        String country = q.query("country");
        List<ObjectNode> all = new ArrayList<>();
        String[][] rows = {{"FR-GEOGRAPHIC-CLASSIC", "FR", "geographic", "classic", "0.0150"},
            {"FR-MOBILE-CLASSIC", "FR", "mobile", "classic", "0.0890"},
            {"GB-GEOGRAPHIC-CLASSIC", "GB", "geographic", "classic", "0.0200"},
            {"GB-MOBILE-CLASSIC", "GB", "mobile", "classic", "0.0950"},
            {"US-GEOGRAPHIC-CLASSIC", "US", "geographic", "classic", "0.0100"}};
        for (String[] d : rows) {
            if (country == null || country.equalsIgnoreCase(d[1])) {
                all.add(V2Json.obj().put("label", d[0]).put("country", d[1]).put("type", d[2]).put("class", d[3])
                        .put("price", d[4]).put("currency", "EUR"));
            }
        }
        return Reply.ok(V2Json.page(all, q, null, null));
    }

    /**
     * [C query names, I types] {@code POST /calls/export?direction=&from=&to=} (RFC 3339 bounds, all optional) →
     * 202 with a Task; once {@code done} its {@code result} is {@code {"count": n, "calls": [CDR...]}}.
     */
    private static Reply export(V2Request q) throws V2Error {
        String direction = V2Json.oneOf("direction", q.query("direction"), DIRECTIONS);
        Instant from = q.query("from") == null ? null : V2Json.parseTime("from", q.query("from"));
        Instant to = q.query("to") == null ? null : V2Json.parseTime("to", q.query("to"));
        ArrayNode calls = V2Json.arr();
        for (ObjectNode c : q.account.cdrs) {
            Instant started = V2Json.timeOf(c, "started");
            if ((direction == null || direction.equals(c.get("direction").asText()))
                    && (from == null || !started.isBefore(from)) && (to == null || !started.isAfter(to))) {
                calls.add(c.deepCopy());
            }
        }
        ObjectNode result = V2Json.obj().put("count", calls.size());
        result.set("calls", calls);
        ObjectNode task = newTask(q, "calls-export", result);
        return Reply.accepted(task.deepCopy());
    }

    /**
     * [I shape] A Task: {@code {id, type, status, result, created, updated}}; {@code status} {@code pending} →
     * {@code running} → {@code done} (one step per read) or {@code cancelled}; {@code result} is null until done.
     */
    static ObjectNode newTask(V2Request q, String type, ObjectNode result) {
        String id = q.account.newSid();
        ObjectNode t = V2Json.obj().put("id", id).put("type", type).put("status", "pending");
        t.putNull("result");
        t.put("created", q.world.nowText()).put("updated", q.world.nowText());
        t.set("pendingResult", result);
        q.account.tasks.put(id, t);
        return publicTask(t);
    }

    private static ObjectNode publicTask(ObjectNode stored) {
        ObjectNode t = stored.deepCopy();
        t.remove("pendingResult");
        return t;
    }

    private static void advance(V2Request q, ObjectNode t) {
        String status = t.get("status").asText();
        if (status.equals("pending")) {
            t.put("status", "running").put("updated", q.world.nowText());
        } else if (status.equals("running")) {
            t.put("status", "done").put("updated", q.world.nowText());
            t.set("result", t.get("pendingResult"));
        }
    }

    private static List<ObjectNode> advanceAll(V2Request q) {
        List<ObjectNode> out = new ArrayList<>();
        for (ObjectNode t : q.account.tasks.values()) {
            advance(q, t);
            out.add(publicTask(t));
        }
        return out;
    }

    private static ObjectNode task(V2Request q) throws V2Error {
        return V2Json.found(q.account.tasks, "task", q.path("taskid"));
    }

    private static Reply getTask(V2Request q) throws V2Error {
        ObjectNode t = task(q);
        advance(q, t);
        return Reply.ok(publicTask(t));
    }

    /** 204; a task already {@code done} or {@code cancelled} is a 409. */
    private static Reply cancelTask(V2Request q) throws V2Error {
        ObjectNode t = task(q);
        String status = t.get("status").asText();
        if (status.equals("done") || status.equals("cancelled")) {
            throw V2Error.conflict("task " + t.get("id").asText() + " is already " + status);
        }
        t.put("status", "cancelled").put("updated", q.world.nowText());
        return Reply.noContent();
    }
}
