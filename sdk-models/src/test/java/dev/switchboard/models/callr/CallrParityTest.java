package dev.switchboard.models.callr;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import dev.switchboard.models.ModelCatalog;
import dev.switchboard.models.OpenEnum;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every documented CALLR object has a model that binds every documented property and round-trips its example. */
class CallrParityTest {
  static Stream<String> documentedNames() {
    return CallrSpec.objects().stream().map(o -> o.get("name").asText());
  }

  @Test
  void catalogListsExactlyTheDocumentedObjects() {
    assertThat(CallrSpec.objects()).hasSize(131);
    assertThat(ModelCatalog.documentedNames("callr"))
        .containsExactlyInAnyOrderElementsOf(documentedNames().collect(Collectors.toList()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documentedNames")
  void modelBindsEveryDocumentedPropertyAndRoundTripsTheExample(String name) throws Exception {
    JsonNode spec = CallrSpec.object(name);
    Class<?> model = ModelCatalog.typeOf("callr", name);
    Class<?> immutable = Class.forName(model.getPackageName() + ".Immutable" + model.getSimpleName());

    // serialization side: every documented property is written under its JSON name, with a matching kind
    BeanDescription ser =
        CallrSpec.MAPPER.getSerializationConfig().introspect(CallrSpec.MAPPER.constructType(immutable));
    Map<String, BeanPropertyDefinition> written =
        ser.findProperties().stream().collect(Collectors.toMap(BeanPropertyDefinition::getName, Function.identity()));
    // deserialization side: every documented property is read under its JSON name
    Class<?> json = Class.forName(immutable.getName() + "$Json");
    BeanDescription deser =
        CallrSpec.MAPPER.getDeserializationConfig().introspect(CallrSpec.MAPPER.constructType(json));
    Set<String> read =
        deser.findProperties().stream()
            .filter(BeanPropertyDefinition::hasSetter)
            .map(BeanPropertyDefinition::getName)
            .collect(Collectors.toSet());

    for (JsonNode property : spec.path("properties")) {
      String jsonName = property.get("name").asText();
      assertThat(written).as("%s.%s written", name, jsonName).containsKey(jsonName);
      assertThat(read).as("%s.%s read", name, jsonName).contains(jsonName);
      JavaType type = written.get(jsonName).getPrimaryType();
      assertKind(name + "." + jsonName, property.get("type").asText(), type);
    }
    // nothing but documented properties (and the additional-properties holder) is bound
    Set<String> documented = Stream.concat(
            Stream.of("additionalProperties"),
            Stream.of(spec.path("properties")).flatMap(p -> {
              java.util.List<String> names = new java.util.ArrayList<>();
              p.forEach(x -> names.add(x.get("name").asText()));
              return names.stream();
            }))
        .collect(Collectors.toSet());
    assertThat(documented).containsAll(written.keySet());

    // the documented example decodes and re-encodes to the same tree
    JsonNode example = spec.get("example");
    Object decoded = CallrSpec.read(example, model);
    assertThat(decoded).isInstanceOf(model);
    assertThat(CallrSpec.reencode(decoded)).isEqualTo(CallrSpec.reencode(example));
  }

  private static void assertKind(String where, String documented, JavaType type) {
    JavaType t = type.isReferenceType() ? type.getContentType() : type;
    Class<?> raw = t.getRawClass();
    switch (documented) {
      case "string":
        assertThat(
                raw == String.class
                    || OpenEnum.class.isAssignableFrom(raw)
                    || raw == Instant.class
                    || raw == BigDecimal.class
                    || raw == DidAppReference.class)
            .as("%s: string kind, got %s", where, t)
            .isTrue();
        break;
      case "int":
        assertThat(raw).as(where).isIn(Integer.class, Long.class, CallId.class);
        break;
      case "bool":
        assertThat(raw).as(where).isEqualTo(Boolean.class);
        break;
      case "object":
        assertThat(JsonNode.class.isAssignableFrom(raw) || CallrObjects.BY_DOCUMENTED_NAME.containsValue(raw))
            .as("%s: object kind, got %s", where, t)
            .isTrue();
        break;
      case "array":
        assertThat(Collection.class.isAssignableFrom(raw)).as("%s: array kind, got %s", where, t).isTrue();
        break;
      case "mixed":
        assertThat(JsonNode.class.isAssignableFrom(raw)).as("%s: mixed kind, got %s", where, t).isTrue();
        break;
      default:
        throw new AssertionError(where + ": undocumented kind " + documented);
    }
  }
}
