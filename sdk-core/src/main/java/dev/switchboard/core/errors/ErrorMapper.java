package dev.switchboard.core.errors;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Optional;
import okhttp3.Headers;

/**
 * Turns an error response into the right {@link ApiException}: status 400 → {@link BadRequestException}, 401 →
 * {@link AuthenticationException}, 403 → {@link PermissionDeniedException}, 404 → {@link NotFoundException}, 409 →
 * {@link ConflictException}, 422 → {@link UnprocessableEntityException}, 429 → {@link RateLimitException}, 5xx →
 * {@link InternalServerException}, any other non-2xx → {@link UnexpectedStatusException}, and a 2xx carrying an
 * error envelope → plain {@link ApiException}.
 */
public final class ErrorMapper {
  private ErrorMapper() {}

  /**
   * Maps a response: runs {@code parser} on the body (a failing parser counts as "not an envelope"), reads the
   * request id from {@code requestIdHeader} (may be {@code null}) and {@code Retry-After}, and scrubs
   * {@code secrets} from the message.
   */
  public static ApiException fromResponse(
      String provider, String operation, int statusCode, Headers headers, byte[] body, ErrorParser parser,
      String requestIdHeader, Collection<String> secrets, Clock clock) {
    ApiError error;
    try {
      error = parser.parse(statusCode, headers, body).orElse(null);
    } catch (RuntimeException e) {
      error = null;
    }
    return ApiException.builder()
        .provider(provider)
        .operation(operation)
        .statusCode(statusCode)
        .headers(headers)
        .rawBody(body == null ? "" : new String(body, StandardCharsets.UTF_8))
        .error(error)
        .requestId(requestIdHeader == null ? null : headers.get(requestIdHeader))
        .retryAfter(retryAfter(headers, clock).orElse(null))
        .secrets(secrets)
        .build();
  }

  /**
   * Builds the subclass matching {@code builder}'s status. Providers use this (or {@link ApiException.Builder#build()})
   * to raise an {@link ApiError} found at any status, for example a JSON-RPC error on HTTP 200.
   */
  public static ApiException create(ApiException.Builder builder) {
    int status = builder.build0Status();
    if (status >= 500 && status <= 599) {
      return new InternalServerException(builder);
    }
    switch (status) {
      case 400: return new BadRequestException(builder);
      case 401: return new AuthenticationException(builder);
      case 403: return new PermissionDeniedException(builder);
      case 404: return new NotFoundException(builder);
      case 409: return new ConflictException(builder);
      case 422: return new UnprocessableEntityException(builder);
      case 429: return new RateLimitException(builder);
      default:
        return status < 300 ? new ApiException(builder) : new UnexpectedStatusException(builder);
    }
  }

  /**
   * The server-requested wait: {@code Retry-After-Ms} (milliseconds), else {@code Retry-After} as delta seconds or an
   * HTTP date (relative to {@code clock}; a past date means zero). Empty if absent or unparseable.
   */
  public static Optional<Duration> retryAfter(Headers headers, Clock clock) {
    String ms = headers.get("Retry-After-Ms");
    if (ms != null) {
      try {
        double value = Double.parseDouble(ms.trim());
        if (value >= 0 && !Double.isInfinite(value)) {
          return Optional.of(Duration.ofNanos((long) (value * 1_000_000)));
        }
      } catch (NumberFormatException ignored) {
        // fall through to Retry-After
      }
    }
    String value = headers.get("Retry-After");
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    value = value.trim();
    try {
      long seconds = Long.parseLong(value);
      return seconds < 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(seconds));
    } catch (NumberFormatException ignored) {
      // maybe an HTTP date
    }
    try {
      Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration d = Duration.between(clock.instant(), at);
      return Optional.of(d.isNegative() ? Duration.ZERO : d);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
