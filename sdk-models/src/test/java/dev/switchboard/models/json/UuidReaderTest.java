package dev.switchboard.models.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import dev.switchboard.models.SwitchboardJson;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Issue 11: UUIDs read from the parser's buffer give what Jackson's own reader gives, and fail as it fails. */
class UuidReaderTest {
  private final ObjectMapper sdk = SwitchboardJson.mapper();
  private final ObjectMapper jackson = new ObjectMapper();

  @Test
  void canonicalFormsReadAsJacksonReadsThem() throws Exception {
    Random random = new Random(11);
    for (int i = 0; i < 2_000; i++) {
      UUID id = new UUID(random.nextLong(), random.nextLong());
      String text = i % 2 == 0 ? id.toString() : id.toString().toUpperCase(Locale.ROOT);
      String json = "\"" + text + "\"";
      assertThat(sdk.readValue(json, UUID.class)).isEqualTo(id).isEqualTo(jackson.readValue(json, UUID.class));
    }
    assertThat(UuidReader.parse("00000000-0000-0000-0000-000000000000".toCharArray(), 0)).isEqualTo(new UUID(0, 0));
    assertThat(UuidReader.parse("ffffffff-ffff-ffff-ffff-ffffffffffff".toCharArray(), 0))
        .isEqualTo(new UUID(-1, -1));
  }

  @Test
  void otherFormsGoToJacksonsReader() throws Exception {
    // 24-character base64 of the 16 bytes: Jackson accepts it, so the SDK does too
    String base64 = "\"AAECAwQFBgcICQoLDA0ODw==\"";
    assertThat(sdk.readValue(base64, UUID.class)).isEqualTo(jackson.readValue(base64, UUID.class));
    for (String bad : new String[] {"\"6f7a3c52-8a0e-4b57-9d5e-1f2a3b4c5d6g\"", "\"6f7a3c52_8a0e-4b57-9d5e-1f2a3b4c5d6e\"",
        "\"not-a-uuid\"", "\" 6f7a3c52-8a0e-4b57-9d5e-1f2a3b4c5d6\""}) {
      if (bad.length() == 38) {
        assertThat(UuidReader.parse(bad.substring(1, 37).toCharArray(), 0)).as(bad).isNull();
      }
      assertThatThrownBy(() -> sdk.readValue(bad, UUID.class)).as(bad).isInstanceOf(InvalidFormatException.class);
      assertThatThrownBy(() -> jackson.readValue(bad, UUID.class)).as(bad).isInstanceOf(InvalidFormatException.class);
    }
  }
}
