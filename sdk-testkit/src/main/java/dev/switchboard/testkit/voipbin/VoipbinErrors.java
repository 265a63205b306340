package dev.switchboard.testkit.voipbin;

import dev.switchboard.testkit.SandboxExchange;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** Answers a VoIPBin error: the HTTP status with the envelope of {@link VoipbinEmulation#errorBody}. */
final class VoipbinErrors {

    private VoipbinErrors() {
    }

    /** Answers {@code http} with {@code {"error":{"status","reason","message","request_id"}}}. */
    static void respond(SandboxExchange ex, int http, String status, String reason, String message,
                        String requestId) throws IOException {
        ex.respond(http, "application/json; charset=utf-8",
                VoipbinEmulation.errorBody(status, reason, message, requestId, null)
                        .getBytes(StandardCharsets.UTF_8));
    }
}
