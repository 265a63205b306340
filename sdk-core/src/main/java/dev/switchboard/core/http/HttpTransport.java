package dev.switchboard.core.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.core.ClientOptions;
import dev.switchboard.core.Credentials;
import dev.switchboard.core.RequestOptions;
import dev.switchboard.core.Sleeper;
import dev.switchboard.core.errors.ApiException;
import dev.switchboard.core.errors.ApiTimeoutException;
import dev.switchboard.core.errors.ConnectionException;
import dev.switchboard.core.errors.ErrorMapper;
import dev.switchboard.core.errors.InvalidResponseException;
import dev.switchboard.core.errors.SwitchboardException;
import dev.switchboard.models.SwitchboardJson;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSink;
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
 * <p>Logging goes to SLF4J logger {@code dev.switchboard.http}: one DEBUG line per attempt, headers and bodies at
 * TRACE, always redacted by {@link Redactor}.
 */
public final class HttpTransport implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger("dev.switchboard.http");

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
    OkHttpClient.Builder builder = options.okHttpClient().map(OkHttpClient::newBuilder)
        .orElseGet(() -> new OkHttpClient.Builder().dispatcher(ownDispatcher(profile.name())));
    this.client = builder
        .connectTimeout(options.connectTimeout())
        .readTimeout(options.readTimeout())
        .writeTimeout(options.writeTimeout())
        .callTimeout(options.callTimeout())
        .build();
    this.ownsClient = options.okHttpClient().isEmpty();
    this.ownSleeper = options.sleeper().isPresent() ? null : new ScheduledSleeper();
    this.sleeper = options.sleeper().orElse(ownSleeper);
    this.retryPolicy = new RetryPolicy(options.initialRetryDelay(), options.maxRetryDelay());
    this.redactor = new Redactor(options.credentials().secrets(), profile.redactedKeys());
    this.mapper = SwitchboardJson.mapper();
    this.userAgent = UserAgent.value(options.userAgentSuffix().orElse(null));
  }

  /**
   * The dispatcher of an SDK-owned client: async calls run on a small pool of daemon threads, as many as OkHttp lets
   * run against one host at once, reused through a queue instead of OkHttp's unbounded cached pool (which starts a
   * new thread whenever no idle one is free at that instant). A client talks to one provider host, so this bounds
   * the SDK's threads without lowering its concurrency; a caller who wants more brings an OkHttpClient.
   */
  private static okhttp3.Dispatcher ownDispatcher(String provider) {
    int threads = new okhttp3.Dispatcher().getMaxRequestsPerHost();
    java.util.concurrent.atomic.AtomicInteger count = new java.util.concurrent.atomic.AtomicInteger();
    java.util.concurrent.ThreadPoolExecutor executor = new java.util.concurrent.ThreadPoolExecutor(
        threads, threads, 60, java.util.concurrent.TimeUnit.SECONDS, new java.util.concurrent.LinkedBlockingQueue<>(),
        runnable -> {
          Thread thread = new Thread(runnable, "switchboard-" + provider + "-http-" + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
    executor.allowCoreThreadTimeOut(true);
    return new okhttp3.Dispatcher(executor);
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

  /** Runs {@code request} with retries and returns {@code handler}'s result; throws our typed exceptions. */
  public <T> T execute(ApiRequest request, ResponseHandler<T> handler) {
    Objects.requireNonNull(handler, "handler");
    Exchange<T> exchange = new Exchange<>(request, handler);
    while (true) {
      Call call = exchange.nextCall();
      long start = System.nanoTime();
      Outcome<T> outcome;
      try (Response response = call.execute()) {
        outcome = exchange.onResponse(call, response, start);
      } catch (IOException e) {
        outcome = exchange.onFailure(call, e, start);
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
      exchange = new Exchange<>(request, handler);
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
      @Override
      public void onResponse(Call c, Response response) {
        Outcome<T> outcome;
        try (response) {
          outcome = exchange.onResponse(c, response, start);
        } catch (RuntimeException | Error e) {
          result.completeExceptionally(e);
          return;
        }
        continueAsync(exchange, outcome, result, inFlight);
      }

      @Override
      public void onFailure(Call c, IOException e) {
        Outcome<T> outcome;
        try {
          outcome = exchange.onFailure(c, e, start);
        } catch (RuntimeException | Error unexpected) {
          result.completeExceptionally(unexpected);
          return;
        }
        continueAsync(exchange, outcome, result, inFlight);
      }
    });
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
  }

  @Override
  public String toString() {
    return "HttpTransport{" + profile.name() + " " + baseUrl + "}";
  }

  /** Result of one attempt: a value, or a failure with an optional retry delay. */
  private static final class Outcome<T> {
    final T result;
    final SwitchboardException failure;
    final Duration retryDelay;

    private Outcome(T result, SwitchboardException failure, Duration retryDelay) {
      this.result = result;
      this.failure = failure;
      this.retryDelay = retryDelay;
    }

    static <T> Outcome<T> success(T result) {
      return new Outcome<>(result, null, null);
    }

    static <T> Outcome<T> fail(SwitchboardException failure, Duration retryDelay) {
      return new Outcome<>(null, failure, retryDelay);
    }
  }

  /** State of one logical call across its attempts. */
  private final class Exchange<T> {
    private final ApiRequest request;
    private final ResponseHandler<T> handler;
    private final OkHttpClient callClient;
    private final Request template;
    private final boolean safe;
    private final int maxRetries;
    private final byte[] bodyBytes;
    private int attempt;

    Exchange(ApiRequest request, ResponseHandler<T> handler) {
      if (closed.get()) {
        throw new IllegalStateException("transport is closed");
      }
      this.request = Objects.requireNonNull(request, "request");
      this.handler = handler;
      RequestOptions ro = request.options();
      this.callClient = clientFor(ro);
      this.safe = request.idempotent() || ro.idempotencyKey().isPresent();
      this.maxRetries = ro.maxRetries().orElse(options.maxRetries());
      this.bodyBytes = serializeBody(request);
      this.template = buildTemplate(ro);
    }

    private byte[] serializeBody(ApiRequest r) {
      if (r.jsonBody().isPresent()) {
        try {
          return mapper.writeValueAsBytes(r.jsonBody().get());
        } catch (JsonProcessingException e) {
          throw new SwitchboardException(
              profile.name() + " " + r.operation() + ": cannot serialize request body: " + e.getOriginalMessage(), e);
        }
      }
      return r.body().orElse(null);
    }

    private Request buildTemplate(RequestOptions ro) {
      HttpUrl.Builder url = baseUrl.newBuilder();
      for (String segment : request.pathSegments()) {
        url.addPathSegment(segment);
      }
      request.queryParameters().forEach((k, vs) -> vs.forEach(v -> url.addQueryParameter(k, v)));
      ro.queryParameters().forEach((k, vs) -> vs.forEach(v -> url.addQueryParameter(k, v)));
      Request.Builder b = new Request.Builder().url(url.build());
      b.header("User-Agent", userAgent);
      b.header("Accept", "application/json");
      for (int i = 0; i < request.headers().size(); i++) {
        b.header(request.headers().name(i), request.headers().value(i));
      }
      for (String name : ro.headers().names()) {
        b.removeHeader(name);
        for (String value : ro.headers().values(name)) {
          b.addHeader(name, value);
        }
      }
      ro.idempotencyKey().ifPresent(key -> b.header("Idempotency-Key", key));
      RequestBody body = null;
      if (bodyBytes != null) {
        body = new BytesBody(bodyBytes, request.mediaType().orElse(null), !safe);
      } else if (!request.method().equals("GET") && !request.method().equals("HEAD")
          && !request.method().equals("DELETE") && !request.method().equals("OPTIONS")) {
        // one-shot for unsafe requests too: OkHttp must not silently re-send a bodyless POST (e.g. a hangup) after
        // the connection dropped
        body = new BytesBody(new byte[0], null, !safe);
      }
      b.method(request.method(), body);
      return b.build();
    }

    Call nextCall() {
      attempt++;
      Credentials credentials = options.credentials();
      Request authenticated = credentials.authenticate(template);
      if (LOG.isTraceEnabled()) {
        LOG.trace("{} {} attempt {} request {} {}\n{}\n{}", profile.name(), request.operation(), attempt,
            authenticated.method(), redactor.url(authenticated.url()), redactor.headers(authenticated.headers()),
            redactor.body(bodyBytes, request.mediaType().orElse(null)));
      }
      return callClient.newCall(authenticated);
    }

    Outcome<T> onResponse(Call call, Response response, long startNanos) {
      int status = response.code();
      byte[] bytes;
      try {
        ResponseBody body = response.body();
        bytes = body == null ? new byte[0] : body.bytes();
      } catch (IOException e) {
        return onFailure(call, e, startNanos);
      }
      String requestId = profile.requestIdHeader().map(response::header).orElse(null);
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
      if (LOG.isTraceEnabled()) {
        MediaType type = response.body() == null ? null : response.body().contentType();
        LOG.trace("{} {} attempt {} response {}\n{}\n{}", profile.name(), request.operation(), attempt, status,
            redactor.headers(response.headers()), redactor.body(bytes, type));
      }
      if (status >= 200 && status < 300) {
        logAttempt(call, String.valueOf(status), millis, requestId, null);
        ApiResponse apiResponse = new ApiResponse(profile.name(), request.operation(), status, response.headers(),
            bytes, requestId, attempt, mapper, options.credentials().secrets());
        try {
          return Outcome.success(handler.handle(apiResponse));
        } catch (SwitchboardException e) {
          return Outcome.fail(e, null);
        } catch (IOException e) {
          return Outcome.fail(new InvalidResponseException(
              redactor.scrub(prefix() + ": HTTP " + status + ": cannot read response: " + e.getMessage()),
              status, new String(bytes, StandardCharsets.UTF_8), e), null);
        }
      }
      ApiException error = ErrorMapper.fromResponse(profile.name(), request.operation(), status, response.headers(),
          bytes, profile.errorParser(), profile.requestIdHeader().orElse(null), options.credentials().secrets(),
          options.clock());
      Duration delay = null;
      SwitchboardException failure = error;
      if (attempt <= maxRetries && RetryPolicy.isRetryableStatus(status, safe)) {
        Optional<Duration> retryAfter = ErrorMapper.retryAfter(response.headers(), options.clock());
        if (retryAfter.isPresent() && retryAfter.get().compareTo(options.maxRetryAfter()) > 0) {
          delay = null; // the server asks for more than we are willing to wait: fail now
        } else {
          delay = retryAfter.orElseGet(() -> retryPolicy.backoff(attempt));
        }
      }
      logAttempt(call, String.valueOf(status), millis, error.requestId().orElse(requestId), delay);
      return Outcome.fail(failure, delay);
    }

    Outcome<T> onFailure(Call call, IOException e, long startNanos) {
      long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
      boolean canceled = call.isCanceled();
      boolean timeout = e instanceof SocketTimeoutException
          || (e instanceof InterruptedIOException && "timeout".equals(e.getMessage()));
      String message = redactor.scrub(prefix() + ": " + (canceled ? "canceled" : timeout ? "timed out" : "failed")
          + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
      SwitchboardException failure =
          timeout ? new ApiTimeoutException(message, e) : new ConnectionException(message, e);
      Duration delay = null;
      if (!canceled && attempt <= maxRetries && RetryPolicy.isRetryableFailure(e, safe)) {
        delay = retryPolicy.backoff(attempt);
      }
      logAttempt(call, e.getClass().getSimpleName(), millis, null, delay);
      return Outcome.fail(failure, delay);
    }

    private String prefix() {
      return profile.name() + " " + request.operation() + " " + request.method() + " " + template.url().encodedPath();
    }

    private void logAttempt(Call call, String result, long millis, String requestId, Duration retryIn) {
      if (!LOG.isDebugEnabled()) {
        return;
      }
      LOG.debug("{} {} {} {} -> {} in {} ms (attempt {}/{}{}){}", profile.name(), request.operation(),
          request.method(), redactor.url(call.request().url()), result, millis, attempt, maxRetries + 1,
          requestId == null ? "" : ", request-id " + redactor.scrub(requestId),
          retryIn == null ? "" : ", retrying in " + retryIn.toMillis() + " ms");
    }
  }

  /** A request body over bytes; one-shot for unsafe requests so OkHttp never silently re-sends it. */
  private static final class BytesBody extends RequestBody {
    private final byte[] bytes;
    private final MediaType type;
    private final boolean oneShot;

    BytesBody(byte[] bytes, MediaType type, boolean oneShot) {
      this.bytes = bytes;
      this.type = type;
      this.oneShot = oneShot;
    }

    @Override
    public MediaType contentType() {
      return type;
    }

    @Override
    public long contentLength() {
      return bytes.length;
    }

    @Override
    public boolean isOneShot() {
      return oneShot;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      sink.write(bytes);
    }
  }
}
