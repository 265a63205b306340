package dev.switchboard.callr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.core.RequestOptions;
import dev.switchboard.core.errors.ApiError;
import dev.switchboard.core.errors.ApiException;
import dev.switchboard.core.errors.RateLimitException;
import dev.switchboard.core.http.ApiRequest;
import dev.switchboard.core.http.ApiResponse;
import dev.switchboard.core.http.HttpTransport;
import dev.switchboard.core.http.ResponseHandler;
import dev.switchboard.core.paging.ListPage;
import dev.switchboard.core.paging.Page;
import dev.switchboard.core.paging.Paging;
import dev.switchboard.models.callr.SearchOptions;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.MediaType;

/**
 * The one JSON-RPC path of the CALLR client: builds {@code {"jsonrpc":"2.0","id":n,"method":m,"params":[...]}},
 * POSTs it to the base URL with {@code Content-Type: application/json-rpc; charset=utf-8}, and reads the envelope.
 * Sync and async calls and search paging all go through {@link #request} and {@link #handler}.
 */
final class CallrRpc {
  static final MediaType JSON_RPC = MediaType.get("application/json-rpc; charset=utf-8");
  static final String LOGIN_AS_HEADER = "CALLR-Login-As";
  private static final DateTimeFormatter DATETIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

  private final HttpTransport transport;
  private final ObjectMapper mapper;
  private final LoginAs loginAs;
  private final AtomicLong ids = new AtomicLong();

  CallrRpc(HttpTransport transport, LoginAs loginAs) {
    this.transport = Objects.requireNonNull(transport, "transport");
    this.mapper = transport.mapper();
    this.loginAs = loginAs;
  }

  HttpTransport transport() {
    return transport;
  }

  /** Positional params; {@code null} elements are sent as JSON {@code null}. */
  static List<Object> params(Object... values) {
    return Arrays.asList(values);
  }

  /** A CALLR {@code datetime} ({@code YYYY-MM-DD HH:MM:SS}, UTC), or {@code null}. */
  static String datetime(Instant instant) {
    return instant == null ? null : DATETIME.format(instant);
  }

  static <T> T required(T value, String name) {
    if (value == null) {
      throw new NullPointerException(name + ": is required");
    }
    if (value instanceof String && ((String) value).isBlank()) {
      throw new IllegalArgumentException(name + ": must not be blank");
    }
    return value;
  }

  static RequestOptions opts(RequestOptions options) {
    return options == null ? RequestOptions.none() : options;
  }

  <T> T call(CallrMethod<T> method, List<?> params, RequestOptions options) {
    try {
      return transport.execute(request(method, params, options), handler(method));
    } catch (ApiException e) {
      throw typed(e);
    }
  }

  <T> CompletableFuture<T> callAsync(CallrMethod<T> method, List<?> params, RequestOptions options) {
    ApiRequest request;
    try {
      request = request(method, params, options);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    CompletableFuture<T> source = transport.executeAsync(request, handler(method));
    CompletableFuture<T> result = new CompletableFuture<>();
    source.whenComplete((value, failure) -> {
      if (failure == null) {
        result.complete(value);
      } else {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
            ? failure.getCause() : failure;
        result.completeExceptionally(cause instanceof ApiException ? typed((ApiException) cause) : cause);
      }
    });
    result.whenComplete((value, failure) -> {
      if (result.isCancelled()) {
        source.cancel(true);
      }
    });
    return result;
  }

  /**
   * A JSON-RPC error the transport mapped from a non-2xx status, re-typed by its code where
   * {@link CallrErrorCodes} gives it a meaning (the status, body, headers and request id are kept).
   */
  private ApiException typed(ApiException e) {
    Optional<ApiError> error = e.error();
    if (error.isEmpty()) {
      return e;
    }
    Optional<Class<? extends ApiException>> type = CallrErrorCodes.typeOf(error.get());
    if (type.isEmpty() || type.get() == e.getClass()) {
      return e;
    }
    ApiException.Builder b = ApiException.builder()
        .provider(e.provider())
        .operation(e.operation())
        .statusCode(e.statusCode())
        .headers(e.headers())
        .rawBody(e.rawBody())
        .requestId(e.requestId().orElse(null))
        .secrets(transport.options().credentials().secrets())
        .cause(e.getCause());
    if (e instanceof RateLimitException) {
      b.retryAfter(((RateLimitException) e).retryAfter().orElse(null));
    }
    ApiException retyped = CallrErrorCodes.toException(b, error.get());
    retyped.setStackTrace(e.getStackTrace());
    return retyped;
  }

  /**
   * One page of a {@code (filters, Search.Options)} search; the next pages reuse {@code options}. The hits are read
   * as {@code hitType} inside the response handler (see {@link CallrResults#searchOf}), so an odd hit is an
   * {@code InvalidResponseException} carrying the status and raw body.
   */
  <T> Page<T> search(String method, Object filters, SearchOptions searchOptions, Class<T> hitType,
      RequestOptions options) {
    SearchOptions so = searchOptions == null ? SearchOptions.builder().build() : searchOptions;
    CallrResults.SearchHits<T> results = call(CallrMethod.read(method, CallrResults.searchOf(hitType)),
        params(filters, so), options);
    return toPage(method, filters, so, hitType, options, results);
  }

  <T> CompletableFuture<Page<T>> searchAsync(String method, Object filters, SearchOptions searchOptions,
      Class<T> hitType, RequestOptions options) {
    SearchOptions so = searchOptions == null ? SearchOptions.builder().build() : searchOptions;
    return callAsync(CallrMethod.read(method, CallrResults.searchOf(hitType)), params(filters, so), options)
        .thenApply(results -> toPage(method, filters, so, hitType, options, results));
  }

  private <T> Page<T> toPage(String method, Object filters, SearchOptions so, Class<T> hitType,
      RequestOptions options, CallrResults.SearchHits<T> results) {
    if (results == null) {
      return ListPage.of(List.of(), Optional.empty(), q -> {
        throw new IllegalStateException("no next page");
      });
    }
    long sent = so.offset().orElse(0).longValue();
    long offset = results.offset().orElse(sent);
    OptionalLong next = Paging.nextOffset(offset, results.hits().size(), results.hasMore());
    Optional<Long> nextQuery = next.isPresent() ? Optional.of(next.getAsLong()) : Optional.empty();
    // nextOffset keeps every next offset within 0..Integer.MAX_VALUE, so the int conversion is exact
    Optional<SearchOptions> nextOptions =
        Paging.nextRequest(nextQuery, nextOffset -> so.toBuilder().offset(Math.toIntExact(nextOffset)).build());
    return ListPage.of(results.hits(), Optional.of(sent), nextOptions.isPresent() ? nextQuery : Optional.empty(),
        results.total(), nextOffset -> search(method, filters,
            so.toBuilder().offset(Math.toIntExact(nextOffset)).build(), hitType, options));
  }

  private ApiRequest request(CallrMethod<?> method, List<?> params, RequestOptions options) {
    // written straight to the generator by the transport: no intermediate tree of the params
    Map<String, Object> body = new LinkedHashMap<>(8);
    body.put("jsonrpc", "2.0");
    body.put("id", ids.incrementAndGet());
    body.put("method", method.name);
    body.put("params", params);
    ApiRequest.Builder b = ApiRequest.builder()
        .method("POST")
        .jsonBody(body, JSON_RPC)
        .operation(method.name)
        .idempotent(method.idempotent)
        .options(opts(options));
    if (loginAs != null) {
      b.header(LOGIN_AS_HEADER, loginAs.headerValue());
    }
    return b.build();
  }

  private static <T> ResponseHandler<T> handler(CallrMethod<T> method) {
    return response -> readResult(response, method.reader);
  }

  private static <T> T readResult(ApiResponse response, CallrResults.Reader<T> reader) throws IOException {
    Envelope<T> envelope;
    try {
      envelope = Envelope.stream(response, reader);
    } catch (IOException | RuntimeException e) {
      // an odd body: read it again as a tree, which checks the error member first and names what is wrong
      envelope = Envelope.tree(response, reader);
    }
    Optional<ApiError> error = CallrErrorParser.fromErrorMember(envelope.error);
    if (error.isPresent()) {
      throw CallrErrorCodes.toException(response.exceptionBuilder(), error.get());
    }
    if (!envelope.hasResult) {
      throw new IOException("JSON-RPC response has neither result nor error");
    }
    return envelope.result;
  }

  /** A JSON-RPC response: its result, read with the method's reader, and its error member if any. */
  private static final class Envelope<T> {
    T result;
    boolean hasResult;
    JsonNode error;

    /** Binds the result straight from the bytes, without an intermediate tree. */
    static <T> Envelope<T> stream(ApiResponse response, CallrResults.Reader<T> reader) throws IOException {
      Envelope<T> envelope = new Envelope<>();
      try (com.fasterxml.jackson.core.JsonParser p = response.parser()) {
        if (p.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
          throw new IOException("not a JSON-RPC response object");
        }
        while (p.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          if ("result".equals(name)) {
            envelope.result = reader.read(p, response.mapper());
            envelope.hasResult = true;
          } else if ("error".equals(name)) {
            envelope.error = response.mapper().readTree(p);
          } else {
            p.skipChildren();
          }
        }
      }
      return envelope;
    }

    /** Reads the body as a tree: the error member is looked at before the result is bound. */
    static <T> Envelope<T> tree(ApiResponse response, CallrResults.Reader<T> reader) throws IOException {
      JsonNode root = response.readTree();
      if (root == null || !root.isObject()) {
        throw new IOException("not a JSON-RPC response object");
      }
      Envelope<T> envelope = new Envelope<>();
      envelope.error = root.get("error");
      if (CallrErrorParser.fromErrorMember(envelope.error).isPresent()) {
        return envelope;
      }
      JsonNode result = root.get("result");
      if (result != null) {
        envelope.result = reader.read(result, response.mapper());
        envelope.hasResult = true;
      }
      return envelope;
    }
  }
}
