package dev.switchboard.callr;

import dev.switchboard.core.RequestOptions;
import dev.switchboard.models.callr.AuthenticationSession;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * CALLR {@code session} methods ({@code CallrClient.sessions()}). An interface so that it can be mocked; every
 * method has a blocking form and an {@code ...Async} form returning a {@link CompletableFuture}, each optionally
 * taking trailing {@link RequestOptions}. Errors are {@code ApiException}s carrying the JSON-RPC code, message and
 * data.
 */
public interface SessionsService {

  /**
   * {@code session.create}: Creates a session (use its token with {@code CallrClient.builder().sessionToken(..)}).
   *
   * <p>Not idempotent: never retried once the request may have reached the server.
   */
  default AuthenticationSession create() {
    return create(RequestOptions.none());
  }

  /** {@link #create} with per-call options. */
  AuthenticationSession create(RequestOptions requestOptions);

  /** Asynchronous {@link #create}. */
  default CompletableFuture<AuthenticationSession> createAsync() {
    return createAsync(RequestOptions.none());
  }

  /** Asynchronous {@link #create} with per-call options. */
  CompletableFuture<AuthenticationSession> createAsync(RequestOptions requestOptions);

  /**
   * {@code session.all}: Lists your sessions (shape unverified).
   *
   * <p>Idempotent: retried after 5xx, timeouts and dropped connections.
   */
  default List<AuthenticationSession> all() {
    return all(RequestOptions.none());
  }

  /** {@link #all} with per-call options. */
  List<AuthenticationSession> all(RequestOptions requestOptions);

  /** Asynchronous {@link #all}. */
  default CompletableFuture<List<AuthenticationSession>> allAsync() {
    return allAsync(RequestOptions.none());
  }

  /** Asynchronous {@link #all} with per-call options. */
  CompletableFuture<List<AuthenticationSession>> allAsync(RequestOptions requestOptions);

  /**
   * {@code session.refresh}: Refreshes a session; the old token stops working.
   *
   * <p>Not idempotent: never retried once the request may have reached the server.
   */
  default AuthenticationSession refresh(String refreshToken) {
    return refresh(refreshToken, RequestOptions.none());
  }

  /** {@link #refresh} with per-call options. */
  AuthenticationSession refresh(String refreshToken, RequestOptions requestOptions);

  /** Asynchronous {@link #refresh}. */
  default CompletableFuture<AuthenticationSession> refreshAsync(String refreshToken) {
    return refreshAsync(refreshToken, RequestOptions.none());
  }

  /** Asynchronous {@link #refresh} with per-call options. */
  CompletableFuture<AuthenticationSession> refreshAsync(String refreshToken, RequestOptions requestOptions);

  /**
   * {@code session.delete}: Deletes the session used to authenticate (with another scheme: all sessions).
   *
   * <p>Not idempotent: never retried once the request may have reached the server.
   */
  default Boolean delete() {
    return delete(RequestOptions.none());
  }

  /** {@link #delete} with per-call options. */
  Boolean delete(RequestOptions requestOptions);

  /** Asynchronous {@link #delete}. */
  default CompletableFuture<Boolean> deleteAsync() {
    return deleteAsync(RequestOptions.none());
  }

  /** Asynchronous {@link #delete} with per-call options. */
  CompletableFuture<Boolean> deleteAsync(RequestOptions requestOptions);
}
