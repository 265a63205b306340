package dev.switchboard.models.callr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.models.SwitchboardJson;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Reads a raw JSON tree kept by a model ({@code App.p}, {@code Webhook.Event.data}, {@code Search.Results.hits}) as a
 * typed model. Owns one mapper from {@link SwitchboardJson}: fixed internal configuration, never a user's mapper.
 */
final class CallrTrees {
  private static final ObjectMapper MAPPER = SwitchboardJson.mapper();

  private CallrTrees() {}

  /** The tree as {@code type}; empty when absent, JSON null, or not of that shape. */
  static <T> Optional<T> convert(Optional<JsonNode> tree, Class<T> type) {
    if (tree.isEmpty() || !tree.get().isObject()) {
      return Optional.empty();
    }
    try {
      return Optional.ofNullable(MAPPER.treeToValue(tree.get(), type));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Every element as {@code type}; fails naming the element's index when one cannot be read. */
  static <T> List<T> convertAll(List<JsonNode> trees, Class<T> type, String field) {
    List<T> out = new ArrayList<>(trees.size());
    for (int i = 0; i < trees.size(); i++) {
      try {
        out.add(MAPPER.treeToValue(trees.get(i), type));
      } catch (JsonProcessingException | IllegalArgumentException e) {
        throw new IllegalArgumentException(
            field + "[" + i + "]: cannot be read as " + type.getSimpleName() + ": " + e.getMessage(), e);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** {@code App.p} as the model of the App's package; empty for an unknown or absent package. */
  static Optional<AppParams> appParams(Optional<AppPackageName> packageName, Optional<JsonNode> p) {
    if (packageName.isEmpty()) {
      return Optional.empty();
    }
    switch (packageName.get().value()) {
      case CALLTRACKING10:
        return convert(p, Calltracking10.class).map(AppParams.class::cast);
      case CLICKTOCALL10:
        return convert(p, Clicktocall10.class).map(AppParams.class::cast);
      case REALTIME10:
        return convert(p, Realtime10.class).map(AppParams.class::cast);
      case ACTIONS10:
        return convert(p, Actions10.class).map(AppParams.class::cast);
      default:
        return Optional.empty();
    }
  }
}
