package dev.switchboard.core.errors;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import okhttp3.Headers;

/**
 * The API answered with an error: a non-2xx status, or an error envelope at any status (CALLR sends JSON-RPC errors
 * with HTTP 200). Subclasses name the common statuses; this class itself is used for other cases.
 *
 * <p>Build one (also in your own tests) with {@link #builder()}: {@link Builder#build()} returns the subclass that
 * matches the status. {@link #getMessage()} is one line, for example
 * {@code callr sms.send: HTTP 400 INVALID_ARGUMENT: bad number (request-id: req_1)}, with every secret scrubbed.
 */
public class ApiException extends SwitchboardException {
  private static final long serialVersionUID = 1L;
  private static final int BODY_IN_MESSAGE = 200;

  private final String provider;
  private final String operation;
  private final int statusCode;
  private final transient Headers headers;
  private final String rawBody;
  private final transient ApiError error;
  private final String requestId;

  /** Creates the exception from a builder; prefer {@link Builder#build()}, which picks the subclass. */
  public ApiException(Builder b) {
    super(b.message(), b.cause);
    this.provider = b.provider;
    this.operation = b.operation;
    this.statusCode = b.statusCode;
    this.headers = b.headers;
    this.rawBody = b.rawBody;
    this.error = b.error;
    this.requestId = b.effectiveRequestId();
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Provider name, for example {@code callr}. */
  public String provider() {
    return provider;
  }

  /** Operation name, for example {@code sms.send}. */
  public String operation() {
    return operation;
  }

  /** HTTP status of the response. */
  public int statusCode() {
    return statusCode;
  }

  /** Response headers. */
  public Headers headers() {
    return headers == null ? Headers.of() : headers;
  }

  /** Response body exactly as received (UTF-8 decoded), even when it is not JSON; empty if there was none. */
  public String rawBody() {
    return rawBody;
  }

  /** The provider's error code. */
  public Optional<String> errorCode() {
    return error == null ? Optional.empty() : error.code();
  }

  /** The provider's error message. */
  public Optional<String> errorMessage() {
    return error == null ? Optional.empty() : error.message();
  }

  /** The provider's structured error details. */
  public Optional<JsonNode> errorData() {
    return error == null ? Optional.empty() : error.data();
  }

  /** The parsed error envelope, if the body was one. */
  public Optional<ApiError> error() {
    return Optional.ofNullable(error);
  }

  /** The request id from the body or the provider's request-id header. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /** Builds an {@link ApiException}; all fields optional except the status. */
  public static final class Builder {
    private String provider = "api";
    private String operation = "request";
    private int statusCode;
    private Headers headers = Headers.of();
    private String rawBody = "";
    private ApiError error;
    private String requestId;
    private Duration retryAfter;
    private Set<String> secrets = Set.of();
    private Throwable cause;

    private Builder() {}

    /** Provider name for the message. */
    public Builder provider(String provider) {
      this.provider = Objects.requireNonNull(provider, "provider");
      return this;
    }

    /** Operation name for the message. */
    public Builder operation(String operation) {
      this.operation = Objects.requireNonNull(operation, "operation");
      return this;
    }

    /** HTTP status (100 to 599). */
    public Builder statusCode(int statusCode) {
      if (statusCode < 100 || statusCode > 599) {
        throw new IllegalArgumentException("statusCode must be between 100 and 599: " + statusCode);
      }
      this.statusCode = statusCode;
      return this;
    }

    /** Response headers. */
    public Builder headers(Headers headers) {
      this.headers = Objects.requireNonNull(headers, "headers");
      return this;
    }

    /** Raw response body. */
    public Builder rawBody(String rawBody) {
      this.rawBody = rawBody == null ? "" : rawBody;
      return this;
    }

    /** The parsed provider error, or {@code null}. */
    public Builder error(ApiError error) {
      this.error = error;
      return this;
    }

    /** Request id (used when the error has none). */
    public Builder requestId(String requestId) {
      this.requestId = requestId;
      return this;
    }

    /** For 429: how long the server asked to wait. */
    public Builder retryAfter(Duration retryAfter) {
      this.retryAfter = retryAfter;
      return this;
    }

    /** Values scrubbed from the message (normally {@code Credentials.secrets()}). */
    public Builder secrets(Collection<String> secrets) {
      this.secrets = Set.copyOf(Objects.requireNonNull(secrets, "secrets"));
      return this;
    }

    /** The underlying cause, if any. */
    public Builder cause(Throwable cause) {
      this.cause = cause;
      return this;
    }

    /** The server-requested delay (for {@link RateLimitException}). */
    Optional<Duration> retryAfter() {
      return Optional.ofNullable(retryAfter);
    }

    /** Returns the subclass matching the status (see {@link ErrorMapper#create(Builder)}). */
    public ApiException build() {
      return ErrorMapper.create(this);
    }

    int build0Status() {
      if (statusCode == 0) {
        throw new IllegalStateException("Missing required field 'statusCode'");
      }
      return statusCode;
    }

    String effectiveRequestId() {
      if (error != null && error.requestId().isPresent()) {
        return error.requestId().get();
      }
      return requestId;
    }

    String message() {
      StringBuilder m = new StringBuilder();
      m.append(provider).append(' ').append(operation).append(": HTTP ").append(statusCode);
      if (error != null) {
        error.code().ifPresent(c -> m.append(' ').append(c));
        error.message().ifPresent(msg -> m.append(": ").append(msg));
      } else if (!rawBody.isBlank()) {
        String body = rawBody.strip();
        m.append(": ").append(body.length() > BODY_IN_MESSAGE ? body.substring(0, BODY_IN_MESSAGE) + "…" : body);
      }
      String id = effectiveRequestId();
      if (id != null) {
        m.append(" (request-id: ").append(id).append(')');
      }
      return scrub(m.toString().replaceAll("[\\r\\n]+", " "), secrets);
    }

    private static String scrub(String text, Set<String> secrets) {
      return dev.switchboard.core.http.Redactor.scrub(text, secrets);
    }
  }
}
