package dev.switchboard.callr;

import dev.switchboard.core.errors.ApiError;
import dev.switchboard.core.errors.ApiException;
import dev.switchboard.core.errors.AuthenticationException;
import dev.switchboard.core.errors.BadRequestException;
import dev.switchboard.core.errors.InternalServerException;
import dev.switchboard.core.errors.NotFoundException;
import dev.switchboard.core.errors.PermissionDeniedException;
import dev.switchboard.core.errors.RateLimitException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one place where a CALLR JSON-RPC error code gets its meaning: a code whose meaning is clear raises the same
 * typed {@link ApiException} subclass as the matching HTTP status would, whatever HTTP status carried it (CALLR
 * answers most errors with HTTP 200). The exception keeps the JSON-RPC {@code code} ({@code errorCode()}),
 * {@code message} ({@code errorMessage()}), {@code data} ({@code errorData()}) and the real HTTP status
 * ({@code statusCode()}). A code not listed keeps the type of its HTTP status (a plain {@link ApiException} on a
 * 2xx).
 *
 * <table>
 *   <caption>JSON-RPC code → exception</caption>
 *   <tr><th>code</th><th>message</th><th>exception</th><th>source</th></tr>
 *   <tr><td>-32700</td><td>Parse error</td><td>{@link BadRequestException}</td><td>documented (JSON-RPC 2.0)</td></tr>
 *   <tr><td>-32600</td><td>Invalid Request</td><td>{@link BadRequestException}</td><td>documented (JSON-RPC 2.0)</td></tr>
 *   <tr><td>-32601</td><td>Method not found</td><td>{@link NotFoundException}</td><td>documented (JSON-RPC 2.0)</td></tr>
 *   <tr><td>-32602</td><td>Invalid params</td><td>{@link BadRequestException}</td><td>documented (JSON-RPC 2.0)</td></tr>
 *   <tr><td>-32603</td><td>Internal error</td><td>{@link InternalServerException}</td><td>documented (JSON-RPC 2.0)</td></tr>
 *   <tr><td>1</td><td>AUTHENTICATION_REQUIRED</td><td>{@link AuthenticationException}</td><td>inferred</td></tr>
 *   <tr><td>2</td><td>SESSION_EXPIRED</td><td>{@link AuthenticationException}</td><td>inferred</td></tr>
 *   <tr><td>3</td><td>INVALID_LOGIN_AS</td><td>{@link BadRequestException}</td><td>inferred</td></tr>
 *   <tr><td>20</td><td>NOT_FOUND</td><td>{@link NotFoundException}</td><td>inferred</td></tr>
 *   <tr><td>21</td><td>INVALID_VALUE</td><td>{@link BadRequestException}</td><td>inferred</td></tr>
 *   <tr><td>33</td><td>SESSION_NOT_REFRESHABLE</td><td>{@link AuthenticationException}</td><td>inferred</td></tr>
 * </table>
 *
 * <p><b>Documented vs inferred.</b> CALLR publishes no list of its error codes (API-FACTS: "No list of CALLR error
 * codes was found"). The five negative codes are the JSON-RPC 2.0 specification's, which CALLR's endpoint follows.
 * The positive codes are inferred: they are the ones the SDK's sandbox answers with (docs/CALLR-METHODS.md, "our
 * choice"), unverified against CALLR. Because the real numbers may differ, an unlisted code is also recognised by
 * its message when that is one of these names (inferred as well): {@code NOT_FOUND}, {@code *_NOT_FOUND} →
 * {@link NotFoundException}; {@code AUTHENTICATION_REQUIRED}, {@code AUTHENTICATION_FAILED}, {@code UNAUTHORIZED},
 * {@code SESSION_EXPIRED}, {@code INVALID_CREDENTIALS} → {@link AuthenticationException}; {@code PERMISSION_DENIED},
 * {@code FORBIDDEN}, {@code ACCESS_DENIED}, {@code NOT_ALLOWED} → {@link PermissionDeniedException};
 * {@code RATE_LIMIT}, {@code RATE_LIMITED}, {@code RATE_LIMIT_EXCEEDED}, {@code TOO_MANY_REQUESTS} →
 * {@link RateLimitException}; {@code INVALID_PARAMS}, {@code INVALID_VALUE}, {@code INVALID_ARGUMENT} →
 * {@link BadRequestException}. Codes with a business meaning and no HTTP counterpart ({@code 22}
 * INSUFFICIENT_CREDIT, {@code 30} DID_QUOTA_EXCEEDED, {@code 31} RESERVATION_EXPIRED, {@code 32}
 * NOT_ENOUGH_AVAILABLE, {@code 4} METHOD_NOT_ALLOWED) stay as their status maps them.
 *
 * <p>The type does not change retries: the transport decides those from the HTTP status, so a JSON-RPC rate-limit
 * error carried by HTTP 200 raises {@link RateLimitException} (without {@code retryAfter()}) and is not retried.
 */
public final class CallrErrorCodes {
  /** JSON-RPC 2.0: invalid JSON was received (documented by the JSON-RPC 2.0 specification). */
  public static final int PARSE_ERROR = -32700;
  /** JSON-RPC 2.0: the JSON sent is not a valid request object (documented). */
  public static final int INVALID_REQUEST = -32600;
  /** JSON-RPC 2.0: the method does not exist (documented). */
  public static final int METHOD_NOT_FOUND = -32601;
  /** JSON-RPC 2.0: invalid method parameters (documented). */
  public static final int INVALID_PARAMS = -32602;
  /** JSON-RPC 2.0: internal JSON-RPC error (documented). */
  public static final int INTERNAL_ERROR = -32603;
  /** Missing or bad credentials (inferred, unverified against CALLR). */
  public static final int AUTHENTICATION_REQUIRED = 1;
  /** The session token expired or was replaced (inferred). */
  public static final int SESSION_EXPIRED = 2;
  /** Malformed {@code CALLR-Login-As} header (inferred). */
  public static final int INVALID_LOGIN_AS = 3;
  /** The object does not exist (inferred). */
  public static final int NOT_FOUND = 20;
  /** A parameter failed validation (inferred). */
  public static final int INVALID_VALUE = 21;
  /** {@code session.refresh} with an unusable refresh token (inferred). */
  public static final int SESSION_NOT_REFRESHABLE = 33;

  private static final Function<ApiException.Builder, ApiException> BAD_REQUEST = BadRequestException::new;
  private static final Function<ApiException.Builder, ApiException> AUTHENTICATION = AuthenticationException::new;
  private static final Function<ApiException.Builder, ApiException> PERMISSION = PermissionDeniedException::new;
  private static final Function<ApiException.Builder, ApiException> NOT_FOUND_TYPE = NotFoundException::new;
  private static final Function<ApiException.Builder, ApiException> RATE_LIMIT = RateLimitException::new;
  private static final Function<ApiException.Builder, ApiException> INTERNAL = InternalServerException::new;

  private static final Map<Integer, Function<ApiException.Builder, ApiException>> BY_CODE = Map.ofEntries(
      Map.entry(PARSE_ERROR, BAD_REQUEST),
      Map.entry(INVALID_REQUEST, BAD_REQUEST),
      Map.entry(METHOD_NOT_FOUND, NOT_FOUND_TYPE),
      Map.entry(INVALID_PARAMS, BAD_REQUEST),
      Map.entry(INTERNAL_ERROR, INTERNAL),
      Map.entry(AUTHENTICATION_REQUIRED, AUTHENTICATION),
      Map.entry(SESSION_EXPIRED, AUTHENTICATION),
      Map.entry(INVALID_LOGIN_AS, BAD_REQUEST),
      Map.entry(NOT_FOUND, NOT_FOUND_TYPE),
      Map.entry(INVALID_VALUE, BAD_REQUEST),
      Map.entry(SESSION_NOT_REFRESHABLE, AUTHENTICATION));

  private static final Map<String, Function<ApiException.Builder, ApiException>> BY_MESSAGE = Map.ofEntries(
      Map.entry("NOT_FOUND", NOT_FOUND_TYPE),
      Map.entry("AUTHENTICATION_REQUIRED", AUTHENTICATION),
      Map.entry("AUTHENTICATION_FAILED", AUTHENTICATION),
      Map.entry("UNAUTHORIZED", AUTHENTICATION),
      Map.entry("SESSION_EXPIRED", AUTHENTICATION),
      Map.entry("INVALID_CREDENTIALS", AUTHENTICATION),
      Map.entry("PERMISSION_DENIED", PERMISSION),
      Map.entry("FORBIDDEN", PERMISSION),
      Map.entry("ACCESS_DENIED", PERMISSION),
      Map.entry("NOT_ALLOWED", PERMISSION),
      Map.entry("RATE_LIMIT", RATE_LIMIT),
      Map.entry("RATE_LIMITED", RATE_LIMIT),
      Map.entry("RATE_LIMIT_EXCEEDED", RATE_LIMIT),
      Map.entry("TOO_MANY_REQUESTS", RATE_LIMIT),
      Map.entry("INVALID_PARAMS", BAD_REQUEST),
      Map.entry("INVALID_VALUE", BAD_REQUEST),
      Map.entry("INVALID_ARGUMENT", BAD_REQUEST));

  private CallrErrorCodes() {}

  /**
   * The exception type a JSON-RPC error means, if its code (or, for an unlisted code, its message) is one of those
   * in the class description; empty when the HTTP status decides.
   */
  public static Optional<Class<? extends ApiException>> typeOf(ApiError error) {
    return factory(error).map(f -> f.apply(probe()).getClass());
  }

  /**
   * Builds the exception for {@code error}, carried by a response described by {@code builder} (provider,
   * operation, HTTP status, headers, raw body, secrets): the subclass of {@link #typeOf(ApiError)}, else the one of
   * the builder's HTTP status ({@link ApiException.Builder#build()}).
   */
  public static ApiException toException(ApiException.Builder builder, ApiError error) {
    builder.error(error);
    Optional<Function<ApiException.Builder, ApiException>> f = factory(error);
    return f.isPresent() ? f.get().apply(builder) : builder.build();
  }

  private static Optional<Function<ApiException.Builder, ApiException>> factory(ApiError error) {
    if (error == null) {
      return Optional.empty();
    }
    Optional<Integer> code = error.code().flatMap(CallrErrorCodes::integer);
    if (code.isPresent() && BY_CODE.containsKey(code.get())) {
      return Optional.of(BY_CODE.get(code.get()));
    }
    return error.message().flatMap(CallrErrorCodes::byMessage);
  }

  private static Optional<Function<ApiException.Builder, ApiException>> byMessage(String message) {
    String name = message.trim().toUpperCase(Locale.ROOT);
    Function<ApiException.Builder, ApiException> f = BY_MESSAGE.get(name);
    if (f == null && name.endsWith("_NOT_FOUND") && name.matches("[A-Z0-9_]+")) {
      f = NOT_FOUND_TYPE;
    }
    return Optional.ofNullable(f);
  }

  private static Optional<Integer> integer(String code) {
    try {
      return Optional.of(Integer.parseInt(code.trim()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static ApiException.Builder probe() {
    return ApiException.builder().statusCode(200);
  }
}
