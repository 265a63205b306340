package dev.switchboard.examples;

import com.sun.net.httpserver.HttpServer;
import dev.switchboard.callr.realtime.RealtimeApp;
import dev.switchboard.callr.realtime.RealtimeHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * A CALLR REALTIME10 endpoint on the JDK's {@code com.sun.net.httpserver.HttpServer}: POST {@code /rt} with an
 * {@code RT.Request}, get the {@code RT.Response}. Optional HTTP Basic check with the app's login/password.
 *
 * <pre>{@code
 * try (RealtimeAppServer server = RealtimeAppServer.start(0, req -> RtCommands.say("TTS_EN-GB_SERENA", "Hi"))) {
 *   System.out.println("point your REALTIME10 app at " + server.url());
 * }
 * }</pre>
 */
public final class RealtimeAppServer implements AutoCloseable {
    private final HttpServer server;
    private final RealtimeHandler handler;

    private RealtimeAppServer(HttpServer server, RealtimeHandler handler) {
        this.server = server;
        this.handler = handler;
    }

    /** Starts on loopback {@code port} (0 = a free port) without authentication. */
    public static RealtimeAppServer start(int port, RealtimeApp app) throws IOException {
        return start(port, RealtimeHandler.of(app), null, null);
    }

    /** Starts on loopback {@code port}; when {@code login} is set, requests must carry matching HTTP Basic auth. */
    public static RealtimeAppServer start(int port, RealtimeHandler handler, String login, String password)
            throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/rt", exchange -> {
            try (exchange) {
                if (!"POST".equals(exchange.getRequestMethod())) {
                    exchange.sendResponseHeaders(405, -1);
                    return;
                }
                if (login != null && !RealtimeHandler.checkBasicAuth(
                        exchange.getRequestHeaders().getFirst("Authorization"), login, password)) {
                    exchange.sendResponseHeaders(401, -1);
                    return;
                }
                byte[] body;
                try (InputStream in = exchange.getRequestBody()) {
                    body = in.readAllBytes();
                }
                byte[] out = handler.handle(body);
                exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
                exchange.sendResponseHeaders(200, out.length);
                try (OutputStream os = exchange.getResponseBody()) {
                    os.write(out);
                }
            }
        });
        server.start();
        return new RealtimeAppServer(server, handler);
    }

    /** The URL to configure as the REALTIME10 app's {@code url}. */
    public String url() {
        return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort() + "/rt";
    }

    @Override
    public void close() {
        server.stop(0);
        handler.close();
    }
}
