package dev.switchboard.models;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.models.callr.SearchOptions;
import dev.switchboard.models.trackdrive.LeadCreateRequest;
import dev.switchboard.models.trackdrive.LeadUpdateRequest;
import dev.switchboard.models.voipbin.Address;
import dev.switchboard.models.voipbin.AddressType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Request models reject careless values in {@code build()}, naming the field; responses are never rejected. */
class CarelessInputTest {
  @Test
  void callrSearchOptionsQuantityAndOffset() {
    assertThatThrownBy(() -> SearchOptions.builder().quantity(0).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("quantity: must be at least 1");
    assertThatThrownBy(() -> SearchOptions.builder().quantity(-5).build()).hasMessageStartingWith("quantity:");
    assertThatThrownBy(() -> SearchOptions.builder().offset(-1).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("offset: must be at least 0");
    assertThatCode(() -> SearchOptions.builder().offset(0).quantity(1).build()).doesNotThrowAnyException();
  }

  @Test
  void callrSearchOptionsFromAResponseAreNeverRejected() throws Exception {
    SearchOptions read = SwitchboardJson.mapper().readValue("{\"offset\":-1,\"quantity\":0}", SearchOptions.class);
    assertThat(read.quantity()).contains(0);
  }

  @ParameterizedTest
  @ValueSource(strings = {"5551234567", "+", "+0123456", "+1 555 123 4567", "+1555123456\n7", "tel:+15551234567",
      "+1234567890123456", ""})
  void voipbinTelAddressMustBeE164(String target) {
    assertThatThrownBy(() -> Address.tel(target)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("target: must be an E.164 phone number").hasMessageNotContaining("\n");
    assertThatThrownBy(() -> Address.builder().type(AddressType.TEL).target(target).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void voipbinOtherAddressTypesAreNotForcedToE164() {
    assertThatCode(() -> Address.builder().type(AddressType.SIP).target("alice@example.com").build())
        .doesNotThrowAnyException();
    assertThatCode(() -> Address.tel("+15551234567")).doesNotThrowAnyException();
    assertThatThrownBy(() -> Address.builder().type(AddressType.TEL).build()).hasMessageStartingWith("target:");
  }

  @ParameterizedTest
  @ValueSource(strings = {"5551234567", "(555) 123-4567", "x", "+1555\r\n1234567"})
  void trackdriveCallerIdMustBeE164(String callerId) {
    assertThatThrownBy(() -> LeadCreateRequest.builder().leadToken("t").callerId(callerId).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("caller_id: must be an E.164")
        .hasMessageNotContaining("\r").hasMessageNotContaining("\n");
    assertThatThrownBy(() -> LeadUpdateRequest.builder().callerId(callerId).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("caller_id:");
  }

  @Test
  void idChecksNameOperationAndFieldAndNeverTrim() {
    assertThatThrownBy(() -> Checks.id("leads.get", "id", ".."))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("leads.get(\"..\"): id: must not be \".\" or \"..\"");
    assertThatThrownBy(() -> Checks.id("leads.get", "id", " 12")).hasMessageContaining("whitespace");
    assertThatThrownBy(() -> Checks.id("leads.get", "id", "a/b")).hasMessageContaining("'/'");
    assertThatThrownBy(() -> Checks.id("leads.get", "id", "a\r\nX-Evil: 1"))
        .hasMessage("leads.get(\"a\\r\\nX-Evil: 1\"): id: must not contain control characters");
    assertThatThrownBy(() -> Checks.id("leads.get", "id", null)).isInstanceOf(NullPointerException.class)
        .hasMessage("leads.get(null): id: is required");
    assertThatThrownBy(() -> Checks.secretId("session.refresh", "refreshToken", "S3CRET\n"))
        .hasMessage("session.refresh: refreshToken: must not contain control characters");
    assertThat(Checks.id("leads.get", "id", "%2e%2e")).isEqualTo("%2e%2e");
    assertThatThrownBy(() -> Checks.positive("groups.get", "id", 0)).hasMessage("groups.get(0): id: must be positive");
    assertThatThrownBy(() -> Checks.printableAscii("apiKey", "k\u00e9y")).hasMessage(
        "apiKey: must be printable ASCII (no control or non-ASCII characters)");
    assertThatThrownBy(() -> Checks.printableAscii("apiKey", "k\ny")).hasMessage(
        "apiKey: must not contain control characters");
    assertThatThrownBy(() -> Checks.basicUser("login", "a:b")).hasMessageStartingWith("login: must not contain ':'");
  }
}
