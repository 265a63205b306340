package dev.switchboard.models.json;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Recovers the items of a list envelope ({@code GroupcallList.result}, {@code LeadList.leads},
 * {@code GroupList.results}) whose array {@link LenientModule} kept as sent because an element was not an object.
 * A model's own list holds no {@code null} (its typed accessor is then empty and the array sits in
 * {@code additionalProperties()}); a page's items do: a JSON {@code null} element becomes a {@code null} item, in
 * place. An element that is neither an object nor {@code null} (a number, a string, an array) cannot be an item:
 * the read fails with a {@link JsonMappingException} naming its index, which the SDK reports as
 * {@code InvalidResponseException}.
 */
public final class LenientLists {
  private LenientLists() {}

  /**
   * The items: {@code typed} when the envelope's {@code additionalProperties} hold no raw array under {@code name},
   * else that raw array read element by element.
   *
   * @param typed the envelope's typed list (empty when the array was kept raw)
   * @param additional the envelope's {@code additionalProperties()}
   * @param name the JSON name of the list property, for example {@code "result"}
   * @param type the item model
   * @param mapper the mapper reading the models
   */
  public static <T> List<T> items(List<T> typed, Map<String, JsonNode> additional, String name, Class<T> type,
      ObjectMapper mapper) throws IOException {
    JsonNode raw = additional.get(name);
    if (raw == null || !typed.isEmpty()) {
      return typed;
    }
    if (raw.isNull()) {
      return List.of();
    }
    if (!raw.isArray()) {
      throw new JsonMappingException(null, name + " is not an array (got " + raw.getNodeType() + ")");
    }
    return elements(raw, name, type, mapper);
  }

  /** Every element of {@code array} as {@code type}, a JSON {@code null} as {@code null}; see the class text. */
  public static <T> List<T> elements(JsonNode array, String name, Class<T> type, ObjectMapper mapper)
      throws IOException {
    List<T> out = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      JsonNode element = array.get(i);
      if (element.isNull()) {
        out.add(null);
      } else if (element.isObject()) {
        out.add(mapper.treeToValue(element, type));
      } else {
        throw new JsonMappingException(null, name + "[" + i + "] is not a " + type.getSimpleName()
            + " object (got " + element.getNodeType() + ")");
      }
    }
    return Collections.unmodifiableList(out);
  }
}
