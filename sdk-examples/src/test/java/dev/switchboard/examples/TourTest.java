package dev.switchboard.examples;

import dev.switchboard.testkit.Sandbox;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TourTest {

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(outBytes, true, StandardCharsets.UTF_8);
    private final PrintStream err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    private String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void runsEverySectionAgainstTheSandboxAndExitsZero() {
        int code = Tour.run(new String[0], out, err, Map.of());

        assertThat(code).as(out() + err()).isZero();
        List<TourSection> sections = Tour.sections();
        assertThat(sections).isNotEmpty();
        for (int i = 0; i < sections.size(); i++) {
            assertThat(out()).contains((i + 1) + ". " + sections.get(i).title());
        }
        assertThat(out())
                .contains("1. Sandbox")
                .contains("/callr/json-rpc/v1.1/", "/callr/v2.0", "/voipbin/v1.0", "/trackdrive/api/v1", "/telmetrics/v3/api")
                .contains("HTTP 503, Retry-After: 2")
                .contains("IOException")
                .contains("all passed")
                .doesNotContain("FAILED");
        assertThat(err()).isEmpty();
        assertThat(liveSandboxThreads()).as("the tour closes its sandbox").isZero();
    }

    @Test
    void helpPrintsUsageAndExitsZero() {
        assertThat(Tour.run(new String[]{"--help"}, out, err, Map.of())).isZero();
        assertThat(out()).startsWith("Usage: Tour").contains("--only");
        assertThat(err()).isEmpty();
    }

    @Test
    void badFlagPrintsUsageOnStderrAndExitsTwo() {
        assertThat(Tour.run(new String[]{"--nope"}, out, err, Map.of())).isEqualTo(2);
        assertThat(err()).contains("unknown option: --nope").contains("Usage: Tour");
        assertThat(out()).isEmpty();
    }

    @Test
    void aFailingSectionIsReportedTheOthersStillRunAndTheExitCodeIsOne() {
        List<String> ran = new ArrayList<>();
        TourSection broken = section("sandbox", "Broken", ctx -> {
            ctx.requireSandbox().faults().enqueue(dev.switchboard.testkit.Fault.status(500));
            throw new IllegalStateException("boom");
        });
        TourSection fine = section("voipbin", "Fine", ctx -> {
            ran.add(ctx.baseUrl(Provider.VOIPBIN));
            assertThat(ctx.requireSandbox().faults().pending()).as("faults cleared between sections").isEmpty();
            assertThat(ctx.credential(Provider.VOIPBIN, "token")).hasValue("sandbox-voipbin-token");
            ctx.printer().line("fine %d", 42);
        });

        int code = Tour.run(new String[0], out, err, Map.of(), List.of(broken, fine));

        assertThat(code).isEqualTo(1);
        assertThat(out()).contains("1. Broken", "! FAILED IllegalStateException: boom", "2. Fine", "   fine 42",
                "1 of 2 section(s) failed");
        assertThat(ran).singleElement().asString().endsWith("/voipbin/v1.0").startsWith("http://127.0.0.1:");
    }

    @Test
    void onlyAndLiveProvidersDecideWhatRunsAndWhere() {
        List<String> seen = new ArrayList<>();
        TourSection callr = section("callr", "CALLR", ctx -> {
            seen.add(ctx.baseUrl(Provider.CALLR) + " " + ctx.credentials(Provider.CALLR) + " " + ctx.sandbox().isPresent());
        });
        TourSection sandbox = section("sandbox", "Sandbox", ctx -> seen.add("sandbox"));

        int code = Tour.run(new String[]{"--only", "callr", "--callr-url", "http://callr.test/json-rpc/v1.1/"},
                out, err, Map.of("CALLR_API_KEY", "k"), List.of(sandbox, callr));

        assertThat(code).isZero();
        assertThat(seen).containsExactly("http://callr.test/json-rpc/v1.1/ {api-key=k} false");
        assertThat(out()).contains("1. CALLR").doesNotContain("Sandbox").contains("live    http://callr.test");
    }

    interface Body {
        void run(TourContext ctx) throws Exception;
    }

    static TourSection section(String provider, String title, Body body) {
        return new TourSection() {
            @Override
            public String provider() {
                return provider;
            }

            @Override
            public String title() {
                return title;
            }

            @Override
            public void run(TourContext ctx) throws Exception {
                body.run(ctx);
            }
        };
    }

    private static long liveSandboxThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith(Sandbox.THREAD_NAME_PREFIX))
                .count();
    }
}
