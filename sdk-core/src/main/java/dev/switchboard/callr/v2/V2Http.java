package dev.switchboard.callr.v2;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.RequestOptions;
import dev.switchboard.core.http.ApiRequest;
import dev.switchboard.core.http.ApiResponse;
import dev.switchboard.core.http.HttpTransport;
import dev.switchboard.core.http.ResponseHandler;
import dev.switchboard.core.paging.Paging;
import dev.switchboard.models.callr.v2.SearchEnvelope;
import dev.switchboard.models.callr.v2.SearchQuery;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one path of the v2 services to the shared transport: builds an {@link ApiRequest} from a {@link V2Endpoint}
 * (method, path, operation name, retry safety), runs it blocking or not, and reads results leniently. Arguments are
 * checked while the call is built, before any I/O; an async call reports a rejected argument as a failed future.
 */
final class V2Http {
  /** One operation: the request and how to read its 2xx response. */
  record Call<T>(ApiRequest request, ResponseHandler<T> handler) {}

  private final HttpTransport transport;

  V2Http(HttpTransport transport) {
    this.transport = Objects.requireNonNull(transport, "transport");
  }

  <T> T execute(Supplier<Call<T>> call) {
    Call<T> c = call.get();
    return transport.execute(c.request(), c.handler());
  }

  <T> CompletableFuture<T> executeAsync(Supplier<Call<T>> call) {
    Call<T> c;
    try {
      c = call.get();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return transport.executeAsync(c.request(), c.handler());
  }

  /** A request for {@code endpoint} with its path values (unencoded; the transport encodes each segment). */
  static ApiRequest.Builder request(V2Endpoint endpoint, RequestOptions options, String... pathValues) {
    ApiRequest.Builder b = ApiRequest.builder()
        .method(endpoint.method())
        .operation(endpoint.operation())
        .idempotent(endpoint.idempotent())
        .options(options == null ? RequestOptions.none() : options);
    endpoint.segments(pathValues).forEach(b::path);
    return b;
  }

  /** Adds every query parameter of a request model. */
  static ApiRequest.Builder query(ApiRequest.Builder b, java.util.Map<String, List<String>> parameters) {
    parameters.forEach((name, values) -> values.forEach(v -> b.query(name, v)));
    return b;
  }

  /** Reads a JSON object into {@code type}; an empty body (a 201/204 without content) reads as an empty model. */
  static <T> ResponseHandler<T> object(Class<T> type) {
    return response -> {
      byte[] body = response.body();
      if (isBlank(body)) {
        return response.mapper().readValue("{}", type);
      }
      JsonNode root = response.readTree();
      if (root == null || !root.isObject()) {
        throw new IOException("expected a JSON object, got " + (root == null ? "nothing" : root.getNodeType()));
      }
      return response.mapper().treeToValue(root, type);
    };
  }

  /**
   * Reads a list of {@code type}: a JSON array, or the {@code hits} of a search envelope (the list endpoints' shape is
   * not documented [gap], so both are accepted; of an envelope only this first page's hits are read, at the server's
   * default limit); an empty body reads as an empty list.
   */
  static <T> ResponseHandler<List<T>> list(Class<T> type) {
    return response -> {
      if (isBlank(response.body())) {
        return List.of();
      }
      JsonNode root = response.readTree();
      JsonNode items = root != null && root.isObject() && root.path("hits").isArray() ? root.get("hits") : root;
      if (items == null || !items.isArray()) {
        throw new IOException("expected a JSON array or a search envelope with \"hits\"");
      }
      List<T> out = new ArrayList<>();
      for (JsonNode item : items) {
        if (item.isObject()) {
          out.add(response.mapper().treeToValue(item, type));
        }
      }
      return List.copyOf(out);
    };
  }

  /** Ignores the body (a 200, 202 or 204). */
  static ResponseHandler<Void> none() {
    return ResponseHandler.discarding();
  }

  /**
   * A search: sends {@code query}'s parameters and reads the {@code {offset,total,hasMore,hits}} envelope into a
   * {@link V2SearchPage} whose next page is {@code next} applied to the query at the next offset
   * ({@link Paging#nextOffset}), with the same request options.
   */
  static <S extends SearchQuery<S>, T> Call<V2SearchPage<T>> search(V2Endpoint endpoint, S query, Class<T> type,
      RequestOptions options, Function<S, V2SearchPage<T>> next) {
    Objects.requireNonNull(query, "query");
    ApiRequest request = query(request(endpoint, options), query.toQueryParameters()).build();
    ResponseHandler<V2SearchPage<T>> handler = response -> toPage(response, query, type, next);
    return new Call<>(request, handler);
  }

  private static <S extends SearchQuery<S>, T> V2SearchPage<T> toPage(ApiResponse response, S query, Class<T> type,
      Function<S, V2SearchPage<T>> next) throws IOException {
    if (isBlank(response.body())) {
      throw new IOException("expected a search envelope {offset, total, hasMore, hits}, got an empty body");
    }
    JsonNode root = response.readTree();
    if (root == null || !root.isObject()) {
      throw new IOException("expected a search envelope {offset, total, hasMore, hits}");
    }
    SearchEnvelope envelope = response.mapper().treeToValue(root, SearchEnvelope.class);
    List<T> hits;
    try {
      hits = envelope.hitsAs(type);
    } catch (IllegalStateException e) {
      throw new IOException(e.getMessage(), e);
    }
    long offset = envelope.offset().orElse((long) query.offset().orElse(0));
    OptionalLong nextOffset = Paging.nextOffset(offset, envelope.hits().size(), envelope.hasMore().orElse(false));
    OptionalLong total = envelope.total().map(OptionalLong::of).orElse(OptionalLong.empty());
    return new V2SearchPage<>(hits, offset, total, nextOffset,
        at -> next.apply(query.withOffset(Math.toIntExact(at))));
  }

  private static boolean isBlank(byte[] body) {
    for (byte b : body) {
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return false;
      }
    }
    return true;
  }
}
