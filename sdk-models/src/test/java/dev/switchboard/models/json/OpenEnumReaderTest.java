package dev.switchboard.models.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import dev.switchboard.models.OpenEnum;
import dev.switchboard.models.SwitchboardJson;
import dev.switchboard.models.callr.Sms;
import dev.switchboard.models.callr.SmsStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Issue 11: open enums are read by calling their {@code of(String)} directly, with the same results as before. */
class OpenEnumReaderTest {
  private final ObjectMapper mapper = SwitchboardJson.mapper();

  @Test
  void everyOpenEnumIsReadThroughItsFactory() throws Exception {
    Path classes = Paths.get(OpenEnum.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> enums = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        String name = classes.relativize(f).toString();
        if (name.endsWith(".class") && !name.contains("$") && !name.endsWith("-info.class")) {
          Class<?> type = Class.forName(name.replace('/', '.').substring(0, name.length() - ".class".length()));
          if (OpenEnum.class.isAssignableFrom(type) && type != OpenEnum.class) {
            enums.add(type);
          }
        }
      }
    }
    assertThat(enums).hasSizeGreaterThan(50);
    DeserializationContext ctxt = ((DefaultDeserializationContext) mapper.getDeserializationContext())
        .createInstance(mapper.getDeserializationConfig(), null, null);
    List<String> slow = new ArrayList<>();
    for (Class<?> type : enums) {
      JsonDeserializer<Object> deserializer = ctxt.findRootValueDeserializer(mapper.constructType(type));
      if (!(deserializer instanceof OpenEnumReader)) {
        slow.add(type.getName());
      }
      Object known = type.getMethod("knownValues").invoke(null);
      for (Object value : (List<?>) known) {
        String raw = ((OpenEnum<?>) value).raw();
        assertThat(mapper.readValue(mapper.writeValueAsString(raw), type)).as(type + " " + raw).isSameAs(value);
      }
    }
    assertThat(slow).isEmpty();
  }

  @Test
  void unknownEmptyAndOddValuesReadAsBefore() throws Exception {
    SmsStatus unknown = mapper.readValue("\"BRAND_NEW_STATUS\"", SmsStatus.class);
    assertThat(unknown.isKnown()).isFalse();
    assertThat(unknown.raw()).isEqualTo("BRAND_NEW_STATUS");
    assertThat(mapper.readValue("\"\"", SmsStatus.class)).isEqualTo(SmsStatus.of(""));
    // a number is not a string: the model keeps it as sent and reports the status absent
    Sms sms = mapper.readValue("{\"hash\":\"H\",\"status\":42}", Sms.class);
    assertThat(sms.status()).isEmpty();
    assertThat(sms.additionalProperties().get("status").asInt()).isEqualTo(42);
  }
}
