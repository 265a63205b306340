package dev.switchboard.telmetrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.ClientOptions;
import dev.switchboard.core.testing.FakeSleeper;
import dev.switchboard.models.telmetrics.GroupUpdateRequest;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A careless caller: non-positive ids, bad tokens and nulls never leave the process. */
class TelmetricsCarelessCallerTest {
  @StartStop
  final MockWebServer server = new MockWebServer();

  private TelmetricsClient client() {
    return TelmetricsClient.builder().organizationToken("tok").baseUrl(server.url("/v3/api").toString())
        .clientOptions(ClientOptions.builder().sleeper(new FakeSleeper())
            .maxRetries(0).callTimeout(java.time.Duration.ofSeconds(2)).build()).build();
  }

  @ParameterizedTest
  @ValueSource(longs = {0, -1, Long.MIN_VALUE})
  void idsMustBePositive(long id) {
    try (TelmetricsClient tm = client()) {
      assertThatThrownBy(() -> tm.groups().get(id)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("groups.get(" + id + "): id: must be positive");
      assertThatThrownBy(() -> tm.groups().update(id, GroupUpdateRequest.builder().name("n").build()))
          .isInstanceOf(IllegalArgumentException.class).hasMessage("groups.update(" + id + "): id: must be positive");
      assertThatThrownBy(() -> tm.groups().getAsync(id).join()).satisfiesAnyOf(
          e -> assertThat(e).isInstanceOf(IllegalArgumentException.class),
          e -> assertThat(e).hasRootCauseInstanceOf(IllegalArgumentException.class));
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void tokensAndNullsAreCheckedBeforeAnyIo() {
    String secret = "T\u00d6KEN-SECRET-1";
    assertThatThrownBy(() -> TelmetricsClient.builder().organizationToken(secret).baseUrl(server.url("/v3/api")
        .toString()).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("token: must be printable ASCII (no control or non-ASCII characters)");
    assertThatThrownBy(() -> TelmetricsClient.builder().organizationToken("tok\r\nX-Evil: 1"))
        .hasMessage("token: must not contain control characters");
    try (TelmetricsClient tm = client()) {
      assertThatThrownBy(() -> tm.groups().create(null)).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> tm.groups().update(1, null)).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> tm.groups().list(null)).isInstanceOf(NullPointerException.class);
    }
    assertThat(server.getRequestCount()).isZero();
  }
}
