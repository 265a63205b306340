package dev.switchboard.testkit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The request pipeline of a {@link Sandbox}: reads the request, records it, applies the next matching {@link Fault},
 * then hands it to the emulation with the longest matching prefix (404 when none, 500 when the emulation fails or
 * does not answer).
 */
final class SandboxDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(Sandbox.class);

    private final SandboxState state;
    private final List<Emulation> emulations; // longest prefix first
    private final Faults faults;
    private final List<RecordedRequest> log; // guarded by itself
    private final ObjectMapper mapper;
    private final Supplier<String> baseUrl;

    SandboxDispatcher(SandboxState state, List<Emulation> emulations, Faults faults, List<RecordedRequest> log,
                      ObjectMapper mapper, Supplier<String> baseUrl) {
        this.state = state;
        this.emulations = emulations;
        this.faults = faults;
        this.log = log;
        this.mapper = mapper;
        this.baseUrl = baseUrl;
    }

    /** The server's handler: answers one exchange; an unexpected error is logged and closes it. */
    void dispatch(HttpExchange exchange) {
        try {
            handle(exchange);
        } catch (Throwable t) {
            LOG.warn("sandbox: unexpected error on {} {}", exchange.getRequestMethod(), exchange.getRequestURI(), t);
            exchange.close();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        if (path == null || path.isEmpty()) {
            path = "/";
        }
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        Fault fault = faults.take(method, path);
        synchronized (log) {
            log.add(new RecordedRequest(method.toUpperCase(java.util.Locale.ROOT), path,
                    exchange.getRequestURI().getRawQuery(), exchange.getRequestHeaders(),
                    new String(body, StandardCharsets.UTF_8),
                    fault != null && fault.kind() != Fault.Kind.DELAY));
        }
        if (fault != null) {
            switch (fault.kind()) {
                case DROP_CONNECTION -> {
                    // closing an exchange whose response headers were never sent closes the TCP connection:
                    // the client reads EOF before any status line
                    exchange.close();
                    return;
                }
                case STATUS -> {
                    for (Map.Entry<String, String> h : fault.headers()) {
                        exchange.getResponseHeaders().add(h.getKey(), h.getValue());
                    }
                    SandboxExchange se = new SandboxExchange(exchange, "", path, body, mapper, state, baseUrl.get());
                    se.respond(fault.statusCode(), fault.contentTypeValue(), fault.bodyBytes());
                    return;
                }
                case DELAY -> {
                    try {
                        Thread.sleep(fault.delayDuration().toMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        exchange.close();
                        return;
                    }
                }
            }
        }
        Emulation emulation = route(path);
        if (emulation == null) {
            SandboxExchange se = new SandboxExchange(exchange, "", path, body, mapper, state, baseUrl.get());
            se.respondJson(404, Map.of("error", "no emulation for " + path));
            return;
        }
        SandboxExchange se = new SandboxExchange(exchange, Sandbox.normalizePrefix(emulation.prefix()), path, body,
                mapper, state, baseUrl.get());
        try {
            emulation.handle(se);
            if (!se.responded()) {
                se.respondJson(500, Map.of("error", "emulation " + emulation.prefix() + " did not respond"));
            }
        } catch (Exception | AssertionError e) {
            if (se.responded()) {
                LOG.warn("sandbox: emulation {} failed after responding", emulation.prefix(), e);
                return;
            }
            LOG.debug("sandbox: emulation {} failed", emulation.prefix(), e);
            String message = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            se.respondJson(500, Map.of("error", "emulation failed: " + message));
        }
    }

    private Emulation route(String path) {
        for (Emulation e : emulations) { // longest prefix first
            if (Sandbox.underPrefix(path, Sandbox.normalizePrefix(e.prefix()))) {
                return e;
            }
        }
        return null;
    }
}
