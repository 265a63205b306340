package dev.switchboard.trackdrive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.ClientOptions;
import dev.switchboard.core.RequestOptions;
import dev.switchboard.core.testing.FakeSleeper;
import dev.switchboard.models.trackdrive.LeadCreateRequest;
import dev.switchboard.models.trackdrive.LeadUpdateRequest;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A careless caller: nulls, blanks, CR/LF, path tricks and bad phone numbers never leave the process. */
class TrackdriveCarelessCallerTest {
  @StartStop
  final MockWebServer server = new MockWebServer();

  private TrackdriveClient client() {
    return TrackdriveClient.builder().keys("pub", "priv").baseUrl(server.url("/api/v1").toString())
        .clientOptions(ClientOptions.builder().sleeper(new FakeSleeper())
            .maxRetries(0).callTimeout(java.time.Duration.ofSeconds(2)).build()).build();
  }

  @ParameterizedTest
  @ValueSource(strings = {"..", ".", "a/b", "../admin", "42/../../x", " 42", "42 ", "42\r\n", "4\u00002", "", "  ", "a\\b"})
  void pathTricksAndUntrimmedIdsAreRejectedBeforeAnyIo(String id) {
    try (TrackdriveClient td = client()) {
      assertThatThrownBy(() -> td.leads().get(id)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("leads.get(").hasMessageContaining("): id: ")
          .hasMessageNotContaining("\r").hasMessageNotContaining("\n");
      assertThatThrownBy(() -> td.leads().update(id, LeadUpdateRequest.builder().blocked(true).build()))
          .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("leads.update(")
          .hasMessageContaining("): uuid: ");
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void theExampleMessage() {
    try (TrackdriveClient td = client()) {
      assertThatThrownBy(() -> td.leads().get("..")).hasMessage("leads.get(\"..\"): id: must not be \".\" or \"..\"");
      assertThatThrownBy(() -> td.leads().get(null)).isInstanceOf(NullPointerException.class)
          .hasMessage("leads.get(null): id: is required");
    }
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void percentEncodedDotsCannotChangeThePath() throws Exception {
    server.enqueue(new MockResponse.Builder().code(200).body("{\"id\":1}").build());
    server.enqueue(new MockResponse.Builder().code(200).body("{\"id\":2}").build());
    try (TrackdriveClient td = client()) {
      td.leads().get("%2e%2e");
      td.leads().get("a?b#c");
    }
    assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v1/leads/%252e%252e");
    assertThat(server.takeRequest().getTarget()).isEqualTo("/api/v1/leads/a%3Fb%23c");
  }

  @Test
  void callerIdMustBeE164AndOptionsChecked() {
    assertThatThrownBy(() -> LeadCreateRequest.builder().leadToken("t").callerId("555-1234").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("caller_id: must be an E.164");
    assertThatThrownBy(() -> LeadUpdateRequest.builder().callerId("+1 555 123 4567").build())
        .hasMessageStartingWith("caller_id:");
    assertThatThrownBy(() -> RequestOptions.builder().header("X-A", "b\r\nX-Injected: 1"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TrackdriveClient.builder().keys("pub:lic", "priv"))
        .hasMessageStartingWith("publicKey: must not contain ':'");
    assertThatThrownBy(() -> TrackdriveClient.builder().keys("pub", "pr\niv"))
        .hasMessage("privateKey: must not contain control characters");
    assertThatThrownBy(() -> TrackdriveClient.builder().token("t\u00f6ken"))
        .hasMessage("token: must be printable ASCII (no control or non-ASCII characters)");
    assertThatThrownBy(() -> client().leads().create(null)).isInstanceOf(NullPointerException.class);
    assertThat(server.getRequestCount()).isZero();
  }
}
