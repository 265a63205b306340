package dev.switchboard.core.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import okhttp3.HttpUrl;

/**
 * A loopback HTTP/1.1 server on a plain {@link ServerSocket} that answers every request with raw bytes (malformed
 * status lines, lying framing) that MockWebServer refuses to produce. Each connection serves one request, then the
 * socket is closed (send {@code Connection: close} so the client does not pool it). Counts the requests it read.
 */
public final class RawHttpServer implements AutoCloseable {
  private final ServerSocket socket;
  private final IntFunction<byte[]> responder;
  private final AtomicInteger requests = new AtomicInteger();
  private final Thread acceptor;

  /** Serves {@code response} to every request. */
  public static RawHttpServer answering(String response) {
    byte[] bytes = response.getBytes(StandardCharsets.ISO_8859_1);
    return new RawHttpServer(n -> bytes);
  }

  /** Serves {@code responder.apply(n)} to request number {@code n} (1-based). */
  public RawHttpServer(IntFunction<byte[]> responder) {
    this.responder = responder;
    try {
      this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    this.acceptor = new Thread(this::acceptLoop, "raw-http-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** The URL of {@code path} on this server. */
  public HttpUrl url(String path) {
    return HttpUrl.get("http://127.0.0.1:" + socket.getLocalPort() + path);
  }

  /** How many requests were read so far. */
  public int requestCount() {
    return requests.get();
  }

  private void acceptLoop() {
    while (!socket.isClosed()) {
      try (Socket s = socket.accept()) {
        s.setSoTimeout(10_000);
        readRequest(s.getInputStream());
        int n = requests.incrementAndGet();
        OutputStream out = s.getOutputStream();
        out.write(responder.apply(n));
        out.flush();
      } catch (IOException e) {
        // the client hung up or the server closed: next connection
      }
    }
  }

  private static void readRequest(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int state = 0;
    while (state < 4) {
      int b = in.read();
      if (b == -1) {
        throw new IOException("eof in request head");
      }
      head.write(b);
      state = (b == '\r' && (state == 0 || state == 2)) || (b == '\n' && (state == 1 || state == 3)) ? state + 1 : 0;
    }
    long length = 0;
    for (String line : head.toString(StandardCharsets.ISO_8859_1).split("\r\n")) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        length = Long.parseLong(line.substring("content-length:".length()).trim());
      }
    }
    for (long i = 0; i < length; i++) {
      if (in.read() == -1) {
        throw new IOException("eof in request body");
      }
    }
  }

  @Override
  public void close() {
    try {
      socket.close();
      acceptor.join(10_000);
    } catch (IOException | InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
