package dev.switchboard.core.errors;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Optional;
import java.util.regex.Pattern;
import okhttp3.Headers;

/**
 * Turns an error response into the right {@link ApiException}: status 400 → {@link BadRequestException}, 401 →
 * {@link AuthenticationException}, 403 → {@link PermissionDeniedException}, 404 → {@link NotFoundException}, 409 →
 * {@link ConflictException}, 422 → {@link UnprocessableEntityException}, 429 → {@link RateLimitException}, 5xx →
 * {@link InternalServerException}, 3xx → {@link RedirectException} (the SDK follows no redirect), any other non-2xx →
 * {@link UnexpectedStatusException}, and a 1xx/2xx carrying an error envelope → plain {@link ApiException}.
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
        if (status >= 300 && status <= 399) {
          return new RedirectException(builder);
        }
        return status < 300 ? new ApiException(builder) : new UnexpectedStatusException(builder);
    }
  }

  /** The longest wait {@link #retryAfter} returns: a larger value is clamped here (about 292 years). */
  public static final Duration MAX_RETRY_AFTER_VALUE = Duration.ofNanos(Long.MAX_VALUE);

  /** A non-negative decimal number, optionally with a small exponent ({@code 1.5}, {@code 1e300}). */
  private static final Pattern NUMBER = Pattern.compile("\\d{1,400}(\\.\\d{1,400})?([eE][+-]?\\d{1,3})?");
  private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  /**
   * The server-requested wait: {@code Retry-After-Ms} (milliseconds), else {@code Retry-After} as delta seconds or an
   * HTTP date (relative to {@code clock}; a past date means zero). Empty if absent or unparseable (a negative number,
   * {@code NaN}, garbage, an impossible date): the caller then falls back to its backoff. Numbers may be decimal or
   * use an exponent; any value of any size is accepted and clamped to {@link #MAX_RETRY_AFTER_VALUE}, so a 20-digit
   * value or {@code 1e300} reads as "longer than any cap". Never throws.
   */
  public static Optional<Duration> retryAfter(Headers headers, Clock clock) {
    Optional<Duration> ms = number(headers.get("Retry-After-Ms"), 1_000_000L);
    if (ms.isPresent()) {
      return ms;
    }
    String value = headers.get("Retry-After");
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    Optional<Duration> seconds = number(value, 1_000_000_000L);
    return seconds.isPresent() ? seconds : httpDate(value.trim(), clock);
  }

  private static Optional<Duration> number(String text, long nanosPerUnit) {
    if (text == null) {
      return Optional.empty();
    }
    String value = text.trim();
    if (value.length() > 810 || !NUMBER.matcher(value).matches()) {
      return Optional.empty();
    }
    try {
      BigDecimal nanos = new BigDecimal(value).multiply(BigDecimal.valueOf(nanosPerUnit));
      if (nanos.compareTo(LONG_MAX) >= 0) {
        return Optional.of(MAX_RETRY_AFTER_VALUE);
      }
      return Optional.of(Duration.ofNanos(nanos.longValue()));
    } catch (ArithmeticException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Optional<Duration> httpDate(String value, Clock clock) {
    try {
      Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration d = Duration.between(clock.instant(), at);
      if (d.isNegative()) {
        return Optional.of(Duration.ZERO);
      }
      return Optional.of(d.compareTo(MAX_RETRY_AFTER_VALUE) > 0 ? MAX_RETRY_AFTER_VALUE : d);
    } catch (DateTimeException | ArithmeticException e) {
      return Optional.empty();
    }
  }
}
