package dev.switchboard.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A JDK {@link HttpServer} on 127.0.0.1, port 0, answering every request with a body chosen by a {@link Responder}.
 * Handlers run on a small fixed pool; a delayed answer is scheduled on a {@link ScheduledExecutorService} after the
 * handler has returned, so no thread waits per pending request (1,000 requests pending for 50 ms cost no threads).
 */
public final class Loopback implements AutoCloseable {

  /** Computes the response body of one request from its path and query (called on a server thread). */
  @FunctionalInterface
  public interface Responder {
    byte[] body(String path, String query) throws IOException;
  }

  static {
    // Without TCP_NODELAY the JDK server's separate header and body writes meet the client's delayed ACK: about
    // 40 ms per response. Read once, when the server implementation is first loaded, so set it before that.
    System.setProperty("sun.net.httpserver.nodelay", "true");
  }

  private final HttpServer server;
  private final ExecutorService handlers;
  private final ScheduledExecutorService scheduler;
  private final long delayMillis;
  private final Responder responder;

  private Loopback(Responder responder, long delayMillis, int handlerThreads) throws IOException {
    this.responder = responder;
    this.delayMillis = delayMillis;
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
    this.handlers = Executors.newFixedThreadPool(handlerThreads, daemon("loopback-handler"));
    this.scheduler = delayMillis > 0 ? Executors.newSingleThreadScheduledExecutor(daemon("loopback-delay")) : null;
    server.setExecutor(handlers);
    server.createContext("/", this::handle);
    server.start();
  }

  /** A server answering at once with {@code responder}'s body. */
  public static Loopback start(Responder responder) throws IOException {
    return new Loopback(responder, 0, 2);
  }

  /** A server answering at once with the same pre-rendered body. */
  public static Loopback fixed(byte[] body) throws IOException {
    return start((path, query) -> body);
  }

  /** A server answering with a fixed body {@code delayMillis} after each request arrived, without blocking. */
  public static Loopback delayed(byte[] body, long delayMillis) throws IOException {
    return new Loopback((path, query) -> body, delayMillis, 2);
  }

  /** {@code http://127.0.0.1:PORT/} followed by {@code path} (no leading slash). */
  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + path;
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (InputStream in = exchange.getRequestBody()) {
      in.readAllBytes();
    }
    byte[] body;
    try {
      body = responder.body(exchange.getRequestURI().getPath(), exchange.getRequestURI().getRawQuery());
    } catch (IOException | RuntimeException e) {
      exchange.sendResponseHeaders(500, -1);
      exchange.close();
      return;
    }
    if (scheduler == null) {
      respond(exchange, body);
    } else {
      scheduler.schedule(() -> {
        try {
          respond(exchange, body);
        } catch (IOException e) {
          exchange.close();
        }
      }, delayMillis, TimeUnit.MILLISECONDS);
    }
  }

  private static void respond(HttpExchange exchange, byte[] body) throws IOException {
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  private static java.util.concurrent.ThreadFactory daemon(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  @Override
  public void close() {
    server.stop(0);
    handlers.shutdownNow();
    if (scheduler != null) {
      scheduler.shutdownNow();
    }
  }
}
