package dev.switchboard.core.http;

import dev.switchboard.core.RequestOptions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import okhttp3.Headers;
import okhttp3.MediaType;

/**
 * One logical API call, described independently of HTTP attempts: method, path below the base URL, query
 * parameters, headers, body, the operation name for logs and errors, whether the operation is idempotent, and the
 * caller's {@link RequestOptions}.
 *
 * <p>{@code idempotent} must be declared by the operation (there is no default from the HTTP method): it decides
 * whether ambiguous failures (5xx, 408, dropped connections, read timeouts) are retried.
 */
public final class ApiRequest {
  /** Media type of JSON bodies. */
  public static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private final String method;
  private final List<String> pathSegments;
  private final Map<String, List<String>> queryParameters;
  private final Headers headers;
  private final byte[] body;
  private final Object jsonBody;
  private final MediaType mediaType;
  private final String operation;
  private final boolean idempotent;
  private final RequestOptions options;

  private ApiRequest(Builder b) {
    this.method = b.method;
    this.pathSegments = List.copyOf(b.pathSegments);
    Map<String, List<String>> query = new LinkedHashMap<>();
    b.queryParameters.forEach((k, v) -> query.put(k, List.copyOf(v)));
    this.queryParameters = Collections.unmodifiableMap(query);
    this.headers = b.headers.build();
    this.body = b.body == null ? null : b.body.clone();
    this.jsonBody = b.jsonBody;
    this.mediaType = b.mediaType;
    this.operation = b.operation;
    this.idempotent = b.idempotent;
    this.options = b.options;
  }

  /** Returns an empty builder; {@code method}, {@code operation} and {@code idempotent} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised with this request. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** HTTP method, upper case. */
  public String method() {
    return method;
  }

  /** Path segments appended to the base URL (unencoded; the transport encodes each). */
  public List<String> pathSegments() {
    return pathSegments;
  }

  /** Query parameters in order; a name may repeat. */
  public Map<String, List<String>> queryParameters() {
    return queryParameters;
  }

  /** Request headers (the SDK adds User-Agent, Accept, auth and Idempotency-Key). */
  public Headers headers() {
    return headers;
  }

  /** Raw body bytes (a copy), when set with {@link Builder#body(byte[], MediaType)}. */
  public Optional<byte[]> body() {
    return body == null ? Optional.empty() : Optional.of(body.clone());
  }

  /** The value to serialize as JSON with the client's mapper, when set with {@link Builder#jsonBody(Object)}. */
  public Optional<Object> jsonBody() {
    return Optional.ofNullable(jsonBody);
  }

  /** Content type of the body. */
  public Optional<MediaType> mediaType() {
    return Optional.ofNullable(mediaType);
  }

  /** Operation name used in logs and exception messages, for example {@code sms.send}. */
  public String operation() {
    return operation;
  }

  /** Whether repeating the call cannot cause a second effect (declared by the operation). */
  public boolean idempotent() {
    return idempotent;
  }

  /** The caller's per-call options. */
  public RequestOptions options() {
    return options;
  }

  @Override
  public String toString() {
    return "ApiRequest{" + operation + " " + method + " /" + String.join("/", pathSegments)
        + ", idempotent=" + idempotent + "}";
  }

  /** Builds an {@link ApiRequest}. */
  public static final class Builder {
    private String method;
    private final List<String> pathSegments = new ArrayList<>();
    private final Map<String, List<String>> queryParameters = new LinkedHashMap<>();
    private Headers.Builder headers = new Headers.Builder();
    private byte[] body;
    private Object jsonBody;
    private MediaType mediaType;
    private String operation;
    private Boolean idempotent;
    private RequestOptions options = RequestOptions.none();

    private Builder() {}

    private Builder(ApiRequest r) {
      method = r.method;
      pathSegments.addAll(r.pathSegments);
      r.queryParameters.forEach((k, v) -> queryParameters.put(k, new ArrayList<>(v)));
      headers = r.headers.newBuilder();
      body = r.body;
      jsonBody = r.jsonBody;
      mediaType = r.mediaType;
      operation = r.operation;
      idempotent = r.idempotent;
      options = r.options;
    }

    /** HTTP method, for example {@code GET} or {@code POST}. */
    public Builder method(String method) {
      Objects.requireNonNull(method, "method");
      String m = isUpperCaseWord(method) ? method : method.trim().toUpperCase(Locale.ROOT);
      if (!isUpperCaseWord(m)) {
        throw new IllegalArgumentException("method is not an HTTP method: " + method);
      }
      this.method = m;
      return this;
    }

    private static boolean isUpperCaseWord(String s) {
      if (s.isEmpty()) {
        return false;
      }
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c < 'A' || c > 'Z') {
          return false;
        }
      }
      return true;
    }

    /**
     * Appends path segments below the base URL. Each argument is exactly one segment and is percent-encoded
     * ({@code "a/b"} becomes {@code a%2Fb}); empty, {@code "."} and {@code ".."} segments are rejected.
     */
    public Builder path(String... segments) {
      Objects.requireNonNull(segments, "segments");
      for (String s : segments) {
        Objects.requireNonNull(s, "path segment");
        if (s.isEmpty() || s.equals(".") || s.equals("..")) {
          throw new IllegalArgumentException("path segment must not be empty, '.' or '..': '" + s + "'");
        }
        pathSegments.add(s);
      }
      return this;
    }

    /** Adds a query parameter; a {@code null} value is skipped (convenient for optional parameters). */
    public Builder query(String name, Object value) {
      Objects.requireNonNull(name, "name");
      if (name.isEmpty()) {
        throw new IllegalArgumentException("query parameter name must not be empty");
      }
      if (value != null) {
        queryParameters.computeIfAbsent(name, k -> new ArrayList<>()).add(String.valueOf(value));
      }
      return this;
    }

    /** Sets a header (replacing any of the same name). */
    public Builder header(String name, String value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      headers.set(name, value);
      return this;
    }

    /** Sets a raw body. */
    public Builder body(byte[] body, MediaType mediaType) {
      this.body = Objects.requireNonNull(body, "body").clone();
      this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
      this.jsonBody = null;
      return this;
    }

    /** Sets a body serialized as {@code application/json} with the client's mapper when the call starts. */
    public Builder jsonBody(Object value) {
      return jsonBody(value, JSON);
    }

    /** Sets a JSON body with another media type (for example {@code application/json-rpc; charset=utf-8}). */
    public Builder jsonBody(Object value, MediaType mediaType) {
      this.jsonBody = Objects.requireNonNull(value, "value");
      this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
      this.body = null;
      return this;
    }

    /** Operation name for logs and errors, for example {@code groupcalls.create}. */
    public Builder operation(String operation) {
      Objects.requireNonNull(operation, "operation");
      if (operation.isBlank()) {
        throw new IllegalArgumentException("operation must not be blank");
      }
      this.operation = operation;
      return this;
    }

    /** Declares whether the operation is idempotent; required. */
    public Builder idempotent(boolean idempotent) {
      this.idempotent = idempotent;
      return this;
    }

    /** The caller's per-call options. */
    public Builder options(RequestOptions options) {
      this.options = Objects.requireNonNull(options, "options");
      return this;
    }

    /** Returns the immutable request. */
    public ApiRequest build() {
      if (method == null) {
        throw new IllegalStateException("Missing required field 'method'");
      }
      if (operation == null) {
        throw new IllegalStateException("Missing required field 'operation'");
      }
      if (idempotent == null) {
        throw new IllegalStateException("Missing required field 'idempotent'");
      }
      boolean hasBody = body != null || jsonBody != null;
      if (hasBody && (method.equals("GET") || method.equals("HEAD"))) {
        throw new IllegalStateException("method " + method + " must not have a body");
      }
      return new ApiRequest(this);
    }
  }
}
