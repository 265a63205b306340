package dev.switchboard.testkit.trackdrive;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.testkit.SandboxExchange;

import java.io.IOException;

/**
 * A 422 (or other) answer raised while reading parameters, and the TrackDrive error body it becomes:
 * {@code {"errors":["message", ...]}} (sandbox choice; see {@link TrackdriveEmulation}).
 */
final class Reject extends Exception {

    private static final long serialVersionUID = 1L;

    final int status;

    Reject(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    /** Answers this rejection: its status with {@code {"errors":[message]}}. */
    void respond(SandboxExchange ex) throws IOException {
        errors(ex, status, getMessage());
    }

    static void errors(SandboxExchange ex, int status, String... messages) throws IOException {
        ObjectNode n = JsonNodeFactory.instance.objectNode();
        ArrayNode a = n.putArray("errors");
        for (String m : messages) {
            a.add(m);
        }
        ex.respondJson(status, n);
    }
}
