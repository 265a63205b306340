package dev.switchboard.core.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.ClientOptions;
import dev.switchboard.core.errors.ApiTimeoutException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Issue 11: the pacer that keeps Okio's watchdog asleep re-arms itself, never delays a timeout, stops on close. */
class TimeoutPacerTest {
  @StartStop
  final MockWebServer server = new MockWebServer();

  @Test
  void rearmsItselfWhileOpenAndNeverAfterClose() throws Exception {
    TimeoutPacer pacer = TimeoutPacer.start(Duration.ofMillis(20));
    try {
      assertThat(pacer.awaitRearms(3, 10_000)).as("fired and re-armed three times").isTrue();
    } finally {
      pacer.close();
    }
    assertThat(pacer.isClosed()).isTrue();
    long after = pacer.rearms();
    // ten periods: an armed pacer would have fired again
    assertThat(pacer.awaitRearms(after + 1, 200)).isFalse();
    assertThat(pacer.rearms()).isEqualTo(after);
    pacer.close(); // idempotent
  }

  @Test
  void aTimeoutShorterThanThePeriodStillFiresOnTime() {
    server.enqueue(new MockResponse.Builder().body("late").headersDelay(5, TimeUnit.SECONDS).build());
    HttpTransport t = new HttpTransport(ClientOptions.builder().baseUrl(server.url("/"))
        .readTimeout(Duration.ofMillis(100)).maxRetries(0).build(), ProviderProfile.builder("paced").build());
    try {
      long start = System.nanoTime();
      assertThatThrownBy(() -> t.execute(
          ApiRequest.builder().method("GET").path("slow").operation("slow.get").idempotent(true).build(),
          ApiResponse::bodyString)).isInstanceOf(ApiTimeoutException.class);
      // the pacer (1 s) is the earliest timeout most of the time: a 100 ms read timeout must not wait for it
      assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(TimeoutPacer.PERIOD.minusMillis(200));
    } finally {
      t.close();
    }
  }

  @Test
  void closingTheTransportStopsItsPacer() {
    HttpTransport t = new HttpTransport(ClientOptions.builder().baseUrl(server.url("/")).build(),
        ProviderProfile.builder("paced").build());
    assertThat(t.timeoutPacer().isClosed()).isFalse();
    t.close();
    assertThat(t.timeoutPacer().isClosed()).isTrue();
  }
}
