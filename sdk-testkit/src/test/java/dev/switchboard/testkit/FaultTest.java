package dev.switchboard.testkit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FaultTest {

    private Sandbox sandbox;
    private HttpClient client;

    @BeforeEach
    void start() {
        sandbox = Sandbox.builder().emulation(Http.echo(Sandbox.VOIPBIN_PREFIX)).start();
        client = Http.client();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void statusFaultWithRetryAfterIsServedOnceThenTheEmulationAnswers() throws Exception {
        sandbox.faults().enqueue(Fault.status(503).header("Retry-After", "2").body("{\"status\":\"unavailable\"}"));
        assertThat(sandbox.faults().remaining()).isEqualTo(1);

        HttpResponse<String> first = Http.get(client, sandbox.voipbinBaseUrl() + "/groupcalls");
        assertThat(first.statusCode()).isEqualTo(503);
        assertThat(first.headers().firstValue("Retry-After")).hasValue("2");
        assertThat(first.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(first.body()).isEqualTo("{\"status\":\"unavailable\"}");

        HttpResponse<String> second = Http.get(client, sandbox.voipbinBaseUrl() + "/groupcalls");
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(sandbox.faults().pending()).isEmpty();
        assertThat(sandbox.requests()).extracting(RecordedRequest::faulted).containsExactly(true, false);
    }

    @Test
    void statusFaultDefaultsToAJsonErrorBodyAndCanCarryAnyContentType() throws Exception {
        sandbox.faults().enqueue(Fault.status(429));
        sandbox.faults().enqueue(Fault.status(502).contentType("text/html").body("<h1>Bad gateway</h1>"));
        HttpResponse<String> r1 = Http.get(client, sandbox.baseUrl() + "/anything");
        assertThat(r1.statusCode()).isEqualTo(429);
        assertThat(r1.body()).isEqualTo("{\"error\":\"injected fault 429\"}");
        HttpResponse<String> r2 = Http.get(client, sandbox.baseUrl() + "/anything");
        assertThat(r2.statusCode()).isEqualTo(502);
        assertThat(r2.headers().firstValue("content-type")).hasValue("text/html");
        assertThat(r2.body()).isEqualTo("<h1>Bad gateway</h1>");
    }

    @Test
    void faultsMatchPathPrefixAndMethodAndRepeatNTimes() throws Exception {
        sandbox.faults().enqueue(Fault.status(500).onPath(sandbox.trackdriveBaseUrl()).times(2));
        sandbox.faults().enqueue(Fault.status(401).onPath("/voipbin/v1.0/calls").onMethod("post"));

        assertThat(Http.get(client, sandbox.voipbinBaseUrl() + "/calls").statusCode()).isEqualTo(200);
        assertThat(Http.post(client, sandbox.voipbinBaseUrl() + "/callsx", "text/plain", "").statusCode()).isEqualTo(200);
        assertThat(Http.post(client, sandbox.voipbinBaseUrl() + "/calls/1", "text/plain", "").statusCode()).isEqualTo(401);
        assertThat(Http.get(client, sandbox.trackdriveBaseUrl() + "/leads").statusCode()).isEqualTo(500);
        assertThat(Http.get(client, sandbox.trackdriveBaseUrl()).statusCode()).isEqualTo(500);
        // faults used up: the TrackDrive emulation answers (401 without credentials)
        assertThat(Http.get(client, sandbox.trackdriveBaseUrl() + "/leads").statusCode()).isEqualTo(401);
        assertThat(sandbox.faults().remaining()).isZero();
    }

    @Test
    void delayFaultWaitsThenAnswersNormally() throws Exception {
        sandbox.faults().enqueue(Fault.delay(Duration.ofMillis(200)));
        HttpResponse<String> r = Http.get(client, sandbox.voipbinBaseUrl() + "/slow");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"path\":\"/slow\"");
        assertThat(sandbox.requests()).singleElement()
                .satisfies(req -> assertThat(req.path()).isEqualTo("/voipbin/v1.0/slow"))
                .satisfies(req -> assertThat(req.faulted()).isFalse());
        assertThat(sandbox.faults().pending()).isEmpty();
    }

    @Test
    void droppedConnectionIsAnIOExceptionInTheJdkClient() throws Exception {
        // the JDK client (17) silently retries an idempotent GET once after an empty reply, so drop twice
        sandbox.faults().enqueue(Fault.dropConnection().onPath("/voipbin/v1.0/groupcalls").times(2));
        assertThatThrownBy(() -> Http.get(client, sandbox.voipbinBaseUrl() + "/groupcalls"))
                .isInstanceOf(IOException.class);
        assertThat(sandbox.requests()).isNotEmpty().allSatisfy(r -> assertThat(r.faulted()).isTrue());
        sandbox.faults().clear();
        assertThat(Http.get(client, sandbox.voipbinBaseUrl() + "/groupcalls").statusCode()).isEqualTo(200);
    }

    @Test
    void droppedConnectionFailsAPostOnAFreshConnection() throws Exception {
        sandbox.faults().enqueue(Fault.dropConnection().onMethod("POST"));
        assertThatThrownBy(() -> Http.post(client, sandbox.voipbinBaseUrl() + "/calls", "application/json", "{}"))
                .isInstanceOf(IOException.class);
        assertThat(sandbox.requests()).singleElement().satisfies(r -> {
            assertThat(r.faulted()).isTrue();
            assertThat(r.body()).isEqualTo("{}");
        });
    }

    @Test
    void droppedConnectionOnAPooledConnectionFailsNonIdempotentRequests() throws Exception {
        assertThat(Http.get(client, sandbox.voipbinBaseUrl() + "/warm").statusCode()).isEqualTo(200);
        sandbox.faults().enqueue(Fault.dropConnection());
        assertThatThrownBy(() -> Http.post(client, sandbox.voipbinBaseUrl() + "/calls", "application/json", "{}"))
                .isInstanceOf(IOException.class);
        assertThat(Http.post(client, sandbox.voipbinBaseUrl() + "/calls", "application/json", "{}").statusCode())
                .isEqualTo(200);
    }

    @Test
    void droppedConnectionSendsNoByteAtAll() throws Exception {
        sandbox.faults().enqueue(Fault.dropConnection());
        try (Socket socket = new Socket("127.0.0.1", sandbox.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET /voipbin/v1.0/x HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            assertThat(in.read()).isEqualTo(-1); // EOF: no status line, no headers
        }
    }

    @Test
    void faultBuildersValidate() {
        assertThatThrownBy(() -> Fault.status(42)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fault.delay(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Fault.dropConnection().body("x")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Fault.status(500).times(0)).isInstanceOf(IllegalArgumentException.class);
        Fault f = Fault.status(503).onPath("http://h:1/voipbin/v1.0/").onMethod("get").times(3);
        assertThat(f.pathPrefix()).isEqualTo("/voipbin/v1.0");
        assertThat(f.method()).isEqualTo("GET");
        assertThat(f.times()).isEqualTo(3);
        assertThat(f.kind()).isEqualTo(Fault.Kind.STATUS);
        assertThat(f).hasToString("Fault[status 503 on /voipbin/v1.0 for GET x3]");
    }
}
