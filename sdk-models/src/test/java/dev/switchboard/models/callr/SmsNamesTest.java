package dev.switchboard.models.callr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.models.SwitchboardJson;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What you send an SMS with and what you read back use the same names for the same message fields. */
class SmsNamesTest {

  @Test
  void theRequestAndTheModelShareTheirAccessorNames() throws Exception {
    SmsSendParams sent = SmsSendParams.builder()
        .sender("SMS").recipient("+33612345678").text("Hello").build();
    Sms read = SwitchboardJson.mapper().readValue(
        "{\"from\":\"SMS\",\"to\":\"+33612345678\",\"text\":\"Hello\"}", Sms.class);

    assertThat(read.sender()).isEqualTo(sent.sender());
    assertThat(read.recipient()).isEqualTo(sent.recipient());
    assertThat(read.text()).isEqualTo(sent.text());
    Set<String> model = Arrays.stream(Sms.class.getMethods()).map(m -> m.getName()).collect(Collectors.toSet());
    assertThat(model).contains("sender", "recipient", "text").doesNotContain("to", "body");
    Set<String> request = Arrays.stream(SmsSendParams.class.getMethods()).map(m -> m.getName())
        .collect(Collectors.toSet());
    assertThat(request).contains("sender", "recipient", "text").doesNotContain("to", "body");
  }

  @Test
  void validationNamesTheSdkFieldAndItsWireName() {
    assertThatThrownBy(() -> SmsSendParams.builder().recipient("+33612345678").text("x").build())
        .hasMessage("sender (wire \"from\"): is required");
    assertThatThrownBy(() -> SmsSendParams.builder().sender("SMS").text("x").build())
        .hasMessage("recipient (wire \"to\"): is required");
    assertThatThrownBy(() -> SmsSendParams.builder().sender("SMS").recipient("0612").text("x").build())
        .hasMessageStartingWith("recipient (wire \"to\"): must be an E.164 phone number");
    assertThatThrownBy(() -> SmsSendParams.builder().sender("SMS").recipient("+33612345678").text("").build())
        .hasMessageStartingWith("text (wire \"body\"): length must be between 1 and 2000");
    assertThatThrownBy(() -> SmsSearchFilters.builder().sender("not-a-number").build())
        .hasMessageStartingWith("sender (wire \"from\"): must be an E.164");
    assertThatThrownBy(() -> WebhookLogSearchFilters.builder().attempt(10).build())
        .hasMessageStartingWith("attempt (wire \"try\"): must be between 0 and 9");
    assertThatThrownBy(() -> SmsGetListParams.builder().type(Direction.IN).build())
        .hasMessage("since (wire \"from\"): is required");
  }
}
