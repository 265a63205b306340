package dev.switchboard.models.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import dev.switchboard.models.SwitchboardJson;
import dev.switchboard.models.trackdrive.Lead;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ModelReaderTest {
  private final ObjectMapper mapper = SwitchboardJson.mapper();

  /** Every generated model is read straight into its builder: a naming change would silently fall back. */
  @Test
  void everyModelBindsStraightIntoItsBuilder() throws Exception {
    Path classes = Paths.get(Lead.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> models = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      files.map(f -> classes.relativize(f).toString())
          .filter(f -> f.endsWith(".class") && !f.contains("$"))
          .filter(f -> f.substring(f.lastIndexOf('/') + 1).startsWith("Immutable"))
          .forEach(f -> models.add(f.replace('/', '.').substring(0, f.length() - ".class".length())));
    }
    assertThat(models).hasSizeGreaterThan(140);
    DeserializationContext ctxt = ((DefaultDeserializationContext) mapper.getDeserializationContext())
        .createInstance(mapper.getDeserializationConfig(), null, null);
    List<String> fallback = new ArrayList<>();
    List<String> handleCalls = new ArrayList<>();
    for (String name : models) {
      if (!hasJsonBinding(name)) {
        continue; // written only (request parameters, query objects): no JSON reader to speed up
      }
      JsonDeserializer<Object> deserializer = ctxt.findRootValueDeserializer(mapper.constructType(Class.forName(name)));
      if (!(deserializer instanceof ModelReader) || !((ModelReader) deserializer).bindsDirectly(ctxt)) {
        fallback.add(name);
      } else if (((ModelReader) deserializer).fallbackCalls(ctxt) != 0) {
        handleCalls.add(name);
      }
    }
    assertThat(fallback).isEmpty();
    assertThat(handleCalls).as("models whose builder methods are not all called through generated classes")
        .isEmpty();
  }

  private static boolean hasJsonBinding(String immutableType) {
    try {
      Class.forName(immutableType + "$Json");
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  @Test
  void directReadKeepsUnknownAndOddValuesAndNulls() throws Exception {
    Lead lead = mapper.readValue(
        "{\"id\":7,\"created_at\":\"not a date\",\"name\":null,\"surprise\":{\"a\":[1]},\"id\":8}", Lead.class);
    assertThat(lead.id()).contains(8L); // a repeated key: the last one wins, as in Jackson
    assertThat(lead.createdAt()).isEmpty();
    assertThat(lead.name()).isEmpty();
    assertThat(lead.additionalProperties()).containsOnlyKeys("created_at", "surprise");
    assertThat(mapper.readTree(mapper.writeValueAsBytes(lead)).get("created_at").asText()).isEqualTo("not a date");
  }

  @Test
  void nonObjectBodiesFallBackToJacksonsBinding() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> mapper.readValue("[1]", Lead.class))
        .isInstanceOf(com.fasterxml.jackson.databind.JsonMappingException.class);
  }
}
