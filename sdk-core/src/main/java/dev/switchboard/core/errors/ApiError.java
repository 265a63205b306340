package dev.switchboard.core.errors;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;
import java.util.Optional;

/**
 * A provider's error envelope reduced to four fields: a machine code, a human message, extra data and the request
 * id. An {@link ErrorParser} builds it; {@link ApiException} exposes it. Every field is optional.
 */
public final class ApiError {
  private final String code;
  private final String message;
  private final JsonNode data;
  private final String requestId;

  private ApiError(Builder b) {
    this.code = b.code;
    this.message = b.message;
    this.data = b.data == null ? null : b.data.deepCopy();
    this.requestId = b.requestId;
  }

  /** Returns an empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Shortcut for an error with a code and a message (either may be {@code null}). */
  public static ApiError of(String code, String message) {
    return builder().code(code).message(message).build();
  }

  /** Machine-readable code, for example {@code GROUPCALL_NOT_FOUND} or a JSON-RPC code {@code "22"}. */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  /** Human-readable message from the provider. */
  public Optional<String> message() {
    return Optional.ofNullable(message);
  }

  /** Extra structured details (a copy). */
  public Optional<JsonNode> data() {
    return data == null ? Optional.empty() : Optional.of(data.deepCopy());
  }

  /** Request id reported inside the body, if any. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ApiError)) {
      return false;
    }
    ApiError other = (ApiError) o;
    return Objects.equals(code, other.code) && Objects.equals(message, other.message)
        && Objects.equals(data, other.data) && Objects.equals(requestId, other.requestId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, message, data, requestId);
  }

  @Override
  public String toString() {
    return "ApiError{code=" + code + ", message=" + message + ", requestId=" + requestId + "}";
  }

  /** Builds {@link ApiError}. */
  public static final class Builder {
    private String code;
    private String message;
    private JsonNode data;
    private String requestId;

    private Builder() {}

    /** Sets the machine code. */
    public Builder code(String code) {
      this.code = code;
      return this;
    }

    /** Sets the message. */
    public Builder message(String message) {
      this.message = message;
      return this;
    }

    /** Sets the structured details. */
    public Builder data(JsonNode data) {
      this.data = data;
      return this;
    }

    /** Sets the request id found in the body. */
    public Builder requestId(String requestId) {
      this.requestId = requestId;
      return this;
    }

    /** Returns the immutable error. */
    public ApiError build() {
      return new ApiError(this);
    }
  }
}
