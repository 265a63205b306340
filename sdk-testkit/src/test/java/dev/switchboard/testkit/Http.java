package dev.switchboard.testkit;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Small JDK HttpClient helpers for the tests. */
final class Http {

    private Http() {
    }

    static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    static HttpResponse<String> get(HttpClient client, String url) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> get(String url) throws IOException, InterruptedException {
        return get(client(), url);
    }

    static HttpResponse<String> post(HttpClient client, String url, String contentType, String body)
            throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** An emulation that echoes what it saw as JSON. */
    static Emulation echo(String prefix) {
        return new Emulation() {
            @Override
            public String prefix() {
                return prefix;
            }

            @Override
            public void handle(SandboxExchange ex) throws IOException {
                java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
                m.put("prefix", ex.prefix());
                m.put("method", ex.method());
                m.put("path", ex.path());
                m.put("segments", ex.pathSegments());
                m.put("query", ex.queryParams());
                m.put("auth", ex.header("authorization"));
                m.put("body", ex.bodyString());
                ex.responseHeader("X-Echo", "yes").respondJson(200, m);
            }
        };
    }
}
