package dev.switchboard.core.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.core.ClientOptions;
import dev.switchboard.core.RequestOptions;
import dev.switchboard.core.Sleeper;
import dev.switchboard.core.errors.SwitchboardException;
import dev.switchboard.models.SwitchboardJson;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends {@link ApiRequest}s for one API client: authentication, User-Agent, timeouts, retries with backoff,
 * error mapping, logging with redaction. One per client; thread-safe; {@link #close()} releases what the SDK created
 * (never a user-supplied {@link OkHttpClient}).
 *
 * <p>{@link #execute} blocks the caller; {@link #executeAsync} uses OkHttp's {@code enqueue} and schedules retry
 * waits with the {@link Sleeper}, so no thread blocks; cancelling its future cancels the HTTP call or pending retry.
 *
 * <p>The {@link RetryPolicy} is the only thing that repeats a request: the OkHttpClient is derived (also from a
 * user-supplied one) with redirects, {@code retryOnConnectionFailure} and OkHttp's 408/503 follow-ups off (see
 * {@link SdkOkHttpClient}), so a call under a persistent fault reaches the server exactly {@code 1 + maxRetries}
 * times. A 3xx is raised as {@link dev.switchboard.core.errors.RedirectException}. A read timeout and OkHttp's call
 * timeout ({@code callTimeout}, {@code InterruptedIOException: timeout}) are both ambiguous failures: retried for
 * idempotent operations and calls with an idempotency key, never otherwise.
 *
 * <p>Nothing but a {@link SwitchboardException} leaves a call, sync or async: odd status lines and codes, broken
 * framing, a body over {@link ClientOptions#maxResponseBytes()}, an exception of the {@link ResponseHandler} all
 * become an {@link dev.switchboard.core.errors.InvalidResponseException}.
 *
 * <p>An SDK-owned client runs up to {@link ClientOptions#maxConcurrentRequests()} calls at once on at most that many
 * daemon threads, reclaimed when idle; a user-supplied client keeps its own dispatcher.
 *
 * <p>While open, a transport keeps a {@link TimeoutPacer} in Okio's timeout queue so that the call and socket
 * timeouts of each call do not wake Okio's watchdog thread every time; {@link #close()} removes it.
 *
 * <p>Logging goes to SLF4J logger {@code dev.switchboard.http}: one DEBUG line per attempt, headers and bodies at
 * TRACE, always redacted by {@link Redactor}; nothing is formatted when those levels are off.
 */
public final class HttpTransport implements AutoCloseable {
  static final Logger LOG = LoggerFactory.getLogger("dev.switchboard.http");

  private final ClientOptions options;
  private final ProviderProfile profile;
  private final HttpUrl baseUrl;
  private final OkHttpClient client;
  private final boolean ownsClient;
  private final Sleeper sleeper;
  private final ScheduledSleeper ownSleeper;
  private final RetryPolicy retryPolicy;
  private final Redactor redactor;
  private final ObjectMapper mapper;
  private final String userAgent;
  private final Headers constantHeaders;
  private final Set<String> secrets;
  private final String requestIdHeader;
  private final TimeoutPacer timeoutPacer;
  private final AtomicBoolean closed = new AtomicBoolean();

  /**
   * Creates the transport. The base URL is {@code options.baseUrl()}, else the profile's default (one of them is
   * required).
   */
  public HttpTransport(ClientOptions options, ProviderProfile profile) {
    this.options = Objects.requireNonNull(options, "options");
    this.profile = Objects.requireNonNull(profile, "profile");
    this.baseUrl = options.baseUrl().or(profile::defaultBaseUrl).orElseThrow(
        () -> new IllegalArgumentException("baseUrl must be set (no default for provider " + profile.name() + ")"));
    this.client = SdkOkHttpClient.create(options, profile.name());
    this.ownsClient = options.okHttpClient().isEmpty();
    this.ownSleeper = options.sleeper().isPresent() ? null : new ScheduledSleeper();
    this.sleeper = options.sleeper().orElse(ownSleeper);
    this.retryPolicy = new RetryPolicy(options.initialRetryDelay(), options.maxRetryDelay());
    this.secrets = Set.copyOf(options.credentials().secrets());
    this.redactor = new Redactor(secrets, profile.redactedKeys());
    this.mapper = SwitchboardJson.mapper();
    this.userAgent = UserAgent.value(options.userAgentSuffix().orElse(null));
    this.constantHeaders = Headers.of("User-Agent", userAgent, "Accept", "application/json");
    this.requestIdHeader = profile.requestIdHeader().orElse(null);
    this.timeoutPacer = TimeoutPacer.start();
  }

  /** The options this transport was built from. */
  public ClientOptions options() {
    return options;
  }

  /** The provider profile. */
  public ProviderProfile profile() {
    return profile;
  }

  /** The effective base URL. */
  public HttpUrl baseUrl() {
    return baseUrl;
  }

  /** The SDK's JSON mapper (shared, do not reconfigure). */
  public ObjectMapper mapper() {
    return mapper;
  }

  /** The redactor used for logs (with this client's secrets). */
  public Redactor redactor() {
    return redactor;
  }

  /** The User-Agent header value sent. */
  public String userAgent() {
    return userAgent;
  }

  boolean isClosed() {
    return closed.get();
  }

  RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /** User-Agent and Accept, the same on every request. */
  Headers constantHeaders() {
    return constantHeaders;
  }

  /** The credentials' secrets, computed once. */
  Set<String> secrets() {
    return secrets;
  }

  /** The provider's request-id header, or {@code null}. */
  String requestIdHeader() {
    return requestIdHeader;
  }

  /**
   * Closes a response whose outcome is already decided. OkHttp discards the rest of the body on close, and a hostile
   * body can make that throw (an IOException, or an okio IllegalArgumentException for an overflowing chunk size):
   * the outcome stands, the connection is not reused, and nothing escapes.
   */
  private static void closeQuietly(Response response) {
    if (response == null) {
      return;
    }
    try {
      response.close();
    } catch (RuntimeException e) {
      LOG.debug("closing a response failed: {}", e.getClass().getName());
    }
  }

  /** Runs {@code request} with retries and returns {@code handler}'s result; throws our typed exceptions. */
  public <T> T execute(ApiRequest request, ResponseHandler<T> handler) {
    Objects.requireNonNull(handler, "handler");
    Exchange<T> exchange = new Exchange<>(this, request, handler);
    while (true) {
      Call call = exchange.nextCall();
      long start = System.nanoTime();
      Outcome<T> outcome;
      Response response = null;
      try {
        response = call.execute();
        outcome = exchange.onResponse(call, response, start);
      } catch (IOException e) {
        outcome = exchange.onFailure(call, e, start);
      } finally {
        closeQuietly(response);
      }
      if (outcome.failure == null) {
        return outcome.result;
      }
      if (outcome.retryDelay == null) {
        throw outcome.failure;
      }
      try {
        sleeper.sleep(outcome.retryDelay);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        SwitchboardException interrupted = new SwitchboardException(
            profile.name() + " " + request.operation() + ": interrupted while waiting to retry", e);
        interrupted.addSuppressed(outcome.failure);
        throw interrupted;
      }
    }
  }

  /**
   * Runs {@code request} without blocking. The future completes with {@code handler}'s result or one of our typed
   * exceptions; cancelling it cancels the in-flight call or pending retry. Dependent stages run on OkHttp's
   * dispatcher thread unless you use the {@code ...Async} variants.
   */
  public <T> CompletableFuture<T> executeAsync(ApiRequest request, ResponseHandler<T> handler) {
    Objects.requireNonNull(handler, "handler");
    CompletableFuture<T> result = new CompletableFuture<>();
    Exchange<T> exchange;
    try {
      exchange = new Exchange<>(this, request, handler);
    } catch (RuntimeException e) {
      result.completeExceptionally(e);
      return result;
    }
    AtomicReference<Object> inFlight = new AtomicReference<>();
    result.whenComplete((v, t) -> {
      if (result.isCancelled()) {
        cancel(inFlight.get());
      }
    });
    startAsync(exchange, result, inFlight);
    return result;
  }

  private <T> void startAsync(Exchange<T> exchange, CompletableFuture<T> result, AtomicReference<Object> inFlight) {
    if (result.isDone()) {
      return;
    }
    Call call;
    try {
      call = exchange.nextCall();
    } catch (RuntimeException e) {
      result.completeExceptionally(e);
      return;
    }
    inFlight.set(call);
    if (result.isCancelled()) {
      call.cancel();
      return;
    }
    long start = System.nanoTime();
    call.enqueue(new Callback() {
      // Neither callback may throw: OkHttp would rethrow on its dispatcher thread and the future would never
      // complete. Whatever fails completes the future with an SDK exception.
      @Override
      public void onResponse(Call c, Response response) {
        try {
          Outcome<T> outcome;
          try {
            outcome = exchange.onResponse(c, response, start);
          } finally {
            closeQuietly(response);
          }
          continueAsync(exchange, outcome, result, inFlight);
        } catch (Throwable t) {
          result.completeExceptionally(unexpected(exchange, t));
        }
      }

      @Override
      public void onFailure(Call c, IOException e) {
        try {
          continueAsync(exchange, exchange.onFailure(c, e, start), result, inFlight);
        } catch (Throwable t) {
          result.completeExceptionally(unexpected(exchange, t));
        }
      }
    });
  }

  private SwitchboardException unexpected(Exchange<?> exchange, Throwable t) {
    if (t instanceof SwitchboardException) {
      return (SwitchboardException) t;
    }
    return new SwitchboardException(exchange.redactor().scrub(exchange.prefix() + ": unexpected failure: " + t), t);
  }

  private <T> void continueAsync(
      Exchange<T> exchange, Outcome<T> outcome, CompletableFuture<T> result, AtomicReference<Object> inFlight) {
    if (outcome.failure == null) {
      result.complete(outcome.result);
      return;
    }
    if (outcome.retryDelay == null) {
      result.completeExceptionally(outcome.failure);
      return;
    }
    CompletableFuture<Void> wait;
    try {
      wait = sleeper.delay(outcome.retryDelay);
    } catch (RuntimeException e) {
      outcome.failure.addSuppressed(e);
      result.completeExceptionally(outcome.failure);
      return;
    }
    inFlight.set(wait);
    if (result.isCancelled()) {
      wait.cancel(false);
      return;
    }
    wait.whenComplete((v, t) -> {
      if (t != null) {
        if (!result.isDone()) {
          outcome.failure.addSuppressed(t);
          result.completeExceptionally(outcome.failure);
        }
      } else {
        startAsync(exchange, result, inFlight);
      }
    });
  }

  private static void cancel(Object inFlight) {
    if (inFlight instanceof Call) {
      ((Call) inFlight).cancel();
    } else if (inFlight instanceof Future) {
      ((Future<?>) inFlight).cancel(false);
    }
  }

  /** The client used for a call with {@code requestOptions}: derived with {@code newBuilder()} when overriding. */
  OkHttpClient clientFor(RequestOptions requestOptions) {
    Optional<Duration> timeout = requestOptions.timeout();
    if (timeout.isEmpty()) {
      return client;
    }
    return client.newBuilder().callTimeout(timeout.get()).readTimeout(timeout.get()).build();
  }

  /**
   * Releases what the SDK created: the dispatcher's threads and pooled connections of an SDK-owned OkHttpClient, and
   * the retry scheduler. A user-supplied OkHttpClient is left untouched. Idempotent; in-flight sync calls finish.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    if (ownsClient) {
      client.dispatcher().executorService().shutdown();
      client.connectionPool().evictAll();
      if (client.cache() != null) {
        try {
          client.cache().close();
        } catch (IOException ignored) {
          // nothing to release
        }
      }
    }
    if (ownSleeper != null) {
      ownSleeper.close();
    }
    timeoutPacer.close();
  }

  /** The pacer that keeps Okio's timeout watchdog from being woken on every call (see {@link TimeoutPacer}). */
  TimeoutPacer timeoutPacer() {
    return timeoutPacer;
  }

  @Override
  public String toString() {
    return "HttpTransport{" + profile.name() + " " + baseUrl + "}";
  }
}
