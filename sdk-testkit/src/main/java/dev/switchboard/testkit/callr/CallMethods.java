package dev.switchboard.testkit.callr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** calls.*, dialr/call.realtime, clicktocall/calls.* */
final class CallMethods {

    /** calls.get_status_1 walks a broadcast through these, one step per status read. */
    static final List<String> BROADCAST_STATUSES = List.of("PENDING", "RINGING", "ANSWERED", "DONE");

    private CallMethods() {
    }

    static void register(Map<String, CallrEmulation.RpcMethod> m) {
        m.put("calls.broadcast_1", c -> {
            c.p.count(2, "target", "messages", "options");
            target(c.p.object(0, "target"), "target", 0);
            ArrayNode messages = c.p.array(1, "messages");
            c.p.objectOrNull(2, "options");
            if (messages.isEmpty()) {
                throw RpcException.invalidValue("messages", "at least one message");
            }
            for (JsonNode msg : messages) {
                if (msg.isIntegralNumber()) {
                    if (!c.d.library.containsKey(msg.asInt())) {
                        throw RpcException.notFound("Media.Library", msg.asInt());
                    }
                } else if (!msg.isTextual() || !msg.textValue().startsWith("TTS|") || msg.textValue().split("\\|", 3).length != 3) {
                    throw RpcException.invalidParams("messages", 1, "array of media ids or \"TTS|<voice>|<text>\"");
                }
            }
            String id = c.d.hash();
            c.d.broadcasts.put(id, new String[] {BROADCAST_STATUSES.get(0)});
            return Json.F.textNode(id);
        });
        m.put("calls.get_status_1", c -> {
            c.p.count(1, "request_id");
            String id = c.p.string(0, "request_id");
            String[] st = c.d.broadcasts.get(id);
            if (st == null) {
                throw RpcException.notFound("Calls.Broadcast1", id);
            }
            String current = st[0];
            int k = BROADCAST_STATUSES.indexOf(current);
            if (k >= 0 && k < BROADCAST_STATUSES.size() - 1) {
                st[0] = BROADCAST_STATUSES.get(k + 1);
            }
            return Json.F.textNode(current);
        });
        CallrEmulation.RpcMethod realtime = c -> {
            c.p.count(2, "app", "target", "options");
            String appHash = c.p.string(0, "app");
            target(c.p.object(1, "target"), "target", 1);
            c.p.objectOrNull(2, "options");
            ObjectNode app = c.d.apps.get(appHash);
            if (app == null) {
                throw RpcException.notFound("App", appHash);
            }
            if (!"REALTIME10".equals(app.get("package").get("name").asText())) {
                throw RpcException.invalidValue("app", "must be a REALTIME10 app");
            }
            BigInteger callid = BigInteger.valueOf(c.d.nextCallid++);
            c.d.realtimeCalls.put(callid, "IN_PROGRESS");
            return Json.F.numberNode(callid);
        };
        m.put("calls.realtime", realtime);
        m.put("dialr/call.realtime", realtime);
        m.put("calls.realtime_break", c -> {
            c.p.count(2, "callid", "options");
            BigInteger callid = c.p.uint64(0, "callid");
            c.p.object(1, "options");
            liveCall(c, callid);
            return Json.F.booleanNode(true);
        });
        m.put("calls.hangup", c -> {
            c.p.count(2, "callid", "options");
            BigInteger callid = c.p.uint64(0, "callid");
            c.p.object(1, "options");
            liveCall(c, callid);
            c.d.realtimeCalls.put(callid, "HANGUP");
            return Json.F.booleanNode(true);
        });
        // ---- clicktocall
        m.put("clicktocall/calls.start_2", c -> {
            c.p.count(3, "app", "a_targets", "b_targets", "options");
            String appHash = c.p.string(0, "app");
            ArrayNode a = targets(c, 1, "a_targets");
            ArrayNode b = targets(c, 2, "b_targets");
            ObjectNode options = c.p.objectOrNull(3, "options");
            ObjectNode app = c.d.apps.get(appHash);
            if (app == null) {
                throw RpcException.notFound("App", appHash);
            }
            if (!"CLICKTOCALL10".equals(app.get("package").get("name").asText())) {
                throw RpcException.invalidValue("app", "must be a CLICKTOCALL10 app");
            }
            String hash = c.d.hash();
            ObjectNode call = Json.obj();
            call.set("a_status", status(a.get(0)));
            call.set("a_targets", a.deepCopy());
            call.set("app", Json.obj().put("hash", appHash).put("name", app.get("name").asText()));
            call.set("b_status", status(b.get(0)));
            call.set("b_targets", b.deepCopy());
            String cdrField = Json.text(options, "cdr_field");
            String cli = Json.text(options, "cli");
            call.put("cdr_field", cdrField).put("cli", cli == null ? "BLOCKED" : cli)
                    .put("date_creation", c.d.nowDatetime());
            String schedule = Json.text(options, "schedule");
            if (schedule != null && Json.parseDatetime(schedule) == null) {
                throw RpcException.invalidParams("options.schedule", 3, "datetime");
            }
            call.put("date_scheduled", schedule == null ? c.d.nowDatetime() : schedule);
            call.putNull("date_started");
            call.put("date_update", c.d.nowDatetime()).put("hash", hash);
            c.d.clickToCalls.put(hash, call);
            return Json.F.textNode(hash);
        });
        m.put("clicktocall/calls.cancel", c -> {
            c.p.count(1, "hash");
            ObjectNode call = c2c(c);
            ((ObjectNode) call.get("a_status")).put("status", "CANCELED");
            ((ObjectNode) call.get("b_status")).put("status", "CANCELED");
            call.put("date_update", c.d.nowDatetime());
            return Json.F.booleanNode(true);
        });
        m.put("clicktocall/calls.get_status", c -> {
            c.p.count(1, "hash");
            return c2c(c).deepCopy();
        });
        m.put("clicktocall/calls.get_list", c -> {
            c.p.count(3, "app", "from", "to");
            String app = c.p.string(0, "app");
            Instant from = c.p.datetime(1, "from");
            Instant to = c.p.datetime(2, "to");
            ArrayNode out = Json.arr();
            for (ObjectNode call : c.d.clickToCalls.values()) {
                Instant t = Json.parseDatetime(call.get("date_creation").asText());
                if (app.equals(call.get("app").get("hash").asText()) && !t.isBefore(from) && !t.isAfter(to)) {
                    out.add(call.deepCopy());
                }
            }
            return out;
        });
    }

    private static ObjectNode status(JsonNode target) {
        ObjectNode s = Json.obj();
        s.putNull("callid");
        s.put("number", target.get("number").asText()).put("status", "PENDING").put("try", 0);
        return s;
    }

    private static ObjectNode c2c(CallrEmulation.Call c) throws RpcException {
        String hash = c.p.string(0, "hash");
        ObjectNode call = c.d.clickToCalls.get(hash);
        if (call == null) {
            throw RpcException.notFound("CLICKTOCALL.Call", hash);
        }
        return call;
    }

    private static void liveCall(CallrEmulation.Call c, BigInteger callid) throws RpcException {
        String st = c.d.realtimeCalls.get(callid);
        if (st == null || !st.equals("IN_PROGRESS")) {
            throw RpcException.notFound("Call", callid);
        }
    }

    private static ArrayNode targets(CallrEmulation.Call c, int i, String name) throws RpcException {
        ArrayNode a = c.p.array(i, name);
        if (a.isEmpty()) {
            throw RpcException.invalidValue(name, "at least one Target");
        }
        for (JsonNode t : a) {
            if (!t.isObject()) {
                throw RpcException.invalidParams(name, i, "Target[]");
            }
            target((ObjectNode) t, name, i);
        }
        return a;
    }

    /** Target {number: E.164, timeout: int seconds}. */
    static void target(ObjectNode t, String name, int i) throws RpcException {
        String number = Json.text(t, "number");
        if (number == null || !number.matches("\\+[1-9][0-9]{6,14}")) {
            throw RpcException.invalidValue(name + ".number", "must be an E.164 phone number");
        }
        JsonNode timeout = t.get("timeout");
        if (timeout != null && !timeout.isNull() && (!timeout.canConvertToInt() || timeout.asInt() < 1)) {
            throw RpcException.invalidParams(name + ".timeout", i, "int > 0");
        }
    }
}
