package dev.switchboard.callr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.ClientOptions;
import dev.switchboard.core.RequestOptions;
import dev.switchboard.core.testing.FakeSleeper;
import dev.switchboard.models.callr.SearchOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A careless caller: nulls, blanks, CR/LF, path tricks and out-of-range values never leave the process. */
class CallrCarelessCallerTest {
  @StartStop
  final MockWebServer server = new MockWebServer();
  private final List<CallrClient> clients = new ArrayList<>();

  @AfterEach
  void close() {
    clients.forEach(CallrClient::close);
    assertThat(server.getRequestCount()).as("requests that reached the server").isZero();
  }

  private CallrClient client() {
    CallrClient c = CallrClient.builder().apiKey("k3y").baseUrl(server.url("/json-rpc/v1.1/").toString())
        .clientOptions(ClientOptions.builder().sleeper(new FakeSleeper())
            .maxRetries(0).callTimeout(java.time.Duration.ofSeconds(2)).build()).build();
    clients.add(c);
    return c;
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", " H1", "H1 ", "H1\r\nX-Evil: 1", "H\u0000", "a/b", "..", ".", "a\\b"})
  void badIdsAreRejectedNamingTheMethodAndTheField(String id) {
    CallrClient callr = client();
    assertThatThrownBy(() -> callr.apps().get(id)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("apps.get(").hasMessageContaining("): hash: ")
        .hasMessageNotContaining("\r").hasMessageNotContaining("\n");
    assertThatThrownBy(() -> callr.sms().get(id)).hasMessageStartingWith("sms.get(");
    assertThatThrownBy(() -> callr.jobs().get(id)).hasMessageContaining("jobId: ");
    assertThatThrownBy(() -> callr.webhooks().unsubscribe(id)).hasMessageStartingWith("webhooks.unsubscribe(");
    assertThatThrownBy(() -> callr.apps().assignDid("APP1", id)).hasMessageContaining("didHash: ");
    assertThatThrownBy(() -> callr.clickToCall().cancel(id)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> callr.calls().getStatus(id)).hasMessageContaining("requestId: ");
    assertThatThrownBy(() -> callr.didStore().cancelSubscription(id)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void nullIdsAreRejectedNamingTheField() {
    CallrClient callr = client();
    assertThatThrownBy(() -> callr.apps().get(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("apps.get(null): hash: is required");
    assertThatThrownBy(() -> callr.mediaRecordings().get(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> callr.sessions().refresh(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("session.refresh: refreshToken: is required");
  }

  @Test
  void secretIdsAreCheckedButNeverQuoted() {
    CallrClient callr = client();
    assertThatThrownBy(() -> callr.sessions().refresh("RT-SECRET-1\r\n")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("session.refresh: refreshToken: must not contain control characters");
    assertThatThrownBy(() -> callr.didStore().buyOrder(" RES-TOKEN-1")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("did/store.buy_order: token: must not start or end with whitespace");
    assertThatThrownBy(() -> callr.didStore().viewOrder("")).hasMessage("did/store.view_order: token: must not be blank");
  }

  @Test
  void asyncVariantsValidateBeforeAnyIo() {
    CallrClient callr = client();
    for (Supplier<CompletableFuture<?>> call : List.<Supplier<CompletableFuture<?>>>of(
        () -> callr.apps().getAsync(".."), () -> callr.sms().getAsync("a\nb"), () -> callr.sessions().refreshAsync(""))) {
      // thrown by the call itself today, or a failed future: either way before any I/O
      assertThatThrownBy(() -> call.get().join()).satisfiesAnyOf(
          e -> assertThat(e).isInstanceOf(IllegalArgumentException.class),
          e -> assertThat(e).hasRootCauseInstanceOf(IllegalArgumentException.class));
    }
  }

  @Test
  void searchOptionsOutOfRangeAndBadOptionsAreRejected() {
    assertThatThrownBy(() -> SearchOptions.builder().quantity(0).build()).hasMessageStartingWith("quantity:");
    assertThatThrownBy(() -> SearchOptions.builder().offset(-1).build()).hasMessageStartingWith("offset:");
    assertThatThrownBy(() -> RequestOptions.builder().header("CALLR-Login-As\r\nX", "a"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CallrClient.builder().apiKey("k3y\n")).hasMessage("apiKey: must not contain control characters");
    assertThatThrownBy(() -> CallrClient.builder().apiKey("k\u00e9y"))
        .hasMessage("apiKey: must be printable ASCII (no control or non-ASCII characters)");
    assertThatThrownBy(() -> CallrClient.builder().login("bob:admin", "pw")).hasMessageStartingWith("login: must not contain ':'");
    assertThatThrownBy(() -> CallrClient.builder().sessionToken("t\r\n")).hasMessageStartingWith("sessionToken:");
  }
}
