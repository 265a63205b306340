package dev.switchboard.testkit.callr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/** Delivers Webhook.Event pushes on a sandbox-owned daemon thread, with up to 3 retries, and logs every attempt. */
final class WebhookPusher {

    static final int MAX_RETRIES = 3;
    static final String USER_AGENT = "CALLR/API sandbox";
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    record Target(String endpoint, String hookHash, String hmacAlgo, String hmacSecret) {
    }

    private final ExecutorService executor;
    private final List<CallrEmulation.Delivery> log = new ArrayList<>();
    private final List<CompletableFuture<Void>> idleWaiters = new ArrayList<>();
    private final List<Map.Entry<Integer, CompletableFuture<List<CallrEmulation.Delivery>>>> countWaiters = new ArrayList<>();
    private int pending;
    private volatile HttpClient client;

    WebhookPusher() {
        String name = "switchboard-sandbox-callr-push-" + INSTANCES.incrementAndGet();
        this.executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    private HttpClient client() {
        HttpClient c = client;
        if (c == null) {
            synchronized (this) {
                if (client == null) {
                    client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                            .connectTimeout(Duration.ofSeconds(5)).build();
                }
                c = client;
            }
        }
        return c;
    }

    void push(Target target, String type, String eventId, Instant at, JsonNode data) {
        synchronized (this) {
            pending++;
        }
        try {
            executor.execute(() -> {
                try {
                    deliver(target, type, eventId, at, data);
                } finally {
                    done();
                }
            });
        } catch (RejectedExecutionException e) {
            done();
        }
    }

    private void deliver(Target t, String type, String eventId, Instant at, JsonNode data) {
        for (int attempt = 0; attempt <= MAX_RETRIES; attempt++) {
            ObjectNode event = Json.obj();
            event.put("event_id", eventId).put("event_at", Json.datetimeMsIso(at));
            if (t.hookHash() == null) {
                event.putNull("hook_hash");
            } else {
                event.put("hook_hash", t.hookHash());
            }
            event.put("try", attempt).put("type", type);
            event.set("data", data);
            byte[] body;
            try {
                body = CallrEmulation.MAPPER.writeValueAsBytes(event);
            } catch (JsonProcessingException e) {
                return;
            }
            int status = -1;
            String error = null;
            try {
                HttpRequest.Builder rb = HttpRequest.newBuilder(URI.create(t.endpoint()))
                        .timeout(Duration.ofSeconds(5))
                        .header("Content-Type", "application/json")
                        .header("User-Agent", USER_AGENT)
                        .header("X-CALLR-EventId", eventId)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
                if (t.hmacSecret() != null) {
                    rb.header("X-CALLR-HmacSignature", sign(t.hmacAlgo(), t.hmacSecret(), body));
                }
                status = client().send(rb.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException | IllegalArgumentException | GeneralSecurityException e) {
                error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                error = "interrupted";
            }
            CallrEmulation.Delivery d = new CallrEmulation.Delivery(eventId, type, t.hookHash(), t.endpoint(), attempt,
                    status, error, new String(body, StandardCharsets.UTF_8));
            record(d);
            if (d.succeeded() || Thread.currentThread().isInterrupted()) {
                return;
            }
        }
    }

    /** base64(HMAC_algo(secret, body)); algo MD5|SHA1|SHA256|SHA512, default SHA256. */
    static String sign(String algo, String secret, byte[] body) throws GeneralSecurityException {
        String a = "Hmac" + (algo == null ? "SHA256" : algo.toUpperCase(java.util.Locale.ROOT));
        Mac mac = Mac.getInstance(a);
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), a));
        return Base64.getEncoder().encodeToString(mac.doFinal(body));
    }

    private void record(CallrEmulation.Delivery d) {
        List<CompletableFuture<List<CallrEmulation.Delivery>>> ready = new ArrayList<>();
        List<CallrEmulation.Delivery> snapshot;
        synchronized (this) {
            log.add(d);
            snapshot = List.copyOf(log);
            for (Iterator<Map.Entry<Integer, CompletableFuture<List<CallrEmulation.Delivery>>>> it = countWaiters.iterator(); it.hasNext(); ) {
                var e = it.next();
                if (snapshot.size() >= e.getKey()) {
                    ready.add(e.getValue());
                    it.remove();
                }
            }
        }
        ready.forEach(f -> f.complete(snapshot));
    }

    private void done() {
        List<CompletableFuture<Void>> ready = List.of();
        synchronized (this) {
            pending--;
            if (pending == 0) {
                ready = List.copyOf(idleWaiters);
                idleWaiters.clear();
            }
        }
        ready.forEach(f -> f.complete(null));
    }

    synchronized List<CallrEmulation.Delivery> deliveries() {
        return List.copyOf(log);
    }

    synchronized CompletableFuture<Void> whenIdle() {
        if (pending == 0) {
            return CompletableFuture.completedFuture(null);
        }
        CompletableFuture<Void> f = new CompletableFuture<>();
        idleWaiters.add(f);
        return f;
    }

    synchronized CompletableFuture<List<CallrEmulation.Delivery>> whenDeliveries(int attempts) {
        if (log.size() >= attempts) {
            return CompletableFuture.completedFuture(List.copyOf(log));
        }
        CompletableFuture<List<CallrEmulation.Delivery>> f = new CompletableFuture<>();
        countWaiters.add(Map.entry(attempts, f));
        return f;
    }

    synchronized void clear() {
        log.clear();
    }

    void close() {
        executor.shutdownNow();
        List<CompletableFuture<Void>> idle;
        List<Map.Entry<Integer, CompletableFuture<List<CallrEmulation.Delivery>>>> counts;
        synchronized (this) {
            idle = List.copyOf(idleWaiters);
            counts = List.copyOf(countWaiters);
            idleWaiters.clear();
            countWaiters.clear();
        }
        IllegalStateException closed = new IllegalStateException("sandbox closed");
        idle.forEach(f -> f.completeExceptionally(closed));
        counts.forEach(e -> e.getValue().completeExceptionally(closed));
    }
}
