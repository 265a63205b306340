package dev.switchboard.models;

import static org.assertj.core.api.Assertions.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.models.callr.*;
import org.junit.jupiter.api.Test;

class ProtoTest {
  ObjectMapper m = SwitchboardJson.mapper();

  @Test
  void roundTrip() throws Exception {
    String json = "{\"b_customer_debit\":\"90071992547409.9301\",\"date_creation\":\"2024-04-24 00:42:42\",\"hash\":\"H\",\"status\":\"NEWSTATUS\",\"parts\":2,\"options\":{\"number\":\"bad\",\"timeout\":999,\"zz\":1},\"text\":\"secret\",\"extra\":{\"a\":[1,2]}}";
    Sms sms = m.readValue(json, Sms.class);
    System.out.println(sms);
    System.out.println(m.writeValueAsString(sms));
    assertThat(m.readTree(m.writeValueAsString(sms))).isEqualTo(m.readTree(json));
    String odd = "{\"date_creation\":\"not a date\",\"parts\":{\"x\":1},\"status\":5,\"options\":\"str\",\"hash\":[1]}";
    Sms s2 = m.readValue(odd, Sms.class);
    System.out.println(s2 + " " + s2.additionalProperties());
    assertThat(m.readTree(m.writeValueAsString(s2))).isEqualTo(m.readTree(odd));
    assertThatThrownBy(() -> Target.builder().timeout(2).build()).hasMessageContaining("timeout");
    Sms s3 = Sms.builder().hash("x").status(SmsStatus.SENT).build();
    assertThat(s3.toBuilder().build()).isEqualTo(s3);
  }
}
