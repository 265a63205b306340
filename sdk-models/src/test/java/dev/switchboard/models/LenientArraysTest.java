package dev.switchboard.models;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.models.callr.App;
import dev.switchboard.models.callr.SubAccountContact;
import dev.switchboard.models.voipbin.Groupcall;
import org.junit.jupiter.api.Test;

/** Arrays are read element by element; an element of the wrong shape keeps the whole array as sent. */
class LenientArraysTest {
  private final ObjectMapper mapper = SwitchboardJson.mapper();

  private void assertRoundTrips(Object model, String json) throws Exception {
    assertThat(mapper.readTree(mapper.writeValueAsString(model))).isEqualTo(mapper.readTree(json));
  }

  @Test
  void anArrayOfModelsIsTyped() throws Exception {
    String json = "{\"hash\":\"A1\",\"did\":[{\"hash\":\"D1\",\"extra\":1},{\"hash\":\"D2\"}]}";

    App app = mapper.readValue(json, App.class);

    assertThat(app.did().orElseThrow()).hasSize(2);
    assertThat(app.did().orElseThrow().get(0).additionalProperties()).containsKey("extra");
    assertThat(app.additionalProperties()).isEmpty();
    assertRoundTrips(app, json);
  }

  @Test
  void aStringAmongModelsKeepsTheArrayAsSent() throws Exception {
    String json = "{\"hash\":\"A1\",\"did\":[{\"hash\":\"D1\",\"x\":[1,2]},\"D2\",{\"hash\":\"D3\"}]}";

    App app = mapper.readValue(json, App.class);

    assertThat(app.did()).isEmpty();
    JsonNode kept = app.additionalProperties().get("did");
    assertThat(kept.size()).isEqualTo(3);
    assertThat(kept.get(1).asText()).isEqualTo("D2");
    assertRoundTrips(app, json);
  }

  @Test
  void aNullAmongModelsKeepsTheArrayAsSent() throws Exception {
    String json = "{\"id\":\"d8596b14-4d8e-4a86-afde-642b46d59ac7\",\"destinations\":[null,{\"type\":\"tel\","
        + "\"target\":\"+15551234567\"}]}";

    Groupcall call = mapper.readValue(json, Groupcall.class);

    assertThat(call.destinations()).isEmpty();
    assertThat(call.additionalProperties().get("destinations").get(0).isNull()).isTrue();
    assertRoundTrips(call, json);
  }

  @Test
  void aNullAmongStringsKeepsTheArrayAsSent() throws Exception {
    String json = "{\"emails\":[\"a@example.com\",null]}";

    SubAccountContact contact = mapper.readValue(json, SubAccountContact.class);

    assertThat(contact.emails()).isEmpty();
    assertThat(contact.additionalProperties().get("emails").size()).isEqualTo(2);
    assertRoundTrips(contact, json);
  }

  @Test
  void anObjectWhereAnArrayIsDocumentedIsKept() throws Exception {
    String json = "{\"hash\":\"A1\",\"did\":{\"1\":{\"hash\":\"D1\"}}}";

    App app = mapper.readValue(json, App.class);

    assertThat(app.did()).isEmpty();
    assertRoundTrips(app, json);
  }
}
