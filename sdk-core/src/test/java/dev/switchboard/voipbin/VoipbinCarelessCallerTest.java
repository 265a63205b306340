package dev.switchboard.voipbin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.core.ClientOptions;
import dev.switchboard.core.RequestOptions;
import dev.switchboard.core.testing.FakeSleeper;
import dev.switchboard.models.voipbin.Address;
import dev.switchboard.models.voipbin.AddressType;
import dev.switchboard.models.voipbin.GroupcallCreateRequest;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A careless caller: bad tel addresses, bad credentials, CR/LF and nulls never leave the process. */
class VoipbinCarelessCallerTest {
  @StartStop
  final MockWebServer server = new MockWebServer();

  private VoipbinClient client() {
    return VoipbinClient.builder().token("jwt").baseUrl(server.url("/v1.0").toString())
        .clientOptions(ClientOptions.builder().sleeper(new FakeSleeper())
            .maxRetries(0).callTimeout(java.time.Duration.ofSeconds(2)).build()).build();
  }

  @ParameterizedTest
  @ValueSource(strings = {"4155550100", "+", "+1 415 555 0100", "+1415555010\r\n0", "+14155550100;ext=1", "",
      "+12345678901234567"})
  void telAddressesMustBeE164(String target) {
    assertThatThrownBy(() -> GroupcallCreateRequest.builder().source(Address.tel(target))
        .addDestinations(Address.tel("+14155550101")).build()).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("target: must be an E.164 phone number").hasMessageNotContaining("\n");
    assertThatThrownBy(() -> Address.builder().type(AddressType.TEL).target(target).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void nullsCredentialsAndHeadersAreCheckedBeforeAnyIo() {
    try (VoipbinClient v = client()) {
      assertThatThrownBy(() -> v.groupcalls().get(null)).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> v.groupcalls().create(null)).isInstanceOf(NullPointerException.class);
      assertThatThrownBy(() -> v.groupcalls().list(null)).isInstanceOf(NullPointerException.class);
    }
    assertThatThrownBy(() -> VoipbinClient.builder().token("jwt\u00e9-SECRET"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("SECRET")
        .hasMessage("token: must be printable ASCII (no control or non-ASCII characters)");
    assertThatThrownBy(() -> VoipbinClient.builder().accessKey("ak\r\nX-Evil: 1"))
        .hasMessage("accessKey: must not contain control characters");
    assertThatThrownBy(() -> RequestOptions.builder().header("Authorization:", "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RequestOptions.builder().queryParameter("", "x")).isInstanceOf(IllegalArgumentException.class);
    assertThat(server.getRequestCount()).isZero();
  }
}
