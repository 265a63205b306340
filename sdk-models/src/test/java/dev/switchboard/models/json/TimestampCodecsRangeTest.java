package dev.switchboard.models.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The timestamp readers themselves (not only the lenient model wrapper around them) report a value that is no
 * timestamp as a Jackson mapping error, never a {@code DateTimeException}, whatever binding calls them.
 */
class TimestampCodecsRangeTest {
  private final ObjectMapper mapper = JsonMapper.builder()
      .addModule(new SimpleModule()
          .addDeserializer(Instant.class, new TimestampCodecs.InstantReader())
          .addDeserializer(OffsetDateTime.class, new TimestampCodecs.OffsetReader()))
      .build();

  @ParameterizedTest
  @ValueSource(strings = {"31556889864403200", "-31557014167219201", "9223372036854775807",
      "-9223372036854775808", "\"+1000000000-01-01T00:00:00Z\"", "\"2024-02-30 00:00:00\""})
  void outOfRangeIsAMappingError(String json) {
    assertThatThrownBy(() -> mapper.readValue(json, Instant.class)).isInstanceOf(JsonMappingException.class);
    assertThatThrownBy(() -> mapper.readValue(json, OffsetDateTime.class)).isInstanceOf(JsonMappingException.class);
  }

  @Test
  void anInstantBeyondOffsetDateTimesRangeIsAMappingErrorForIt() throws Exception {
    String json = "31556889864400000";   // a valid Instant, but after OffsetDateTime.MAX

    assertThat(mapper.readValue(json, Instant.class).getEpochSecond()).isEqualTo(31556889864400000L);
    assertThatThrownBy(() -> mapper.readValue(json, OffsetDateTime.class)).isInstanceOf(JsonMappingException.class);
  }

  @Test
  void theEdgesOfTheRangeRead() throws Exception {
    assertThat(mapper.readValue(String.valueOf(Instant.MAX.getEpochSecond()), Instant.class).getEpochSecond())
        .isEqualTo(Instant.MAX.getEpochSecond());
    assertThat(mapper.readValue("0", OffsetDateTime.class)).isEqualTo(Instant.EPOCH.atOffset(ZoneOffset.UTC));
    assertThat(mapper.readValue("-0", Instant.class)).isEqualTo(Instant.EPOCH);
    assertThat(Timestamps.epochSecond(Long.MIN_VALUE)).isEmpty();
    assertThat(Timestamps.epochSecondUtc(OffsetDateTime.MAX.toEpochSecond() + 1)).isEmpty();
  }
}
