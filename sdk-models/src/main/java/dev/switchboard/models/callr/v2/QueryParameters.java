package dev.switchboard.models.callr.v2;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Collects the query parameters of a v2 request model: absent values are skipped, extras come last. */
final class QueryParameters {
  private final Map<String, List<String>> map = new LinkedHashMap<>();

  QueryParameters put(String name, Optional<?> value) {
    value.ifPresent(v -> map.computeIfAbsent(name, k -> new ArrayList<>()).add(String.valueOf(v)));
    return this;
  }

  QueryParameters paging(Optional<?> sort, Optional<SortOrder> order, Optional<Integer> offset,
      Optional<Integer> limit) {
    return put("sort", sort).put("order", order).put("offset", offset).put("limit", limit);
  }

  QueryParameters extras(Map<String, String> extras) {
    extras.forEach((k, v) -> map.computeIfAbsent(k, x -> new ArrayList<>()).add(v));
    return this;
  }

  /** The shared paging checks of every search query: {@code offset} ≥ 0, {@code limit} 1..100. */
  static void checkPaging(SearchQuery<?> query) {
    dev.switchboard.models.Checks.range("offset", query.offset(), 0, Integer.MAX_VALUE);
    dev.switchboard.models.Checks.range("limit", query.limit(), 1, SearchQuery.MAX_LIMIT);
  }

  Map<String, List<String>> build() {
    Map<String, List<String>> copy = new LinkedHashMap<>();
    map.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    return Collections.unmodifiableMap(copy);
  }
}
