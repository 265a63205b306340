package dev.switchboard.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * The {@link HostileServer.Responder} of the suite: looks up the {@link CasePlan} of a request's case and writes the
 * faulty response its {@link Fault} names, built from the operation's valid body with the case's random source (the
 * same bytes for every request of a case, so a pager asking again gets the same page). Slow faults drip bytes with
 * short pauses, bounded in total; stalls wait for the client to hang up (no sleeping). Records, per case, a
 * one-line description of what it sent.
 */
final class FaultResponder implements HostileServer.Responder {
  /** Bodies over the SDK's 64 MiB default cap. */
  static final int OVERSIZE = 66 * 1024 * 1024;
  private static final long SLOW_BUDGET_NANOS = 3_000_000_000L;
  private static final long DRIP_PAUSE_MILLIS = 5;
  private static final String[] RETRY_AFTER = {"0", "1", "99999999999999999999", "-1", "1e300", "garbage", "",
      "Wed, 21 Oct 2015 07:28:00 GMT", "Fri, 31 Dec 9999 23:59:59 GMT", "Thu, 01 Jan 1970 00:00:00 GMT", " 0 ",
      "2147483648", "0.5", "NaN", "Infinity", "-99999999999999999999", "Sun, 06 Nov 1994 08:49:37 GMT, 5",
      "Mon, 99 Foo 12345 99:99:99 XYZ", "9223372036854775807"};
  private static final String[] RETRY_AFTER_MS = {"0", "50", "99999999999999999999", "-5", "1e300", "x", "",
      "9223372036854775807", "1.5", "-9223372036854775808", "100000000"};

  private final IntFunction<CasePlan> plans;
  private final String redirectTarget;
  private final Map<Integer, String> details = new ConcurrentHashMap<>();
  private final Map<String, byte[]> bombs = new ConcurrentHashMap<>();

  FaultResponder(IntFunction<CasePlan> plans, String redirectTarget) {
    this.plans = plans;
    this.redirectTarget = redirectTarget;
  }

  /** What the server sent for a case, or "-" if it saw no request. */
  String detail(int caseNumber) {
    return details.getOrDefault(caseNumber, "-");
  }

  @Override
  public void respond(ReceivedRequest request, Socket socket, OutputStream out)
      throws IOException, InterruptedException {
    CasePlan plan = request.caseNumber() < 0 ? null : plans.apply(request.caseNumber());
    if (plan == null) {
      out.write(head(400, "Bad Request", "text/plain", 2, "").getBytes(StandardCharsets.ISO_8859_1));
      out.write("no".getBytes(StandardCharsets.US_ASCII));
      return;
    }
    SplittableRandom r = new SplittableRandom(plan.faultSeed());
    byte[] valid = plan.operation().validBody();
    Fault fault = plan.fault();
    String detail = write(fault, plan, request, valid, r, socket, out);
    details.put(plan.caseNumber(), detail);
  }

  private String write(Fault fault, CasePlan plan, ReceivedRequest request, byte[] valid, SplittableRandom r,
      Socket socket, OutputStream out) throws IOException, InterruptedException {
    switch (fault.family) {
      case BODY: {
        Mutation m = BodyMutator.mutate(fault, valid, r);
        String type = fault == Fault.HTML_BODY ? "text/html" : "application/json";
        send(out, 200, "OK", type, m.body(), "");
        return m.detail();
      }
      case FRAMING:
        return framing(fault, valid, r, out);
      case STATUS:
        return status(fault, plan, valid, r, out);
      case HEADERS:
        return headers(fault, plan, valid, r, out);
      case RESET:
        return reset(fault, valid, out);
      case SLOW:
        return slow(fault, valid, socket, out);
      case REDIRECT: {
        int code = Integer.parseInt(fault.name().substring("REDIRECT_".length()));
        String location = redirectTarget + "/elsewhere/" + plan.caseNumber() + "?from=hostile";
        byte[] body = "<a href=\"elsewhere\">moved</a>".getBytes(StandardCharsets.US_ASCII);
        send(out, code, "Moved", "text/html", body, "Location: " + location + "\r\n");
        return code + " to " + location;
      }
      case ECHO:
        return echo(fault, plan, request, valid, r, out);
      default:
        throw new IllegalStateException(fault.toString());
    }
  }

  private String framing(Fault fault, byte[] valid, SplittableRandom r, OutputStream out) throws IOException {
    switch (fault) {
      case CONTENT_LENGTH_SHORT: {
        int declared = r.nextInt(Math.max(1, valid.length));
        writeAscii(out, head(200, "OK", "application/json", declared, ""));
        out.write(valid);
        return "Content-Length " + declared + " for " + valid.length + " bytes";
      }
      case CONTENT_LENGTH_LONG: {
        int declared = valid.length + 1 + r.nextInt(10_000);
        writeAscii(out, head(200, "OK", "application/json", declared, ""));
        out.write(valid);
        return "Content-Length " + declared + " for " + valid.length + " bytes, then close";
      }
      case CHUNKED_BROKEN: {
        String size = BodyMutator.pick(r, "zz", "-1", "", "0x10", "1;", " 10", "1\n");
        writeAscii(out, chunkedHead());
        writeAscii(out, size + "\r\n");
        out.write(valid);
        writeAscii(out, "\r\n0\r\n\r\n");
        return "chunk size '" + size + "'";
      }
      case CHUNK_SIZE_OVERFLOW: {
        String size = BodyMutator.pick(r, "FFFFFFFFFFFFFFFFFFFF", "8000000000000000", "7FFFFFFFFFFFFFFF",
            "FFFFFFFF", "1" + "0".repeat(40));
        writeAscii(out, chunkedHead());
        writeAscii(out, size + "\r\n");
        out.write(valid);
        return "chunk size " + size + ", then close";
      }
      case CHUNKED_UNTERMINATED: {
        writeAscii(out, chunkedHead());
        writeAscii(out, Integer.toHexString(valid.length) + "\r\n");
        out.write(valid);
        writeAscii(out, "\r\n");
        return "chunked body without the last chunk, then close";
      }
      case NO_BODY_200:
        writeAscii(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n");
        return "200 without a body, then close";
      case CLOSE_DELIMITED_200:
        writeAscii(out, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n\r\n");
        out.write(valid);
        return "200 with a close-delimited valid body";
      case DUPLICATE_CONTENT_LENGTH: {
        int other = r.nextInt(Math.max(1, valid.length));
        writeAscii(out, head(200, "OK", "application/json", valid.length, "Content-Length: " + other + "\r\n"));
        out.write(valid);
        return "Content-Length " + valid.length + " and " + other;
      }
      default:
        throw new IllegalStateException(fault.toString());
    }
  }

  private String status(Fault fault, CasePlan plan, byte[] valid, SplittableRandom r, OutputStream out)
      throws IOException {
    String line;
    byte[] body = valid;
    switch (fault) {
      case STATUS_0: line = "HTTP/1.1 0 Zero"; break;
      case STATUS_99: line = "HTTP/1.1 99 Low"; break;
      case STATUS_600: line = "HTTP/1.1 600 High"; break;
      case STATUS_999: line = "HTTP/1.1 999 Odd"; break;
      case STATUS_1000: line = "HTTP/1.1 1000 Huge"; break;
      case STATUS_NEGATIVE: line = "HTTP/1.1 -200 Negative"; break;
      case STATUS_NON_NUMERIC: line = "HTTP/1.1 OK 200"; break;
      case STATUS_NO_REASON: line = "HTTP/1.1 200"; break;
      case HTTP_09: line = BodyMutator.pick(r, "HTTP/0.9 200 OK", "HTTP/2.0 200 OK", "HTTP/1.2 200 OK"); break;
      case STATUS_GARBAGE: {
        byte[] junk = new byte[1 + r.nextInt(200)];
        for (int i = 0; i < junk.length; i++) {
          junk[i] = (byte) (r.nextInt(2) == 0 ? 32 + r.nextInt(95) : r.nextInt(256));
        }
        out.write(junk);
        writeAscii(out, "\r\n\r\n");
        return "garbage status line of " + junk.length + " bytes";
      }
      case STATUS_1XX_ONLY: {
        String informational = BodyMutator.pick(r, "100 Continue", "102 Processing", "103 Early Hints");
        writeAscii(out, ("HTTP/1.1 " + informational + "\r\n\r\n").repeat(1 + r.nextInt(3)));
        return informational + " and nothing else";
      }
      case STATUS_4XX: {
        int code = BodyMutator.pick(r, 400, 401, 402, 403, 404, 405, 409, 410, 413, 418, 422, 451);
        body = errorBody(plan.operation().provider(), code, "client error " + code);
        send(out, code, "Client Error", "application/json", body, "");
        return "HTTP " + code;
      }
      case STATUS_408:
        send(out, 408, "Request Timeout", "application/json", errorBody(plan.operation().provider(), 408, "slow"), "");
        return "HTTP 408";
      case STATUS_5XX: {
        int code = BodyMutator.pick(r, 500, 502, 503, 504, 507, 599);
        body = r.nextBoolean() ? errorBody(plan.operation().provider(), code, "server error")
            : "<html>busy</html>".getBytes(StandardCharsets.US_ASCII);
        send(out, code, "Server Error", "application/json", body, "");
        return "HTTP " + code;
      }
      default:
        throw new IllegalStateException(fault.toString());
    }
    writeAscii(out, line + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length
        + "\r\nConnection: close\r\n\r\n");
    out.write(body);
    return "status line '" + line + "'";
  }

  private String headers(Fault fault, CasePlan plan, byte[] valid, SplittableRandom r, OutputStream out)
      throws IOException {
    String provider = plan.operation().provider();
    switch (fault) {
      case RETRY_AFTER_429:
      case RETRY_AFTER_503: {
        int code = fault == Fault.RETRY_AFTER_429 ? 429 : 503;
        String value = BodyMutator.pick(r, RETRY_AFTER);
        send(out, code, "Slow Down", "application/json", errorBody(provider, code, "later"),
            "Retry-After: " + value + "\r\n");
        return "HTTP " + code + " Retry-After '" + value + "'";
      }
      case RETRY_AFTER_MS_429: {
        String value = BodyMutator.pick(r, RETRY_AFTER_MS);
        String extra = "Retry-After-Ms: " + value + "\r\n"
            + (r.nextBoolean() ? "Retry-After: " + BodyMutator.pick(r, RETRY_AFTER) + "\r\n" : "");
        send(out, 429, "Slow Down", "application/json", errorBody(provider, 429, "later"), extra);
        return "HTTP 429 " + extra.replace("\r\n", " ").trim();
      }
      case HUGE_HEADER: {
        int size = 100 * 1024 + r.nextInt(50 * 1024);
        send(out, 200, "OK", "application/json", valid, "X-Huge: " + "h".repeat(size) + "\r\n");
        return "a " + size + "-byte header";
      }
      case MANY_HEADERS: {
        StringBuilder sb = new StringBuilder(200_000);
        for (int i = 0; i < 10_000; i++) {
          sb.append("X-Many-").append(i).append(": v").append(i).append("\r\n");
        }
        send(out, 200, "OK", "application/json", valid, sb.toString());
        return "10,000 headers";
      }
      case BAD_CONTENT_ENCODING: {
        String encoding = BodyMutator.pick(r, "br", "xyz", "gzip, gzip", "deflate", "compress", "gzip", "GZIP");
        send(out, 200, "OK", "application/json", valid, "Content-Encoding: " + encoding + "\r\n");
        return "Content-Encoding '" + encoding + "' on a plain body";
      }
      case GZIP_BOMB: {
        byte[] bomb = bombs.computeIfAbsent(plan.operation().name(), k -> bomb(valid));
        send(out, 200, "OK", "application/json", bomb, "Content-Encoding: gzip\r\n");
        return "gzip bomb: " + bomb.length + " bytes inflating to " + (OVERSIZE + valid.length);
      }
      case CORRUPT_GZIP: {
        byte[] gz = gzip(valid, Deflater.DEFAULT_COMPRESSION);
        String how;
        if (r.nextBoolean()) {
          int at = 10 + r.nextInt(Math.max(1, gz.length - 10));
          gz[Math.min(at, gz.length - 1)] ^= (byte) (1 + r.nextInt(255));
          how = "a flipped byte";
        } else {
          gz = java.util.Arrays.copyOf(gz, r.nextInt(gz.length));
          how = "truncated to " + gz.length + " bytes";
        }
        send(out, 200, "OK", "application/json", gz, "Content-Encoding: gzip\r\n");
        return "corrupt gzip: " + how;
      }
      case OVERSIZED_BODY: {
        writeAscii(out, chunkedHead());
        byte[] spaces = new byte[64 * 1024];
        java.util.Arrays.fill(spaces, (byte) ' ');
        String size = Integer.toHexString(spaces.length) + "\r\n";
        for (int sent = 0; sent < OVERSIZE; sent += spaces.length) {
          writeAscii(out, size);
          out.write(spaces);
          writeAscii(out, "\r\n");
        }
        writeAscii(out, Integer.toHexString(valid.length) + "\r\n");
        out.write(valid);
        writeAscii(out, "\r\n0\r\n\r\n");
        return "chunked body of " + (OVERSIZE + valid.length) + " bytes (whitespace, then the valid body)";
      }
      default:
        throw new IllegalStateException(fault.toString());
    }
  }

  private static String reset(Fault fault, byte[] valid, OutputStream out) throws IOException {
    switch (fault) {
      case CLOSE_BEFORE_STATUS:
        return "request read, connection closed without a response";
      case RESET_BEFORE_STATUS:
        throw new HostileServer.ResetRequested();
      case RESET_AFTER_HEADERS:
        writeAscii(out, head(200, "OK", "application/json", valid.length, ""));
        out.flush();
        throw new HostileServer.ResetRequested();
      case RESET_MID_BODY:
      case CLOSE_MID_BODY:
        writeAscii(out, head(200, "OK", "application/json", valid.length, ""));
        out.write(valid, 0, valid.length / 2);
        out.flush();
        if (fault == Fault.RESET_MID_BODY) {
          throw new HostileServer.ResetRequested();
        }
        return "closed after " + valid.length / 2 + " of " + valid.length + " body bytes";
      default:
        throw new IllegalStateException(fault.toString());
    }
  }

  private static String slow(Fault fault, byte[] valid, Socket socket, OutputStream out)
      throws IOException, InterruptedException {
    switch (fault) {
      case STALL_BEFORE_STATUS: {
        // wait for the client to give up: a read returns -1 (or throws) when it closes; bounded by the socket timeout
        socket.setSoTimeout((int) (SLOW_BUDGET_NANOS / 1_000_000));
        InputStream in = socket.getInputStream();
        try {
          while (in.read() >= 0) {
            // discard
          }
        } catch (SocketTimeoutException e) {
          return "stalled " + SLOW_BUDGET_NANOS / 1_000_000 + " ms and the client was still waiting";
        }
        return "stalled until the client hung up";
      }
      case DRIP_HEADERS: {
        byte[] all = BodyMutator.concat(head(200, "OK", "application/json", valid.length, "")
            .getBytes(StandardCharsets.ISO_8859_1), valid);
        return drip(all, 0, out);
      }
      case DRIP_BODY: {
        byte[] h = head(200, "OK", "application/json", valid.length, "").getBytes(StandardCharsets.ISO_8859_1);
        out.write(h);
        out.flush();
        return drip(valid, 0, out);
      }
      default:
        throw new IllegalStateException(fault.toString());
    }
  }

  private static String drip(byte[] bytes, int from, OutputStream out) throws IOException, InterruptedException {
    long start = System.nanoTime();
    int i = from;
    for (; i < bytes.length && System.nanoTime() - start < SLOW_BUDGET_NANOS; i++) {
      out.write(bytes[i]);
      out.flush();
      Thread.sleep(DRIP_PAUSE_MILLIS);
    }
    return "dripped " + (i - from) + " of " + (bytes.length - from) + " bytes, 1 per " + DRIP_PAUSE_MILLIS + " ms";
  }

  private String echo(Fault fault, CasePlan plan, ReceivedRequest request, byte[] valid, SplittableRandom r,
      OutputStream out) throws IOException {
    String echoed = request.asText();
    String auth = request.header("authorization");
    String token = request.header("x-organization-token");
    StringBuilder extra = new StringBuilder();
    if (auth != null) {
      extra.append("WWW-Authenticate: ").append(auth).append("\r\n");
      extra.append("X-Echo-Authorization: ").append(auth).append("\r\n");
    }
    if (token != null) {
      extra.append("X-Echo-Token: ").append(token).append("\r\n");
      extra.append("Set-Cookie: session=").append(token).append("; HttpOnly\r\n");
    }
    extra.append("X-Echo-Target: ").append(request.target()).append("\r\n");
    if (fault == Fault.ECHO_IN_HEADERS) {
      send(out, 200, "OK", "application/json", valid, extra.toString());
      return "200 echoing the credentials in response headers";
    }
    int code = BodyMutator.pick(r, 400, 401, 403, 422, 500);
    String message = "rejected request: " + echoed;
    byte[] body;
    if (r.nextBoolean()) {
      body = errorBody(plan.operation().provider(), code, message);
    } else {
      body = ("{\"error\":\"" + phpEscape(message) + "\",\"message\":\"" + phpEscape(message) + "\"}")
          .getBytes(StandardCharsets.UTF_8);
    }
    send(out, code, "Rejected", "application/json", body, extra.toString());
    return "HTTP " + code + " echoing the request (JSON-escaped) in the error body and headers";
  }

  /** A provider-shaped error body carrying {@code message}, escaped the way PHP's json_encode does ({@code \/}). */
  static byte[] errorBody(String provider, int code, String message) {
    String m = phpEscape(message);
    String json;
    switch (provider) {
      case "callr":
        json = "{\"jsonrpc\":\"2.0\",\"id\":1,\"error\":{\"code\":" + code + ",\"message\":\"" + m
            + "\",\"data\":{\"detail\":\"" + m + "\"}}}";
        break;
      case "voipbin":
        json = "{\"error\":{\"status\":" + code + ",\"reason\":\"E" + code + "\",\"message\":\"" + m
            + "\",\"request_id\":\"req_" + code + "\",\"details\":[{\"field\":\"x\",\"message\":\"" + m + "\"}]}}";
        break;
      case "telmetrics":
        json = "{\"Message\":\"" + m + "\",\"code\":" + code + "}";
        break;
      default:
        json = "{\"error\":\"" + m + "\",\"errors\":[\"" + m + "\"]}";
    }
    return json.getBytes(StandardCharsets.UTF_8);
  }

  static String phpEscape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"': sb.append("\\\""); break;
        case '\\': sb.append("\\\\"); break;
        case '/': sb.append("\\/"); break;
        case '\n': sb.append("\\n"); break;
        case '\r': sb.append("\\r"); break;
        case '\t': sb.append("\\t"); break;
        default:
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
      }
    }
    return sb.toString();
  }

  private static byte[] bomb(byte[] valid) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(128 * 1024);
      try (GZIPOutputStream gz = new GZIPOutputStream(bytes, 64 * 1024) {
        {
          def.setLevel(Deflater.BEST_COMPRESSION);
        }
      }) {
        byte[] spaces = new byte[1024 * 1024];
        java.util.Arrays.fill(spaces, (byte) ' ');
        for (int i = 0; i < OVERSIZE / spaces.length; i++) {
          gz.write(spaces);
        }
        gz.write(valid);
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static byte[] gzip(byte[] data, int level) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes) {
      {
        def.setLevel(level);
      }
    }) {
      gz.write(data);
    }
    return bytes.toByteArray();
  }

  private static void send(OutputStream out, int code, String reason, String type, byte[] body, String extraHeaders)
      throws IOException {
    writeAscii(out, head(code, reason, type, body.length, extraHeaders));
    out.write(body);
  }

  private static String head(int code, String reason, String type, long length, String extraHeaders) {
    return "HTTP/1.1 " + code + " " + reason + "\r\nContent-Type: " + type + "\r\nContent-Length: " + length
        + "\r\n" + extraHeaders + "Connection: close\r\n\r\n";
  }

  private static String chunkedHead() {
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n";
  }

  private static void writeAscii(OutputStream out, String s) throws IOException {
    out.write(s.getBytes(StandardCharsets.ISO_8859_1));
  }
}
