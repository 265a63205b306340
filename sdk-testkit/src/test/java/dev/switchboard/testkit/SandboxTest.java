package dev.switchboard.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SandboxTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void startsOnAFreeLoopbackPortAndExposesProviderBaseUrls() throws Exception {
        try (Sandbox a = Sandbox.start(); Sandbox b = Sandbox.start()) {
            assertThat(a.port()).isPositive().isNotEqualTo(b.port());
            String base = "http://127.0.0.1:" + a.port();
            assertThat(a.baseUrl()).isEqualTo(base);
            assertThat(a.callrBaseUrl()).isEqualTo(base + "/callr/json-rpc/v1.1/");
            assertThat(a.voipbinBaseUrl()).isEqualTo(base + "/voipbin/v1.0");
            assertThat(a.trackdriveBaseUrl()).isEqualTo(base + "/trackdrive/api/v1");
            assertThat(a.telmetricsBaseUrl()).isEqualTo(base + "/telmetrics/v3/api");
            assertThat(Http.get(a.baseUrl() + "/").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void bindsTheRequestedPort() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        try (Sandbox s = Sandbox.builder().port(port).start()) {
            assertThat(s.port()).isEqualTo(port);
            assertThat(s.baseUrl()).isEqualTo("http://127.0.0.1:" + port);
        }
    }

    @Test
    void unknownPathsGet404Json() throws Exception {
        try (Sandbox s = Sandbox.start()) {
            HttpResponse<String> r = Http.get(s.baseUrl() + "/nowhere/x?y=1");
            assertThat(r.statusCode()).isEqualTo(404);
            assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(ct -> assertThat(ct).startsWith("application/json"));
            assertThat(JSON.readTree(r.body()).get("error").asText()).isEqualTo("no emulation for /nowhere/x");
        }
    }

    @Test
    void routesByLongestSegmentPrefix() throws Exception {
        try (Sandbox s = Sandbox.builder().withoutDefaults()
                .emulation(Http.echo("/a"))
                .emulation(Http.echo("/a/b/"))
                .start()) {
            assertThat(echo(s, "/a/x").get("prefix").asText()).isEqualTo("/a");
            assertThat(echo(s, "/a/b/c/d").get("prefix").asText()).isEqualTo("/a/b");
            JsonNode atPrefix = echo(s, "/a/b");
            assertThat(atPrefix.get("prefix").asText()).isEqualTo("/a/b");
            assertThat(atPrefix.get("path").asText()).isEqualTo("/");
            assertThat(atPrefix.get("segments")).isEmpty();
            assertThat(echo(s, "/a/bc").get("prefix").asText()).isEqualTo("/a");
            assertThat(Http.get(s.baseUrl() + "/ab").statusCode()).isEqualTo(404);
            assertThat(s.emulations()).extracting(Emulation::prefix).containsExactly("/a/b/", "/a");
        }
    }

    @Test
    void exchangeExposesPathQueryHeadersAndBody() throws Exception {
        try (Sandbox s = Sandbox.builder().emulation(Http.echo(Sandbox.VOIPBIN_PREFIX)).start()) {
            HttpClient client = Http.client();
            HttpResponse<String> r = client.send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(s.voipbinBaseUrl() + "/groupcalls/abc?page_size=10&tag=a%20b&tag=c&flag"))
                    .header("Authorization", "Bearer t0k")
                    .method("PUT", java.net.http.HttpRequest.BodyPublishers.ofString("{\"name\":\"é\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("x-echo")).hasValue("yes");
            JsonNode j = JSON.readTree(r.body());
            assertThat(j.get("method").asText()).isEqualTo("PUT");
            assertThat(j.get("path").asText()).isEqualTo("/groupcalls/abc");
            assertThat(j.get("segments").toString()).isEqualTo("[\"groupcalls\",\"abc\"]");
            assertThat(j.get("query").toString()).isEqualTo("{\"page_size\":[\"10\"],\"tag\":[\"a b\",\"c\"],\"flag\":[\"\"]}");
            assertThat(j.get("auth").asText()).isEqualTo("Bearer t0k");
            assertThat(j.get("body").asText()).isEqualTo("{\"name\":\"é\"}");
        }
    }

    @Test
    void registeredEmulationReplacesOneWithTheSamePrefix() throws Exception {
        Emulation teapot = simple("/voipbin/v1.0", ex -> ex.respondText(418, "teapot"));
        try (Sandbox s = Sandbox.builder().emulation(Http.echo("/voipbin/v1.0")).emulation(teapot).start()) {
            // replaces both the default VoIPBin emulation and the earlier registration
            assertThat(s.emulations().stream().filter(e -> Sandbox.normalizePrefix(e.prefix()).equals("/voipbin/v1.0")))
                    .containsExactly(teapot);
            assertThat(Http.get(s.voipbinBaseUrl() + "/x").statusCode()).isEqualTo(418);
        }
    }

    @Test
    void emulationThatThrowsOrDoesNotRespondGets500() throws Exception {
        try (Sandbox s = Sandbox.builder()
                .emulation(simple("/boom", ex -> {
                    throw new IllegalStateException("kaput");
                }))
                .emulation(simple("/mute", ex -> { }))
                .start()) {
            HttpResponse<String> boom = Http.get(s.baseUrl() + "/boom");
            assertThat(boom.statusCode()).isEqualTo(500);
            assertThat(JSON.readTree(boom.body()).get("error").asText()).contains("IllegalStateException: kaput");
            HttpResponse<String> mute = Http.get(s.baseUrl() + "/mute/x");
            assertThat(mute.statusCode()).isEqualTo(500);
            assertThat(mute.body()).contains("did not respond");
        }
    }

    @Test
    void emptyResponsesHaveNoBody() throws Exception {
        try (Sandbox s = Sandbox.builder().emulation(simple("/e", ex -> ex.respondEmpty(204))).start()) {
            HttpResponse<String> r = Http.get(s.baseUrl() + "/e");
            assertThat(r.statusCode()).isEqualTo(204);
            assertThat(r.body()).isEmpty();
        }
    }

    @Test
    void recordsEveryRequestAsAnImmutableSnapshot() throws Exception {
        try (Sandbox s = Sandbox.builder().emulation(Http.echo(Sandbox.TELMETRICS_PREFIX)).start()) {
            HttpClient client = Http.client();
            Http.get(client, s.telmetricsBaseUrl() + "/groups?pagesize=5");
            Http.post(client, s.callrBaseUrl(), "application/json", "{\"jsonrpc\":\"2.0\"}");
            List<RecordedRequest> log = s.requests();
            assertThat(log).hasSize(2);
            RecordedRequest first = log.get(0);
            assertThat(first.method()).isEqualTo("GET");
            assertThat(first.path()).isEqualTo("/telmetrics/v3/api/groups");
            assertThat(first.query()).isEqualTo("pagesize=5");
            assertThat(first.target()).isEqualTo("/telmetrics/v3/api/groups?pagesize=5");
            assertThat(first.body()).isEmpty();
            assertThat(first.faulted()).isFalse();
            RecordedRequest second = log.get(1);
            assertThat(second.method()).isEqualTo("POST");
            assertThat(second.path()).isEqualTo("/callr/json-rpc/v1.1/");
            assertThat(second.query()).isNull();
            assertThat(second.header("content-type")).isEqualTo("application/json");
            assertThat(second.headers()).containsKey("CONTENT-TYPE");
            assertThat(second.body()).isEqualTo("{\"jsonrpc\":\"2.0\"}");
            assertThat(s.requests("/callr/json-rpc/v1.1")).containsExactly(second);
            assertThatThrownBy(() -> log.add(first)).isInstanceOf(UnsupportedOperationException.class);

            Http.get(client, s.baseUrl() + "/more");
            assertThat(log).hasSize(2);
            assertThat(s.requests()).hasSize(3);
        }
    }

    @Test
    void resetClearsLogFaultsAndStateAndResetsEmulations() throws Exception {
        AtomicInteger resets = new AtomicInteger();
        Emulation counting = new Emulation() {
            @Override
            public String prefix() {
                return "/c";
            }

            @Override
            public void handle(SandboxExchange ex) throws IOException {
                long n = ex.state().nextId("c");
                ex.respondJson(200, java.util.Map.of("n", n));
            }

            @Override
            public void reset() {
                resets.incrementAndGet();
            }
        };
        try (Sandbox s = Sandbox.builder().seed(7).emulation(counting).start()) {
            HttpClient client = Http.client();
            Http.get(client, s.baseUrl() + "/c");
            assertThat(Http.get(client, s.baseUrl() + "/c").body()).isEqualTo("{\"n\":2}");
            java.util.UUID u1 = s.state().nextUuid();
            s.faults().enqueue(Fault.status(500));

            s.reset();

            assertThat(resets).hasValue(1);
            assertThat(s.requests()).isEmpty();
            assertThat(s.faults().pending()).isEmpty();
            assertThat(s.state().seed()).isEqualTo(7);
            assertThat(s.state().nextUuid()).isEqualTo(u1);
            assertThat(Http.get(client, s.baseUrl() + "/c").body()).isEqualTo("{\"n\":1}");
            assertThat(s.requests()).hasSize(1);
        }
    }

    @Test
    void sameSeedSameData() {
        SandboxState a = new SandboxState(42);
        SandboxState b = new SandboxState(42);
        assertThat(a.nextUuid()).isEqualTo(b.nextUuid());
        assertThat(a.nextUuid().version()).isEqualTo(4);
        assertThat(a.random("x").nextLong()).isEqualTo(b.random("x").nextLong());
        assertThat(a.nextId("k")).isEqualTo(1);
        assertThat(a.nextId("k")).isEqualTo(2);
        List<String> store = a.get("list", java.util.concurrent.CopyOnWriteArrayList::new);
        store.add("x");
        assertThat(a.<List<String>>get("list", java.util.ArrayList::new)).containsExactly("x");
    }

    @Test
    void closeStopsQuicklyAndLeavesNoSandboxThreads() throws Exception {
        long dispatchersBefore = liveThreads("HTTP-Dispatcher");
        Sandbox s = Sandbox.builder().emulation(Http.echo("/e")).start();
        for (int i = 0; i < 3; i++) {
            assertThat(Http.get(s.baseUrl() + "/e").statusCode()).isEqualTo(200);
        }
        assertThat(liveThreads(s.threadNamePrefix())).isPositive();
        assertThat(liveThreads("HTTP-Dispatcher")).isEqualTo(dispatchersBefore + 1);

        s.close();
        s.close(); // idempotent

        assertThat(liveThreads(s.threadNamePrefix())).isZero();
        assertThat(liveThreads("HTTP-Dispatcher")).isEqualTo(dispatchersBefore);
        assertThatThrownBy(() -> Http.get(s.baseUrl() + "/e")).isInstanceOf(IOException.class);
        assertThat(s.toString()).contains("closed");
    }

    static long liveThreads(String namePrefix) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith(namePrefix))
                .count();
    }

    interface Handler {
        void handle(SandboxExchange ex) throws IOException;
    }

    static Emulation simple(String prefix, Handler handler) {
        return new Emulation() {
            @Override
            public String prefix() {
                return prefix;
            }

            @Override
            public void handle(SandboxExchange exchange) throws IOException {
                handler.handle(exchange);
            }
        };
    }

    private static JsonNode echo(Sandbox s, String path) throws Exception {
        HttpResponse<String> r = Http.get(s.baseUrl() + path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return JSON.readTree(r.body());
    }
}
