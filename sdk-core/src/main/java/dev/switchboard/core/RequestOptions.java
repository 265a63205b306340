package dev.switchboard.core;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import okhttp3.Headers;

/**
 * Immutable per-call settings: a timeout, a retry count, an idempotency key, extra headers and query parameters.
 * {@link #none()} changes nothing. Auto-pagination reuses the first call's options for every page.
 */
public final class RequestOptions {
  private static final RequestOptions NONE = new Builder().build();

  private final Duration timeout;
  private final Integer maxRetries;
  private final String idempotencyKey;
  private final Headers headers;
  private final Map<String, List<String>> queryParameters;

  private RequestOptions(Builder b) {
    this.timeout = b.timeout;
    this.maxRetries = b.maxRetries;
    this.idempotencyKey = b.idempotencyKey;
    this.headers = b.headers.build();
    Map<String, List<String>> query = new LinkedHashMap<>();
    b.queryParameters.forEach((k, v) -> query.put(k, List.copyOf(v)));
    this.queryParameters = Collections.unmodifiableMap(query);
  }

  /** Options that change nothing. */
  public static RequestOptions none() {
    return NONE;
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder initialised with these options. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Timeout for this call: replaces both the call timeout and the read timeout. */
  public Optional<Duration> timeout() {
    return Optional.ofNullable(timeout);
  }

  /** Overrides {@link ClientOptions#maxRetries()} for this call. */
  public OptionalInt maxRetries() {
    return maxRetries == null ? OptionalInt.empty() : OptionalInt.of(maxRetries);
  }

  /** Sent as {@code Idempotency-Key}; its presence makes ambiguous failures retryable. */
  public Optional<String> idempotencyKey() {
    return Optional.ofNullable(idempotencyKey);
  }

  /** Extra headers, set on the request after the SDK's own. */
  public Headers headers() {
    return headers;
  }

  /** Extra query parameters, in insertion order. */
  public Map<String, List<String>> queryParameters() {
    return queryParameters;
  }

  @Override
  public String toString() {
    return "RequestOptions{timeout=" + timeout + ", maxRetries=" + maxRetries
        + ", idempotencyKey=" + (idempotencyKey == null ? null : "****")
        + ", headers=" + headers.names() + ", queryParameters=" + queryParameters.keySet() + "}";
  }

  /** Builds {@link RequestOptions}. */
  public static final class Builder {
    private Duration timeout;
    private Integer maxRetries;
    private String idempotencyKey;
    private Headers.Builder headers = new Headers.Builder();
    private final Map<String, List<String>> queryParameters = new LinkedHashMap<>();

    private Builder() {}

    private Builder(RequestOptions o) {
      timeout = o.timeout;
      maxRetries = o.maxRetries;
      idempotencyKey = o.idempotencyKey;
      headers = o.headers.newBuilder();
      o.queryParameters.forEach((k, v) -> queryParameters.put(k, new ArrayList<>(v)));
    }

    /** Per-call timeout (positive), applied as call timeout and read timeout. */
    public Builder timeout(Duration timeout) {
      this.timeout = Checks.positive(timeout, "timeout");
      return this;
    }

    /** Retries after the first attempt for this call, 0 to 10. */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0 || maxRetries > 10) {
        throw new IllegalArgumentException("maxRetries must be between 0 and 10: " + maxRetries);
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /** An idempotency key (not blank, at most 255 characters). */
    public Builder idempotencyKey(String idempotencyKey) {
      Checks.headerSafe(Checks.notBlank(idempotencyKey, "idempotencyKey"), "idempotencyKey");
      if (idempotencyKey.length() > 255) {
        throw new IllegalArgumentException("idempotencyKey must be at most 255 characters");
      }
      this.idempotencyKey = idempotencyKey;
      return this;
    }

    /**
     * Adds an extra header.
     *
     * @throws IllegalArgumentException naming the header when {@code name} is not an HTTP token (a {@code :}, a
     *     space, CR or LF) or {@code value} holds CR, LF, NUL, another control character or a non-ASCII character;
     *     the value is never quoted (it may be a secret)
     */
    public Builder header(String name, String value) {
      Checks.headerName(name, "header name");
      Checks.headerValue(value, "header " + name);
      headers.add(name, value);
      return this;
    }

    /**
     * Adds an extra query parameter (repeatable). The name must not be empty; neither may contain control
     * characters. Both are percent-encoded when sent.
     */
    public Builder queryParameter(String name, String value) {
      Checks.queryName(name, "queryParameter name");
      dev.switchboard.models.Checks.noControlCharacters("queryParameter " + name, value);
      queryParameters.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
      return this;
    }

    /** Returns the immutable options. */
    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }
}
