package dev.switchboard.testkit.voipbin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** One groupcall as the emulation stores it, and its JSON form; changed only under the {@link GroupcallStore} lock. */
final class Groupcall {

    /** What a groupcall (or flow) id must look like. */
    static final Pattern UUID_RE =
            Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

    String id;
    String ownerType = "";
    String ownerId = VoipbinEmulation.NIL_UUID;
    String status;
    boolean hangupPending;
    String flowId;
    ObjectNode source;
    ArrayNode destinations;
    String masterCallId = VoipbinEmulation.NIL_UUID;
    String masterGroupcallId = VoipbinEmulation.NIL_UUID;
    String ringMethod;
    String answerMethod;
    String answerCallId = VoipbinEmulation.NIL_UUID;
    List<String> callIds = new ArrayList<>();
    String answerGroupcallId = VoipbinEmulation.NIL_UUID;
    List<String> groupcallIds = new ArrayList<>();
    int callCount;
    int groupcallCount;
    int dialIndex;
    Instant tmCreate;
    Instant tmUpdate;
    Instant tmDelete;

    /** Completes a pending hangup (the emulation has no timers). */
    void settle() {
        if (hangupPending) {
            hangupPending = false;
            status = "hangup";
            callCount = 0;
        }
    }

    /** The groupcall as Go's {@code groupcall.WebhookMessage} writes it ({@code omitempty}). */
    ObjectNode toJson() {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        n.put("id", id);
        n.put("customer_id", VoipbinEmulation.CUSTOMER_ID);
        putString(n, "owner_type", ownerType);
        n.put("owner_id", ownerId);
        putString(n, "status", status);
        n.put("flow_id", flowId);
        if (source != null) {
            n.set("source", source.deepCopy());
        }
        if (destinations != null && !destinations.isEmpty()) {
            n.set("destinations", destinations.deepCopy());
        }
        n.put("master_call_id", masterCallId);
        n.put("master_groupcall_id", masterGroupcallId);
        putString(n, "ring_method", ringMethod);
        putString(n, "answer_method", answerMethod);
        n.put("answer_call_id", answerCallId);
        if (!callIds.isEmpty()) {
            callIds.forEach(n.putArray("call_ids")::add);
        }
        n.put("answer_groupcall_id", answerGroupcallId);
        if (!groupcallIds.isEmpty()) {
            groupcallIds.forEach(n.putArray("groupcall_ids")::add);
        }
        putInt(n, "call_count", callCount);
        putInt(n, "groupcall_count", groupcallCount);
        putInt(n, "dial_index", dialIndex);
        putTime(n, "tm_create", tmCreate);
        putTime(n, "tm_update", tmUpdate);
        putTime(n, "tm_delete", tmDelete);
        return n;
    }

    /** Sets a string field unless it is null or empty (Go {@code omitempty}). */
    static void putString(ObjectNode n, String name, String v) {
        if (v != null && !v.isEmpty()) {
            n.put(name, v);
        }
    }

    /** Sets an int field unless it is zero. */
    static void putInt(ObjectNode n, String name, int v) {
        if (v != 0) {
            n.put(name, v);
        }
    }

    /** Sets a timestamp field ({@link VoipbinEmulation#rfc3339Nano}) unless it is unset. */
    static void putTime(ObjectNode n, String name, Instant t) {
        if (t != null) {
            n.put(name, VoipbinEmulation.rfc3339Nano(t));
        }
    }
}
