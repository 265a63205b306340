package dev.switchboard.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A deterministic hostile HTTP/1.1 server on 127.0.0.1, on a raw {@link ServerSocket} so every byte it sends is
 * chosen. Each connection is handled on a bounded executor: the server reads one request (head and a
 * {@code Content-Length} body), counts it against the case named by {@link #CASE_HEADER}, and hands the socket to
 * the {@link Responder}, which writes one (faulty) response and returns; the connection is then closed (reset, if
 * the responder asked for it). {@link #close()} stops the accept loop, closes every open socket and the executor.
 */
final class HostileServer implements AutoCloseable {
  /** The request header carrying the case number of the call (sent through {@code RequestOptions.header}). */
  static final String CASE_HEADER = "X-Reliability-Case";
  private static final int MAX_HEAD = 256 * 1024;

  /** Writes the response for one request. */
  interface Responder {
    /** Writes the answer to {@code request} on {@code out}; the socket is closed after it returns. */
    void respond(ReceivedRequest request, Socket socket, OutputStream out) throws IOException, InterruptedException;
  }

  private final ServerSocket serverSocket;
  private final ExecutorService connections;
  private final Thread acceptor;
  private final Responder responder;
  private final Map<Integer, AtomicInteger> requestsPerCase = new ConcurrentHashMap<>();
  private final Set<Socket> open = ConcurrentHashMap.newKeySet();
  private volatile boolean closed;

  HostileServer(Responder responder, int maxConnections) throws IOException {
    this.responder = responder;
    this.serverSocket = new ServerSocket();
    serverSocket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 512);
    AtomicInteger threads = new AtomicInteger();
    this.connections = new ThreadPoolExecutor(maxConnections, maxConnections, 30, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(4 * maxConnections), r -> {
          Thread t = new Thread(r, "hostile-server-" + threads.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
    this.acceptor = new Thread(this::acceptLoop, "hostile-server-accept");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** The base URL of this server with the given path (no trailing slash). */
  String url(String path) {
    return "http://127.0.0.1:" + serverSocket.getLocalPort() + path;
  }

  /** How many requests the server has read for a case so far. */
  int requests(int caseNumber) {
    AtomicInteger n = requestsPerCase.get(caseNumber);
    return n == null ? 0 : n.get();
  }

  private void acceptLoop() {
    while (!closed) {
      Socket socket;
      try {
        socket = serverSocket.accept();
      } catch (IOException e) {
        if (closed) {
          return;
        }
        continue;
      }
      open.add(socket);
      try {
        connections.execute(() -> handle(socket));
      } catch (RejectedExecutionException e) {
        closeQuietly(socket, true);
      }
    }
  }

  private void handle(Socket socket) {
    boolean reset = false;
    try {
      socket.setSoTimeout(5_000);
      socket.setTcpNoDelay(true);
      ReceivedRequest request = read(socket.getInputStream());
      if (request == null) {
        return;
      }
      requestsPerCase.computeIfAbsent(request.caseNumber(), k -> new AtomicInteger()).incrementAndGet();
      OutputStream out = socket.getOutputStream();
      responder.respond(request, socket, out);
      out.flush();
    } catch (ResetRequested e) {
      reset = true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException | RuntimeException e) {
      // the client went away mid-answer (timeouts, resets): nothing to do
    } finally {
      closeQuietly(socket, reset);
    }
  }

  /** Thrown by a responder to end the connection with a TCP reset instead of a close. */
  static final class ResetRequested extends IOException {
    private static final long serialVersionUID = 1L;

    ResetRequested() {
      super("reset", null);
    }
  }

  private static ReceivedRequest read(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int last = 0;
    while (last != 0x0D0A0D0A) {
      int b = in.read();
      if (b < 0) {
        return null;
      }
      head.write(b);
      if (head.size() > MAX_HEAD) {
        throw new IOException("request head too large");
      }
      last = (last << 8) | b;
    }
    String text = head.toString(StandardCharsets.ISO_8859_1);
    String[] lines = text.split("\r\n");
    String[] requestLine = lines[0].split(" ", 3);
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    long length = 0;
    int caseNumber = -1;
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon <= 0) {
        continue;
      }
      String name = lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT);
      String value = lines[i].substring(colon + 1).trim();
      headers.add(Map.entry(name, value));
      if (name.equals("content-length")) {
        length = Long.parseLong(value);
      } else if (name.equals(CASE_HEADER.toLowerCase(Locale.ROOT))) {
        caseNumber = Integer.parseInt(value);
      }
    }
    if (length > 16 * 1024 * 1024) {
      throw new IOException("request body too large");
    }
    byte[] body = in.readNBytes((int) length);
    return new ReceivedRequest(caseNumber, requestLine[0], requestLine.length > 1 ? requestLine[1] : "",
        List.copyOf(headers), body, text);
  }

  private void closeQuietly(Socket socket, boolean reset) {
    try {
      if (reset) {
        socket.setSoLinger(true, 0);
      }
      socket.close();
    } catch (SocketException ignored) {
      // already closed
    } catch (IOException ignored) {
      // nothing to do
    } finally {
      open.remove(socket);
    }
  }

  @Override
  public void close() throws IOException {
    closed = true;
    serverSocket.close();
    for (Socket s : open) {
      closeQuietly(s, true);
    }
    connections.shutdownNow();
    try {
      if (!connections.awaitTermination(5, TimeUnit.SECONDS)) {
        throw new IOException("hostile server threads did not stop");
      }
      acceptor.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
