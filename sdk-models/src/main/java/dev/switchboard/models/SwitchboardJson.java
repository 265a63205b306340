package dev.switchboard.models;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.switchboard.models.json.LenientModule;
import dev.switchboard.models.json.OptionalModule;

/**
 * The one JSON configuration of the SDK. Every client builds its mapper here, so the SDK never depends on a user's
 * mapper settings; users who want to read or write models themselves call {@link #mapper()} too.
 *
 * <p>Reading is lenient and lossless: unknown properties are kept in each model's {@code additionalProperties()},
 * unknown enum values keep their raw string, and a value of an unexpected shape is kept rather than failing the read.
 * Writing omits absent optional values, writes timestamps in each API's own layout, and writes decimals plainly.
 */
public final class SwitchboardJson {
  private SwitchboardJson() {}

  /** Returns a new mapper configured to read and write every model. Mappers are thread-safe once built: keep one. */
  public static ObjectMapper mapper() {
    return JsonMapper.builder()
        .addModule(new JavaTimeModule())
        .addModule(new OptionalModule())
        .addModule(new LenientModule())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
        .disable(MapperFeature.DEFAULT_VIEW_INCLUSION)
        .serializationInclusion(JsonInclude.Include.NON_ABSENT)
        .build();
  }
}
