package dev.switchboard.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.core.ClientOptions;
import dev.switchboard.core.errors.InvalidResponseException;
import dev.switchboard.core.testing.FakeSleeper;
import dev.switchboard.core.testing.RawHttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import okio.BufferedSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 12 item 4: bounded work for any response. A body over {@code maxResponseBytes} after decompression ends the
 * call with {@link InvalidResponseException}; a body that breaks its framing does too, keeping the status.
 */
class ResponseLimitTest {
  private static final int CAP = 64 * 1024;

  @StartStop
  final MockWebServer server = new MockWebServer();

  private final FakeSleeper sleeper = new FakeSleeper();
  private HttpTransport transport;

  @AfterEach
  void close() {
    if (transport != null) {
      transport.close();
    }
  }

  private HttpTransport transport(okhttp3.HttpUrl baseUrl) {
    transport = new HttpTransport(ClientOptions.builder().baseUrl(baseUrl).sleeper(sleeper).maxResponseBytes(CAP)
        .build(), ProviderProfile.builder("test").build());
    return transport;
  }

  private static Buffer gzip(byte[] data, int times) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      for (int i = 0; i < times; i++) {
        gz.write(data);
      }
    }
    return new Buffer().write(out.toByteArray());
  }

  private static void assertInvalid(Throwable thrown, int status) {
    assertThat(thrown).isInstanceOfSatisfying(InvalidResponseException.class,
        e -> assertThat(e.statusCode()).isEqualTo(status));
  }

  @Test
  void aBodyOfExactlyTheCapIsRead() {
    String body = "x".repeat(CAP);
    server.enqueue(new MockResponse.Builder().code(200).body(body).build());

    assertThat(transport(server.url("/")).execute(Calls.read(), ApiResponse::bodyString)).isEqualTo(body);
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void aDeclaredLengthOverTheCapFails(boolean async) {
    server.enqueue(new MockResponse.Builder().code(200).body("x".repeat(CAP + 1)).build());

    Throwable thrown = Calls.thrown(transport(server.url("/")), Calls.send(), ApiResponse::bodyString, async);

    assertInvalid(thrown, 200);
    assertThat(thrown.getMessage()).contains("test sms.send", String.valueOf(CAP));
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void aDecompressionBombFailsPromptly(boolean async) throws IOException {
    // 256 MiB of zeros in about 250 KiB of gzip: the SDK must stop after CAP + 1 decompressed bytes
    server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Encoding", "gzip")
        .body(gzip(new byte[1024 * 1024], 256)).build());
    long heapBefore = usedHeap();

    Throwable thrown = Calls.thrown(transport(server.url("/")), Calls.read(), ApiResponse::bodyString, async);

    assertInvalid(thrown, 200);
    assertThat(((InvalidResponseException) thrown).rawBody().length()).isLessThanOrEqualTo(CAP);
    assertThat(usedHeap() - heapBefore).as("heap grown").isLessThan(128L * 1024 * 1024);
    assertThat(server.getRequestCount()).as("too large is not retried").isEqualTo(1);
  }

  private static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }

  @ParameterizedTest(name = "async={0}")
  @ValueSource(booleans = {false, true})
  void anEndlessStreamFails(boolean async) {
    server.enqueue(new MockResponse.Builder().code(200).body(new MockResponseBody() {
      @Override
      public long getContentLength() {
        return -1;
      }

      @Override
      public void writeTo(BufferedSink sink) throws IOException {
        byte[] chunk = "[1,2,3,4,5,6,7]".repeat(500).getBytes(StandardCharsets.UTF_8);
        while (true) {
          sink.write(chunk);
          sink.flush();
        }
      }
    }).build());

    Throwable thrown = Calls.thrown(transport(server.url("/")), Calls.read(), ApiResponse::bodyString, async);

    assertInvalid(thrown, 200);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"short", "chunks", "gzip"})
  void brokenFramingIsAnInvalidResponseKeepingTheStatus(String kind) {
    String response;
    switch (kind) {
      case "short":
        response = "HTTP/1.1 200 OK\r\nContent-Length: 100\r\nConnection: close\r\n\r\n{\"id\":";
        break;
      case "chunks":
        response = "HTTP/1.1 201 Created\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
            + "5\r\n{\"id\"\r\nzz\r\n";
        break;
      default:
        response = "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: 12\r\nConnection: close\r\n\r\n"
            + "\u001f\u008b\u0008\u0000garbage!";
    }
    try (RawHttpServer raw = RawHttpServer.answering(response)) {
      Throwable thrown = Calls.thrown(transport(raw.url("/")), Calls.send(), ApiResponse::bodyString, false);

      assertInvalid(thrown, kind.equals("chunks") ? 201 : 200);
      assertThat(raw.requestCount()).as("a 2xx of a non-idempotent call is never re-sent").isEqualTo(1);
    }
  }

  @Test
  void aTruncatedBodyOfAnIdempotentReadIsRetried() {
    try (RawHttpServer raw = new RawHttpServer(n -> (n == 1
        ? "HTTP/1.1 200 OK\r\nContent-Length: 100\r\nConnection: close\r\n\r\n{\"id\":"
        : "HTTP/1.1 200 OK\r\nContent-Length: 8\r\nConnection: close\r\n\r\n{\"id\":1}")
        .getBytes(StandardCharsets.ISO_8859_1))) {
      String body = transport(raw.url("/")).execute(Calls.read(), ApiResponse::bodyString);

      assertThat(body).isEqualTo("{\"id\":1}");
      assertThat(raw.requestCount()).isEqualTo(2);
    }
  }

  @Test
  void aTruncatedErrorBodyKeepsItsStatus() {
    try (RawHttpServer raw = RawHttpServer.answering(
        "HTTP/1.1 500 Oops\r\nContent-Length: 100\r\nConnection: close\r\n\r\n{\"err")) {
      Throwable thrown = Calls.thrown(transport(raw.url("/")), Calls.send(), ApiResponse::bodyString, true);

      assertInvalid(thrown, 500);
      assertThat(raw.requestCount()).isEqualTo(1);
    }
  }
}
