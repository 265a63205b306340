package dev.switchboard.core.http;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.core.errors.ApiError;
import dev.switchboard.core.errors.ApiException;
import dev.switchboard.models.SwitchboardJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import okhttp3.Headers;

/**
 * A fully read HTTP response handed to a {@link ResponseHandler}: status, headers, body bytes, request id, and the
 * attempt number that produced it. Immutable; the connection is already released.
 */
public final class ApiResponse {
  private final String provider;
  private final String operation;
  private final int statusCode;
  private final Headers headers;
  private final byte[] body;
  private final String requestId;
  private final int attempt;
  private final ObjectMapper mapper;
  private final Supplier<Set<String>> secrets;

  ApiResponse(String provider, String operation, int statusCode, Headers headers, byte[] body, String requestId,
      int attempt, ObjectMapper mapper, Supplier<Set<String>> secrets) {
    this.provider = provider;
    this.operation = operation;
    this.statusCode = statusCode;
    this.headers = headers;
    this.body = body;
    this.requestId = requestId;
    this.attempt = attempt;
    this.mapper = mapper;
    this.secrets = secrets;
  }

  /**
   * A response for unit-testing a {@link ResponseHandler} (provider {@code test}, operation {@code test}, attempt 1,
   * the SDK's JSON mapper).
   */
  public static ApiResponse of(int statusCode, Headers headers, byte[] body) {
    Objects.requireNonNull(headers, "headers");
    Objects.requireNonNull(body, "body");
    return new ApiResponse("test", "test", statusCode, headers, body.clone(), null, 1, SwitchboardJson.mapper(),
        Set::of);
  }

  /** HTTP status code. */
  public int statusCode() {
    return statusCode;
  }

  /** Response headers. */
  public Headers headers() {
    return headers;
  }

  /** Body bytes (a copy). */
  public byte[] body() {
    return body.clone();
  }

  /** Body decoded as UTF-8. */
  public String bodyString() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** Request id from the provider's request-id header. */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /** Which attempt produced this response (1 = first try). */
  public int attempt() {
    return attempt;
  }

  /** The operation name of the request. */
  public String operation() {
    return operation;
  }

  /** The provider name. */
  public String provider() {
    return provider;
  }

  /** Parses the body as a JSON tree. */
  public JsonNode readTree() throws IOException {
    return mapper.readTree(body);
  }

  /**
   * A streaming parser over the body, made by the SDK's mapper (so {@code readValueAs} binds models), reading the
   * body in place rather than a copy of it. Close it when done.
   */
  public JsonParser parser() throws IOException {
    return mapper.createParser(body);
  }

  /** Parses the body as JSON into {@code type}. */
  public <T> T readJson(Class<T> type) throws IOException {
    return mapper.readValue(body, type);
  }

  /** Parses the body as JSON into {@code type}. */
  public <T> T readJson(TypeReference<T> type) throws IOException {
    return mapper.readValue(body, type);
  }

  /** The SDK's JSON mapper (for converting parts of a tree). */
  public ObjectMapper mapper() {
    return mapper;
  }

  /**
   * Builds the exception for an error envelope found in this response (for example a CALLR JSON-RPC error on HTTP
   * 200), with this response's status, headers, raw body, request id and the client's secrets scrubbed.
   */
  public ApiException toException(ApiError error) {
    return exceptionBuilder().error(error).build();
  }

  /** A builder pre-filled from this response, to choose another status class or add a retry-after. */
  public ApiException.Builder exceptionBuilder() {
    return ApiException.builder()
        .provider(provider)
        .operation(operation)
        .statusCode(statusCode)
        .headers(headers)
        .rawBody(bodyString())
        .requestId(requestId)
        .secrets(secrets.get());
  }

  @Override
  public String toString() {
    return "ApiResponse{" + provider + " " + operation + ", status=" + statusCode + ", attempt=" + attempt
        + ", requestId=" + requestId + ", bodyBytes=" + body.length + "}";
  }
}
