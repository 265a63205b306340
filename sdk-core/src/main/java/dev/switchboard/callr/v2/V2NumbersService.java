package dev.switchboard.callr.v2;

import dev.switchboard.core.RequestOptions;
import dev.switchboard.models.callr.v2.NumberSearchParams;
import dev.switchboard.models.callr.v2.NumberUpdateRequest;
import dev.switchboard.models.callr.v2.OwnedNumber;
import java.util.concurrent.CompletableFuture;

/**
 * CALLR v2 phone numbers of the account ({@code CallrV2Client.numbers()}), the successor of v1 {@code did.*}.
 *
 * <p>A number has no separate id any more: it is addressed by its E.164 value, percent-encoded in the path ({@code /numbers/%2B33199001020}) [C path; encoding I].
 *
 * <p>An interface so that it can be mocked; every operation has a blocking form and an {@code ...Async} form
 * returning a {@link CompletableFuture}, each optionally taking trailing {@link RequestOptions}. Arguments are
 * checked before any I/O, naming the field. Errors are {@code ApiException}s carrying the v2 {@code code} and
 * {@code message}.
 */
public interface V2NumbersService {

  /**
   * {@code GET /numbers} ({@link V2Endpoint#NUMBERS_SEARCH}): searches the account's numbers [C path; params I].
   *
   * <p>Idempotent: retried after 5xx, 429, timeouts and dropped connections.
   */
  default V2SearchPage<OwnedNumber> search(NumberSearchParams query) {
    return search(query, RequestOptions.none());
  }

  /** {@link #search} with per-call options. */
  V2SearchPage<OwnedNumber> search(NumberSearchParams query, RequestOptions options);

  /** Asynchronous {@link #search}. */
  default CompletableFuture<V2SearchPage<OwnedNumber>> searchAsync(NumberSearchParams query) {
    return searchAsync(query, RequestOptions.none());
  }

  /** Asynchronous {@link #search} with per-call options. */
  CompletableFuture<V2SearchPage<OwnedNumber>> searchAsync(NumberSearchParams query, RequestOptions options);

  /** {@link #search} with no filters (the first page, server defaults). */
  default V2SearchPage<OwnedNumber> search() {
    return search(NumberSearchParams.builder().build());
  }

  /**
   * {@code GET /numbers/{number}} ({@link V2Endpoint#NUMBERS_GET}): reads one number [I].
   *
   * <p>Idempotent: retried after 5xx, 429, timeouts and dropped connections.
   */
  default OwnedNumber get(String number) {
    return get(number, RequestOptions.none());
  }

  /** {@link #get} with per-call options. */
  OwnedNumber get(String number, RequestOptions options);

  /** Asynchronous {@link #get}. */
  default CompletableFuture<OwnedNumber> getAsync(String number) {
    return getAsync(number, RequestOptions.none());
  }

  /** Asynchronous {@link #get} with per-call options. */
  CompletableFuture<OwnedNumber> getAsync(String number, RequestOptions options);

  /**
   * {@code PATCH /numbers/{number}} ({@link V2Endpoint#NUMBERS_UPDATE}): updates a number (free-form body) [C path; body gap].
   *
   * <p>Idempotent: retried after 5xx, 429, timeouts and dropped connections.
   */
  default OwnedNumber update(String number, NumberUpdateRequest request) {
    return update(number, request, RequestOptions.none());
  }

  /** {@link #update} with per-call options. */
  OwnedNumber update(String number, NumberUpdateRequest request, RequestOptions options);

  /** Asynchronous {@link #update}. */
  default CompletableFuture<OwnedNumber> updateAsync(String number, NumberUpdateRequest request) {
    return updateAsync(number, request, RequestOptions.none());
  }

  /** Asynchronous {@link #update} with per-call options. */
  CompletableFuture<OwnedNumber> updateAsync(String number, NumberUpdateRequest request, RequestOptions options);

  /**
   * {@code DELETE /numbers/{number}} ({@link V2Endpoint#NUMBERS_CANCEL}): cancels the subscription; the number leaves the account and goes into quarantine [C path, see the conflict note].
   *
   * <p>Idempotent: retried after 5xx, 429, timeouts and dropped connections.
   */
  default void cancel(String number) {
    cancel(number, RequestOptions.none());
  }

  /** {@link #cancel} with per-call options. */
  void cancel(String number, RequestOptions options);

  /** Asynchronous {@link #cancel}. */
  default CompletableFuture<Void> cancelAsync(String number) {
    return cancelAsync(number, RequestOptions.none());
  }

  /** Asynchronous {@link #cancel} with per-call options. */
  CompletableFuture<Void> cancelAsync(String number, RequestOptions options);

  /**
   * {@code PUT /numbers/{number}/scenario/{sid}} ({@link V2Endpoint#NUMBERS_ASSIGN_SCENARIO}): assigns a scenario to the number [C].
   *
   * <p>Idempotent: retried after 5xx, 429, timeouts and dropped connections.
   */
  default void assignScenario(String number, String sid) {
    assignScenario(number, sid, RequestOptions.none());
  }

  /** {@link #assignScenario} with per-call options. */
  void assignScenario(String number, String sid, RequestOptions options);

  /** Asynchronous {@link #assignScenario}. */
  default CompletableFuture<Void> assignScenarioAsync(String number, String sid) {
    return assignScenarioAsync(number, sid, RequestOptions.none());
  }

  /** Asynchronous {@link #assignScenario} with per-call options. */
  CompletableFuture<Void> assignScenarioAsync(String number, String sid, RequestOptions options);

  /**
   * {@code DELETE /numbers/{number}/scenario/{sid}} ({@link V2Endpoint#NUMBERS_UNASSIGN_SCENARIO}): removes a scenario from the number [C].
   *
   * <p>Idempotent: retried after 5xx, 429, timeouts and dropped connections.
   */
  default void unassignScenario(String number, String sid) {
    unassignScenario(number, sid, RequestOptions.none());
  }

  /** {@link #unassignScenario} with per-call options. */
  void unassignScenario(String number, String sid, RequestOptions options);

  /** Asynchronous {@link #unassignScenario}. */
  default CompletableFuture<Void> unassignScenarioAsync(String number, String sid) {
    return unassignScenarioAsync(number, sid, RequestOptions.none());
  }

  /** Asynchronous {@link #unassignScenario} with per-call options. */
  CompletableFuture<Void> unassignScenarioAsync(String number, String sid, RequestOptions options);
}
