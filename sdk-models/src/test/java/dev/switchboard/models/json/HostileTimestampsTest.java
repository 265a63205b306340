package dev.switchboard.models.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import dev.switchboard.models.ModelCatalog;
import dev.switchboard.models.SwitchboardJson;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every time-typed property of every documented model, fed epoch values outside {@code Instant}'s range (seconds and
 * milliseconds, huge, negative, {@code 1e300}, {@code -0}, fractional) and out-of-range texts: the read never fails,
 * the value is kept as sent in {@code additionalProperties()} (or read as a valid time), and it is written back.
 */
class HostileTimestampsTest {
  private static final List<String> HOSTILE = List.of(
      "31556889864403200", "-31556889864403200", "9223372036854775807", "-9223372036854775808",
      "99999999999999999999999", "-99999999999999999999999", "1e300", "-1e300", "-0", "-0.0", "1.5",
      "1700000000123.456", "31556889864403199999", "\"+1000000000-01-01T00:00:00Z\"", "\"99999999999999999\"",
      "\"-0\"", "\"1e300\"");

  private final ObjectMapper mapper = SwitchboardJson.mapper();

  @Test
  void everyTimePropertySurvivesEpochValuesOutOfRange() throws Exception {
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (String provider : ModelCatalog.providers()) {
      for (String name : ModelCatalog.documentedNames(provider)) {
        Class<?> type = ModelCatalog.typeOf(provider, name);
        for (String property : timeProperties(type)) {
          for (String value : HOSTILE) {
            String json = "{\"" + property + "\":" + value + "}";
            checked++;
            try {
              Object model = mapper.readValue(json, type);
              JsonNode written = mapper.readTree(mapper.writeValueAsString(model));
              @SuppressWarnings("unchecked")
              Map<String, JsonNode> extra = (Map<String, JsonNode>) type.getMethod("additionalProperties")
                  .invoke(model);
              if (extra.containsKey(property)) {
                if (!extra.get(property).equals(mapper.readTree(value))) {
                  failures.add(provider + " " + name + "." + property + "=" + value + ": kept as "
                      + extra.get(property));
                }
                if (!sameValue(written.get(property), mapper.readTree(value))) {
                  failures.add(provider + " " + name + "." + property + "=" + value + ": written back as "
                      + written);
                }
              }
            } catch (Exception e) {
              failures.add(provider + " " + name + "." + property + "=" + value + ": " + e);
            }
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(500);
    if (!failures.isEmpty()) {
      fail(failures.size() + " of " + checked + " reads failed, e.g.\n" + String.join("\n",
          failures.subList(0, Math.min(20, failures.size()))));
    }
  }

  /** Equal trees, numbers compared by value ({@code 1e300} is written back in plain notation). */
  private static boolean sameValue(JsonNode written, JsonNode sent) {
    if (written != null && written.isNumber() && sent.isNumber()) {
      return written.decimalValue().compareTo(sent.decimalValue()) == 0;
    }
    return sent.equals(written);
  }

  private List<String> timeProperties(Class<?> type) {
    JavaType javaType = mapper.constructType(type);
    BeanDescription description = mapper.getSerializationConfig().introspect(javaType);
    List<String> names = new ArrayList<>();
    for (BeanPropertyDefinition p : description.findProperties()) {
      JavaType t = p.getPrimaryType();
      while (t.isReferenceType()) {
        t = t.getReferencedType();
      }
      if (Temporal.class.isAssignableFrom(t.getRawClass())) {
        names.add(p.getName());
      }
    }
    return names;
  }
}
