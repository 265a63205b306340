package dev.switchboard.callr;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.models.callr.CallId;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Readers of JSON-RPC {@code result} values: models, lists, map-shaped lists and lenient scalars. */
final class CallrResults {
  private CallrResults() {}

  /** Reads a {@code result} node (never {@code null}; a JSON null is a {@code NullNode}). */
  @FunctionalInterface
  interface Reader<T> {
    T read(JsonNode result, ObjectMapper mapper) throws IOException;

    /**
     * Reads the result from a parser positioned on its first token. The default goes through a tree; readers of
     * models bind straight from the parser.
     */
    default T read(com.fasterxml.jackson.core.JsonParser parser, ObjectMapper mapper) throws IOException {
      JsonNode node = mapper.readTree(parser);
      return read(node == null ? com.fasterxml.jackson.databind.node.NullNode.getInstance() : node, mapper);
    }
  }

  /** A reader binding a type with the SDK's mapper, from a tree or straight from the parser. */
  private static final class Binding<T> implements Reader<T> {
    private final JavaType type;
    /** The reader of the last mapper seen (every client shares the SDK's mapper); replaced if another comes. */
    private volatile CachedReader cached;

    Binding(JavaType type) {
      this.type = type;
    }

    private com.fasterxml.jackson.databind.ObjectReader readerOf(ObjectMapper mapper) {
      CachedReader c = cached;
      if (c == null || c.mapper != mapper) {
        c = new CachedReader(mapper, mapper.readerFor(type));
        cached = c;
      }
      return c.reader;
    }

    @Override
    public T read(JsonNode result, ObjectMapper mapper) throws IOException {
      return convert(result, mapper, type);
    }

    @Override
    public T read(com.fasterxml.jackson.core.JsonParser parser, ObjectMapper mapper) throws IOException {
      if (parser.currentToken() == com.fasterxml.jackson.core.JsonToken.VALUE_NULL) {
        return null;
      }
      try {
        return readerOf(mapper).readValue(parser);
      } catch (IllegalArgumentException e) {
        throw new IOException("result is not a " + type.toCanonical() + ": " + e.getMessage(), e);
      }
    }
  }

  /** An ObjectReader and the mapper it was made from. */
  private static final class CachedReader {
    final ObjectMapper mapper;
    final com.fasterxml.jackson.databind.ObjectReader reader;

    CachedReader(ObjectMapper mapper, com.fasterxml.jackson.databind.ObjectReader reader) {
      this.mapper = mapper;
      this.reader = reader;
    }
  }

  static final Reader<String> STRING = (n, m) -> n.isNull() ? null : n.isValueNode() ? n.asText() : fail(n, "string");
  static final Reader<Boolean> BOOLEAN = (n, m) -> {
    if (n.isNull()) {
      return null;
    }
    if (n.isBoolean()) {
      return n.booleanValue();
    }
    if (n.isNumber()) {
      return n.asLong() != 0;
    }
    if (n.isTextual() && ("true".equalsIgnoreCase(n.asText()) || "false".equalsIgnoreCase(n.asText()))) {
      return Boolean.parseBoolean(n.asText());
    }
    return fail(n, "boolean");
  };
  static final Reader<Long> LONG = (n, m) -> {
    if (n.isNull()) {
      return null;
    }
    if (n.isIntegralNumber() && n.canConvertToLong()) {
      return n.asLong();
    }
    if (n.isTextual()) {
      try {
        return Long.parseLong(n.asText().trim());
      } catch (NumberFormatException e) {
        return fail(n, "integer");
      }
    }
    return fail(n, "integer");
  };
  /** A decimal given as a string ({@code "100.00"}) or a JSON number; never through {@code double}. */
  static final Reader<BigDecimal> DECIMAL = (n, m) -> {
    if (n.isNull()) {
      return null;
    }
    try {
      if (n.isNumber()) {
        return n.decimalValue();
      }
      if (n.isTextual()) {
        return new BigDecimal(n.asText().trim());
      }
    } catch (NumberFormatException e) {
      return fail(n, "decimal");
    }
    return fail(n, "decimal");
  };
  /**
   * Unix seconds (number or numeric string) as an {@link Instant}. A value outside {@code Instant}'s range, a
   * fraction or {@code 1e300} fails the read (an {@code InvalidResponseException} keeping the raw body).
   */
  static final Reader<Instant> EPOCH_SECONDS = (n, m) -> {
    Long seconds = LONG.read(n, m);
    if (seconds == null) {
      return null;
    }
    return dev.switchboard.models.json.Timestamps.epochSecond(seconds)
        .orElseThrow(() -> new JsonMappingException(null, "result " + seconds + " is outside Instant's range"));
  };
  static final Reader<CallId> CALL_ID = of(CallId.class);
  static final Reader<List<String>> STRING_LIST = of(new TypeReference<List<String>>() {});
  static final Reader<Map<String, String>> STRING_MAP = of(new TypeReference<Map<String, String>>() {});

  /** Reads the result as {@code type} with the SDK's mapper. */
  static <T> Reader<T> of(Class<T> type) {
    return new Binding<>(com.fasterxml.jackson.databind.type.TypeFactory.defaultInstance().constructType(type));
  }

  /** Reads the result as {@code type} with the SDK's mapper. */
  static <T> Reader<T> of(TypeReference<T> type) {
    return new Binding<>(com.fasterxml.jackson.databind.type.TypeFactory.defaultInstance().constructType(type));
  }

  /** Reads a JSON array of {@code type}; a JSON null reads as an empty list. */
  static <T> Reader<List<T>> listOf(Class<T> type) {
    return (n, m) -> {
      if (n.isNull()) {
        return List.of();
      }
      if (!n.isArray()) {
        return fail(n, "array");
      }
      return convert(n, m, m.getTypeFactory().constructCollectionType(List.class, type));
    };
  }

  /**
   * Reads a map-shaped result ({@code list.countries}, {@code list.timezones}, {@code media/library.get_list}):
   * either a JSON array of {@code type}, or an object keyed by id whose values are {@code type}, in document order.
   * An empty array, empty object or null reads as an empty list (PHP back ends send {@code []} for empty maps).
   */
  static <T> Reader<List<T>> keyed(Class<T> type) {
    return (n, m) -> {
      if (n.isNull()) {
        return List.of();
      }
      if (n.isArray()) {
        return convert(n, m, m.getTypeFactory().constructCollectionType(List.class, type));
      }
      if (!n.isObject()) {
        return fail(n, "array or object keyed by id");
      }
      List<T> out = new ArrayList<>(n.size());
      JavaType javaType = m.constructType(type);
      for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        try {
          out.add(m.readerFor(javaType).readValue(e.getValue()));
        } catch (IOException ex) {
          throw new IOException("result[\"" + e.getKey() + "\"] is not a " + type.getSimpleName() + ": "
              + ex.getMessage(), ex);
        }
      }
      return List.copyOf(out);
    };
  }

  /** A {@code Search.Results} read for paging: the hits as models, and the server's paging values. */
  static final class SearchHits<T> {
    private final List<T> hits;
    private final Long offset;
    private final boolean hasMore;
    private final Long total;

    SearchHits(List<T> hits, Long offset, boolean hasMore, Long total) {
      this.hits = java.util.Collections.unmodifiableList(hits);
      this.offset = offset;
      this.hasMore = hasMore;
      this.total = total;
    }

    /** The hits in order; a JSON {@code null} hit is a {@code null} element. */
    List<T> hits() {
      return hits;
    }

    java.util.OptionalLong offset() {
      return offset == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(offset);
    }

    boolean hasMore() {
      return hasMore;
    }

    /** {@code total} when sent as a non-negative integer. */
    java.util.OptionalLong total() {
      return total == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(total);
    }
  }

  /**
   * Reads a {@code Search.Results} ({@code {has_more, hits, offset, total}}) and its hits as {@code hitType}, all
   * inside the response handler. A JSON {@code null} result is {@code null} (no page). Leniency: a missing
   * {@code hits} is no hit; a {@code null} hit is kept as a {@code null} element; {@code has_more} that is not a
   * boolean counts as false; {@code offset} / {@code total} that are not integers are ignored. A hit that is not
   * an object (a number, a string, an array) or a {@code hits} that is not an array cannot be a {@code hitType}:
   * the read fails (the transport raises {@code InvalidResponseException} with the status and raw body).
   */
  static <T> Reader<SearchHits<T>> searchOf(Class<T> hitType) {
    return (n, m) -> {
      if (n.isNull()) {
        return null;
      }
      if (!n.isObject()) {
        return fail(n, "Search.Results object");
      }
      JsonNode hits = n.get("hits");
      List<T> out = List.of();
      if (hits != null && !hits.isNull()) {
        if (!hits.isArray()) {
          throw new JsonMappingException(null, "result.hits is not an array (got " + hits.getNodeType() + ")");
        }
        out = dev.switchboard.models.json.LenientLists.elements(hits, "result.hits", hitType, m);
      }
      return new SearchHits<>(out, integer(n.get("offset")), flag(n.get("has_more")),
          nonNegative(integer(n.get("total"))));
    };
  }

  /** An integer sent as a JSON integer or a numeric string; {@code null} for anything else. */
  private static Long integer(JsonNode n) {
    if (n != null && n.isTextual()) {
      try {
        return Long.parseLong(n.asText().trim());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    if (n == null || !n.isIntegralNumber() || !n.canConvertToLong()) {
      return null;
    }
    return n.longValue();
  }

  /** A flag sent as a boolean, a number or {@code "true"}/{@code "false"}; anything else is false. */
  private static boolean flag(JsonNode n) {
    try {
      return n != null && Boolean.TRUE.equals(BOOLEAN.read(n, null));
    } catch (IOException e) {
      return false;
    }
  }

  private static Long nonNegative(Long value) {
    return value == null || value < 0 ? null : value;
  }

  private static <T> T convert(JsonNode n, ObjectMapper m, JavaType type) throws IOException {
    if (n.isNull()) {
      return null;
    }
    try {
      return m.readerFor(type).readValue(n);
    } catch (IllegalArgumentException e) {
      throw new IOException("result is not a " + type.toCanonical() + ": " + e.getMessage(), e);
    }
  }

  private static <T> T fail(JsonNode n, String expected) throws JsonMappingException {
    throw new JsonMappingException(null, "result is not a " + expected + " (got " + n.getNodeType() + ")");
  }
}
