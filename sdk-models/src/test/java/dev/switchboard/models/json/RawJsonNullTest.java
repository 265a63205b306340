package dev.switchboard.models.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import dev.switchboard.models.ModelCatalog;
import dev.switchboard.models.SwitchboardJson;
import dev.switchboard.models.callr.Job;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A JSON {@code null} in a raw-JSON ({@code JsonNode}) property reads as absent, in every model. */
class RawJsonNullTest {
  private final ObjectMapper mapper = SwitchboardJson.mapper();

  @Test
  void aSuccessfulJobHasNoError() throws Exception {
    Job job = mapper.readValue("{\"id\":\"J1\",\"status\":\"DONE\",\"error\":null,\"result\":{\"n\":1}}", Job.class);

    assertThat(job.error()).isEmpty();
    assertThat(job.result()).map(r -> r.get("n").asInt()).contains(1);
    assertThat(job.additionalProperties()).isEmpty();
  }

  @Test
  void aFailedJobKeepsItsError() throws Exception {
    Job job = mapper.readValue("{\"id\":\"J1\",\"status\":\"DONE\",\"error\":{\"code\":22}}", Job.class);

    assertThat(job.error()).map(e -> e.get("code").asInt()).contains(22);
  }

  @Test
  void everyRawJsonPropertyReadsJsonNullAsAbsent() throws Exception {
    List<String> present = new ArrayList<>();
    int checked = 0;
    for (String provider : ModelCatalog.providers()) {
      for (String name : ModelCatalog.documentedNames(provider)) {
        Class<?> type = ModelCatalog.typeOf(provider, name);
        JavaType javaType = mapper.constructType(type);
        BeanDescription description = mapper.getSerializationConfig().introspect(javaType);
        for (BeanPropertyDefinition p : description.findProperties()) {
          JavaType t = p.getPrimaryType();
          if (!t.isReferenceType() || !JsonNode.class.isAssignableFrom(t.getReferencedType().getRawClass())
              || p.getGetter() == null) {
            continue;
          }
          checked++;
          Object model = mapper.readValue("{\"" + p.getName() + "\":null}", type);
          Method getter = type.getMethod(p.getGetter().getName());
          if (((Optional<?>) getter.invoke(model)).isPresent()) {
            present.add(provider + " " + name + "." + p.getName());
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(10);
    assertThat(present).as("raw-JSON properties present after a JSON null").isEmpty();
  }
}
