package dev.switchboard.callr.realtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.models.SwitchboardJson;
import dev.switchboard.models.callr.RtRequest;
import dev.switchboard.models.callr.RtResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A framework-neutral REALTIME10 endpoint: CALLR POSTs an {@code RT.Request} to your URL and expects an
 * {@code RT.Response} within 5 seconds. This handler runs your {@link RealtimeApp} on an executor with a time budget
 * (default {@link #DEFAULT_BUDGET 4.5 s}) and answers a fallback (default {@link RtCommands#hangup()}) when the app
 * times out or throws, so CALLR always gets a valid answer in time. The request's {@code variables} are carried over
 * into the response unless the app sets its own.
 *
 * <p>Plug {@link #handle(byte[])} into any HTTP server (see {@code RealtimeAppServer} in sdk-examples for the JDK's
 * {@code HttpServer}); check CALLR's optional HTTP Basic credentials with {@link #checkBasicAuth}. Closing the
 * handler stops the executor it owns (never a user-supplied one).
 */
public final class RealtimeHandler implements AutoCloseable {
  /** Default time budget, under CALLR's 5 s limit. */
  public static final Duration DEFAULT_BUDGET = Duration.ofMillis(4500);
  private static final Logger LOG = LoggerFactory.getLogger(RealtimeHandler.class);
  private static final AtomicInteger THREADS = new AtomicInteger();

  private final RealtimeApp app;
  private final Duration budget;
  private final RtResponse fallback;
  private final Executor executor;
  private final ExecutorService ownExecutor;
  private final ObjectMapper mapper = SwitchboardJson.mapper();

  private RealtimeHandler(Builder b) {
    this.app = b.app;
    this.budget = b.budget;
    this.fallback = b.fallback;
    if (b.executor != null) {
      this.executor = b.executor;
      this.ownExecutor = null;
    } else {
      this.ownExecutor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "callr-realtime-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
      });
      this.executor = ownExecutor;
    }
  }

  /** A builder for {@code app}. */
  public static Builder builder(RealtimeApp app) {
    return new Builder(app);
  }

  /** A handler for {@code app} with the defaults (4.5 s budget, hangup fallback, own executor). */
  public static RealtimeHandler of(RealtimeApp app) {
    return builder(app).build();
  }

  /** The time budget. */
  public Duration budget() {
    return budget;
  }

  /** The fallback response. */
  public RtResponse fallback() {
    return fallback;
  }

  /**
   * Handles a raw HTTP body: parses the {@code RT.Request} leniently (an unreadable body gets the fallback), runs the
   * app within the budget and returns the {@code RT.Response} JSON (UTF-8).
   */
  public byte[] handle(byte[] requestBody) {
    RtRequest request;
    try {
      request = mapper.readValue(requestBody == null ? new byte[0] : requestBody, RtRequest.class);
    } catch (IOException e) {
      LOG.warn("unreadable RT.Request ({}); answering the fallback", e.getMessage());
      request = null;
    }
    RtResponse response = request == null ? fallback : handle(request);
    try {
      return mapper.writeValueAsBytes(response);
    } catch (JsonProcessingException e) {
      LOG.warn("cannot write RT.Response ({}); answering the fallback", e.getOriginalMessage());
      try {
        return mapper.writeValueAsBytes(fallback);
      } catch (JsonProcessingException impossible) {
        return "{\"command\":\"hangup\",\"params\":{}}".getBytes(StandardCharsets.UTF_8);
      }
    }
  }

  /** Runs the app on {@code request} within the budget; the fallback on timeout, exception or a null answer. */
  public RtResponse handle(RtRequest request) {
    Objects.requireNonNull(request, "request");
    CompletableFuture<RtResponse> future = new CompletableFuture<>();
    try {
      executor.execute(() -> {
        try {
          future.complete(app.handle(request));
        } catch (Throwable t) {
          future.completeExceptionally(t);
        }
      });
    } catch (RuntimeException rejected) {
      LOG.warn("executor rejected the RT.Request; answering the fallback", rejected);
      return carryVariables(request, fallback);
    }
    RtResponse response;
    try {
      response = future.get(budget.toNanos(), TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      future.cancel(true);
      LOG.warn("real-time app exceeded its {} ms budget; answering the fallback", budget.toMillis());
      response = null;
    } catch (ExecutionException e) {
      LOG.warn("real-time app failed; answering the fallback", e.getCause());
      response = null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      response = null;
    }
    return carryVariables(request, response == null ? fallback : response);
  }

  private static RtResponse carryVariables(RtRequest request, RtResponse response) {
    if (response.variables().isPresent() || request.variables().isEmpty()
        || request.variables().get().isNull()) {
      return response;
    }
    return RtResponse.builder().from(response).variables(request.variables().get()).build();
  }

  /**
   * Checks an {@code Authorization} header against the REALTIME10 app's {@code login}/{@code password} (HTTP
   * Basic), in constant time. Returns {@code false} for a missing or malformed header.
   */
  public static boolean checkBasicAuth(String authorizationHeader, String login, String password) {
    Objects.requireNonNull(login, "login");
    Objects.requireNonNull(password, "password");
    if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, "Basic ", 0, 6)) {
      return false;
    }
    byte[] given;
    try {
      given = Base64.getDecoder().decode(authorizationHeader.substring(6).trim());
    } catch (IllegalArgumentException e) {
      return false;
    }
    byte[] expected = (login + ":" + password).getBytes(StandardCharsets.UTF_8);
    return MessageDigest.isEqual(given, expected);
  }

  /** Stops the executor this handler created (a user-supplied executor is left running). */
  @Override
  public void close() {
    if (ownExecutor != null) {
      ownExecutor.shutdownNow();
    }
  }

  @Override
  public String toString() {
    return "RealtimeHandler{budget=" + budget.toMillis() + "ms, fallback=" + fallback.command().orElse("?") + "}";
  }

  /** Builds a {@link RealtimeHandler}. */
  public static final class Builder {
    private final RealtimeApp app;
    private Duration budget = DEFAULT_BUDGET;
    private RtResponse fallback = RtCommands.hangup();
    private Executor executor;

    private Builder(RealtimeApp app) {
      this.app = Objects.requireNonNull(app, "app");
    }

    /** Time the app may take (positive; keep it under CALLR's 5 s). */
    public Builder budget(Duration budget) {
      Objects.requireNonNull(budget, "budget");
      if (budget.isZero() || budget.isNegative()) {
        throw new IllegalArgumentException("budget must be positive");
      }
      this.budget = budget;
      return this;
    }

    /** The answer on timeout or exception (default {@link RtCommands#hangup()}). */
    public Builder fallback(RtResponse fallback) {
      this.fallback = Objects.requireNonNull(fallback, "fallback");
      return this;
    }

    /** Runs the app on this executor (not closed by the handler); default: a handler-owned daemon pool. */
    public Builder executor(Executor executor) {
      this.executor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /** Returns the handler. */
    public RealtimeHandler build() {
      return new RealtimeHandler(this);
    }
  }
}
