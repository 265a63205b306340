package dev.switchboard.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Runs the CALLR tour sections against the in-process sandbox. */
class CallrTourTest {

    @Test
    void callrSectionsPassAgainstTheSandbox() {
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

        int code = Tour.run(new String[] {"--only", "callr"}, out, err, Map.of());

        String text = outBytes.toString(StandardCharsets.UTF_8);
        assertThat(code).as(text + errBytes.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(text)
                .contains("CALLR: send an SMS", "sms.send", "sms.get status")
                .contains("CALLR: buy a number", "did/store.buy_order", "did.search")
                .contains("CALLR: search paging", "pages / SMS")
                .contains("CALLR: a real-time app", "RT.Response command", "play", "\"step\":1")
                .contains("CALLR: webhooks", "verified push", "sms.mt.status_update", "typed event")
                .contains("CALLR v2 (preview): send an SMS and run an action", "POST /sms", "GET /sms/{sid}",
                        "including ", "POST /actions/{sid}/runs", "run api:")
                .doesNotContain("FAILED");
    }
}
