package dev.switchboard.core.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.switchboard.core.RequestOptions;
import dev.switchboard.core.errors.ApiException;
import dev.switchboard.core.errors.ApiTimeoutException;
import dev.switchboard.core.errors.ConnectionException;
import dev.switchboard.core.errors.ErrorMapper;
import dev.switchboard.core.errors.InvalidResponseException;
import dev.switchboard.core.errors.SwitchboardException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ProtocolException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;

/**
 * State of one logical call across its attempts: the request template (built once), the client, whether the call
 * is safe to repeat, and the attempt count. Turns each attempt's response or failure into an {@link Outcome}: a
 * value, or an SDK exception with the retry delay the {@link RetryPolicy} allows.
 *
 * <p>Every failure becomes a {@link SwitchboardException}: a status outside 100..599, a body that breaks its framing
 * or passes {@code maxResponseBytes}, and any exception of the {@link ResponseHandler} or of the error mapping become
 * an {@link InvalidResponseException} keeping the status. A body that fails while being read is retried only when the
 * call is safe (the request reached the server); a body over the cap never.
 */
final class Exchange<T> {
  private static final Logger LOG = HttpTransport.LOG;

  private final HttpTransport transport;
  private final ApiRequest request;
  private final ResponseHandler<T> handler;
  private final OkHttpClient callClient;
  private final Request template;
  private final boolean safe;
  private final int maxRetries;
  private final byte[] bodyBytes;
  /** Made on first use: most calls succeed without logging, and never need it. */
  private volatile Redactor redactor;
  private int attempt;

  Exchange(HttpTransport transport, ApiRequest request, ResponseHandler<T> handler) {
    if (transport.isClosed()) {
      throw new IllegalStateException("transport is closed");
    }
    this.transport = transport;
    this.request = java.util.Objects.requireNonNull(request, "request");
    this.handler = handler;
    RequestOptions ro = request.options();
    this.callClient = transport.clientFor(ro);
    this.safe = request.idempotent() || ro.idempotencyKey().isPresent();
    this.maxRetries = ro.maxRetries().orElse(transport.options().maxRetries());
    this.bodyBytes = serializeBody();
    this.template = buildTemplate(ro);
  }

  /**
   * This call's redactor: the client's, plus the secrets its request body carries (a refresh token, a lead token),
   * scrubbed like credentials if a server echoes them. Made on first use.
   */
  Redactor redactor() {
    Redactor r = redactor;
    if (r == null) {
      r = transport.redactor().withSecretsOf(bodyBytes, request.operation());
      redactor = r;
    }
    return r;
  }

  private byte[] serializeBody() {
    if (request.jsonBody().isPresent()) {
      try {
        return transport.mapper().writeValueAsBytes(request.jsonBody().get());
      } catch (JsonProcessingException e) {
        throw new SwitchboardException(transport.profile().name() + " " + request.operation()
            + ": cannot serialize request body: " + e.getOriginalMessage(), e);
      }
    }
    return request.body().orElse(null);
  }

  private Request buildTemplate(RequestOptions ro) {
    HttpUrl.Builder url = transport.baseUrl().newBuilder();
    for (String segment : request.pathSegments()) {
      url.addPathSegment(segment);
    }
    request.queryParameters().forEach((k, vs) -> vs.forEach(v -> url.addQueryParameter(k, v)));
    ro.queryParameters().forEach((k, vs) -> vs.forEach(v -> url.addQueryParameter(k, v)));
    Request.Builder b = new Request.Builder().url(url.build()).headers(transport.constantHeaders());
    Headers headers = request.headers();
    for (int i = 0; i < headers.size(); i++) {
      b.header(headers.name(i), headers.value(i));
    }
    for (String name : ro.headers().names()) {
      b.removeHeader(name);
      for (String value : ro.headers().values(name)) {
        b.addHeader(name, value);
      }
    }
    ro.idempotencyKey().ifPresent(key -> b.header("Idempotency-Key", key));
    b.method(request.method(), BytesBody.of(request.method(), bodyBytes, request.mediaType().orElse(null), safe));
    return b.build();
  }

  Call nextCall() {
    attempt++;
    Request authenticated = transport.options().credentials().authenticate(template);
    if (LOG.isTraceEnabled()) {
      LOG.trace("{} {} attempt {} request {} {}\n{}\n{}", transport.profile().name(), request.operation(), attempt,
          authenticated.method(), redactor().url(authenticated.url()), redactor().headers(authenticated.headers()),
          redactor().body(bodyBytes, request.mediaType().orElse(null)));
    }
    return callClient.newCall(authenticated);
  }

  Outcome<T> onResponse(Call call, Response response, long startNanos) {
    int status = response.code();
    Headers headers = SdkOkHttpClient.restoreHeaders(response.headers());
    byte[] bytes;
    try {
      bytes = BoundedBodyReader.read(response.body(), transport.options().maxResponseBytes());
    } catch (BoundedBodyReader.TooLargeException e) {
      return unreadable(call, status, "", e, false, startNanos);
    } catch (IOException e) {
      if (isTimeout(e) || call.isCanceled()) {
        return onFailure(call, e, startNanos);
      }
      return unreadable(call, status, "", e, safe, startNanos);
    }
    String requestIdHeader = transport.requestIdHeader();
    String requestId = requestIdHeader == null ? null : headers.get(requestIdHeader);
    if (LOG.isTraceEnabled()) {
      MediaType type = response.body() == null ? null : response.body().contentType();
      LOG.trace("{} {} attempt {} response {}\n{}\n{}", transport.profile().name(), request.operation(), attempt,
          status, redactor().headers(headers), redactor().body(bytes, type));
    }
    if (status < 100 || status > 599) {
      return unreadable(call, status, new String(bytes, StandardCharsets.UTF_8),
          new ProtocolException("status code outside 100..599: " + status), safe, startNanos);
    }
    if (status >= 200 && status < 300) {
      logAttempt(call, String.valueOf(status), startNanos, requestId, null);
      ApiResponse apiResponse = new ApiResponse(transport.profile().name(), request.operation(), status, headers,
          bytes, requestId, attempt, transport.mapper(), () -> redactor().secrets());
      try {
        return Outcome.success(handler.handle(apiResponse));
      } catch (SwitchboardException e) {
        return Outcome.fail(e, null);
      } catch (IOException | RuntimeException | StackOverflowError e) {
        return Outcome.fail(invalid(status, new String(bytes, StandardCharsets.UTF_8), e), null);
      }
    }
    return onErrorStatus(call, status, headers, bytes, requestId, startNanos);
  }

  private Outcome<T> onErrorStatus(Call call, int status, Headers headers, byte[] bytes, String requestId,
      long startNanos) {
    ApiException error;
    try {
      error = ErrorMapper.fromResponse(transport.profile().name(), request.operation(), status, headers, bytes,
          transport.profile().errorParser(), transport.requestIdHeader(), redactor().secrets(),
          transport.options().clock());
    } catch (RuntimeException | StackOverflowError e) {
      return Outcome.fail(invalid(status, new String(bytes, StandardCharsets.UTF_8), e), null);
    }
    Duration delay = null;
    if (attempt <= maxRetries && RetryPolicy.isRetryableStatus(status, safe)) {
      Optional<Duration> retryAfter = ErrorMapper.retryAfter(headers, transport.options().clock());
      if (retryAfter.isEmpty()) {
        delay = transport.retryPolicy().backoff(attempt);
      } else if (retryAfter.get().compareTo(transport.options().maxRetryAfter()) <= 0) {
        delay = retryAfter.get();
      } // else: the server asks for more than we are willing to wait: fail now
    }
    logAttempt(call, String.valueOf(status), startNanos, error.requestId().orElse(requestId), delay);
    return Outcome.fail(error, delay);
  }

  private Outcome<T> unreadable(Call call, int status, String rawBody, IOException e, boolean retryable,
      long startNanos) {
    Duration delay = retryable && attempt <= maxRetries ? transport.retryPolicy().backoff(attempt) : null;
    logAttempt(call, status + " " + e.getClass().getSimpleName(), startNanos, null, delay);
    return Outcome.fail(invalid(status, rawBody, e), delay);
  }

  private InvalidResponseException invalid(int status, String rawBody, Throwable e) {
    return new InvalidResponseException(redactor().scrub(prefix() + ": HTTP " + status
        + ": cannot read response: " + e.getClass().getSimpleName() + ": " + e.getMessage()), status, rawBody, e);
  }

  Outcome<T> onFailure(Call call, IOException e, long startNanos) {
    boolean timeout = isTimeout(e);
    // OkHttp's call timeout cancels the call: a timeout is not the caller's cancellation
    boolean canceled = !timeout && call.isCanceled();
    String message = redactor().scrub(prefix() + ": "
        + (canceled ? "canceled" : timeout ? "timed out" : "failed")
        + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
    SwitchboardException failure;
    if (timeout) {
      failure = new ApiTimeoutException(message, e);
    } else if (e instanceof SdkOkHttpClient.UnreadableResponseException || isBadStatusLine(e)) {
      failure = new InvalidResponseException(message, 0, "", e);
    } else {
      failure = new ConnectionException(message, e);
    }
    Duration delay = null;
    if (!canceled && attempt <= maxRetries && RetryPolicy.isRetryableFailure(e, safe)) {
      delay = transport.retryPolicy().backoff(attempt);
    }
    logAttempt(call, e.getClass().getSimpleName(), startNanos, null, delay);
    return Outcome.fail(failure, delay);
  }

  /**
   * A read timeout, or OkHttp's call timeout ({@code InterruptedIOException("timeout")}); both are retried like any
   * ambiguous failure, so only for safe calls.
   */
  private static boolean isTimeout(IOException e) {
    return e instanceof SocketTimeoutException
        || (e instanceof InterruptedIOException && "timeout".equals(e.getMessage()));
  }

  private static boolean isBadStatusLine(IOException e) {
    return e instanceof ProtocolException && e.getMessage() != null
        && e.getMessage().startsWith("Unexpected status line");
  }

  /** The provider, operation, method and path for messages (built only when one is needed). */
  String prefix() {
    return transport.profile().name() + " " + request.operation() + " " + request.method() + " "
        + template.url().encodedPath();
  }

  private void logAttempt(Call call, String result, long startNanos, String requestId, Duration retryIn) {
    if (!LOG.isDebugEnabled()) {
      return;
    }
    LOG.debug("{} {} {} {} -> {} in {} ms (attempt {}/{}{}){}", transport.profile().name(), request.operation(),
        request.method(), redactor().url(call.request().url()), result,
        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos), attempt, maxRetries + 1,
        requestId == null ? "" : ", request-id " + redactor().scrub(requestId),
        retryIn == null ? "" : ", retrying in " + retryIn.toMillis() + " ms");
  }
}
