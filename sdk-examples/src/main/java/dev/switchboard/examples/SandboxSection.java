package dev.switchboard.examples;

import dev.switchboard.testkit.Emulation;
import dev.switchboard.testkit.Fault;
import dev.switchboard.testkit.RecordedRequest;
import dev.switchboard.testkit.Sandbox;
import dev.switchboard.testkit.SandboxCredentials;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/** The in-process sandbox: where it listens, and a fault injection round trip with the JDK HTTP client. */
final class SandboxSection implements TourSection {

    @Override
    public String provider() {
        return TourConfig.SANDBOX;
    }

    @Override
    public String title() {
        return "Sandbox: the four APIs on localhost, with fault injection";
    }

    @Override
    public void run(TourContext ctx) throws Exception {
        Sandbox sandbox = ctx.requireSandbox();
        TourPrinter p = ctx.printer();
        p.line("%-12s %s", "listening on", sandbox.baseUrl());
        p.line("%-12s %s", "CALLR", sandbox.callrBaseUrl());
        p.line("%-12s %s", "VoIPBin", sandbox.voipbinBaseUrl());
        p.line("%-12s %s", "TrackDrive", sandbox.trackdriveBaseUrl());
        p.line("%-12s %s", "Telmetrics", sandbox.telmetricsBaseUrl());
        List<Emulation> emulations = sandbox.emulations();
        p.line("%-12s %s", "emulations", emulations.isEmpty() ? "none registered yet"
                : emulations.stream().map(Emulation::prefix).sorted().collect(Collectors.joining(", ")));

        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        String url = sandbox.voipbinBaseUrl() + "/groupcalls";
        int before = sandbox.requests().size();

        sandbox.faults().enqueue(Fault.status(503).header("Retry-After", "2")
                .body("{\"message\":\"service unavailable (injected)\"}")
                .onPath(url));
        p.line("enqueued Fault.status(503).header(\"Retry-After\", \"2\") on %s", path(url));

        HttpResponse<String> first = get(client, url);
        p.line("GET %s -> HTTP %d, Retry-After: %s", path(url), first.statusCode(),
                first.headers().firstValue("Retry-After").orElse("(none)"));
        if (first.statusCode() != 503 || !first.headers().firstValue("Retry-After").orElse("").equals("2")) {
            throw new IllegalStateException("expected the injected 503 with Retry-After: 2, got HTTP "
                    + first.statusCode());
        }

        HttpResponse<String> second = get(client, url);
        p.line("GET %s again -> HTTP %d (%s)", path(url), second.statusCode(),
                second.statusCode() == 503 ? "still faulted?" : "the fault was used up");
        if (second.statusCode() == 503) {
            throw new IllegalStateException("the fault should have been consumed by the first request");
        }

        sandbox.faults().enqueue(Fault.dropConnection().onPath(url).onMethod("POST"));
        try {
            HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(10))
                    .header("Authorization", "Bearer " + SandboxCredentials.VOIPBIN_TOKEN)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
            throw new IllegalStateException("expected the dropped connection to fail, got HTTP " + r.statusCode());
        } catch (IOException expected) {
            p.line("POST %s with Fault.dropConnection() -> %s: %s", path(url),
                    expected.getClass().getSimpleName(), expected.getMessage());
        }

        List<RecordedRequest> mine = sandbox.requests().subList(before, sandbox.requests().size());
        long faulted = mine.stream().filter(RecordedRequest::faulted).count();
        p.line("recorded %d requests (%d faulted): %s", mine.size(), faulted, mine);
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + SandboxCredentials.VOIPBIN_TOKEN)
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String path(String url) {
        return URI.create(url).getPath();
    }
}
