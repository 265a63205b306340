package dev.switchboard.callr.v2;

import dev.switchboard.core.RequestOptions;
import dev.switchboard.models.callr.v2.ActionCreateRequest;
import dev.switchboard.models.callr.v2.ActionRun;
import dev.switchboard.models.callr.v2.ActionRunRequest;
import dev.switchboard.models.callr.v2.ActionSearchParams;
import dev.switchboard.models.callr.v2.ActionUpdateRequest;
import dev.switchboard.models.callr.v2.CallrAction;
import java.util.concurrent.CompletableFuture;

/**
 * CALLR v2 Callr Actions scenarios ({@code CallrV2Client.actions()}), the successor of v1 apps and {@code actions.start}.
 *
 * <p>v2 runs only Callr Actions scenarios; legacy apps ({@code CALLTRACKING10}, {@code CLICKTOCALL10}, {@code REALTIME10}) must be migrated first [C].
 *
 * <p>An interface so that it can be mocked; every operation has a blocking form and an {@code ...Async} form
 * returning a {@link CompletableFuture}, each optionally taking trailing {@link RequestOptions}. Arguments are
 * checked before any I/O, naming the field. Errors are {@code ApiException}s carrying the v2 {@code code} and
 * {@code message}.
 */
public interface V2ActionsService {

  /**
   * {@code GET /actions} ({@link V2Endpoint#ACTIONS_SEARCH}): searches scenarios by name, sorted and paged [C]; {@code page.autoPager()} iterates over all hits.
   *
   * <p>Idempotent: retried after 5xx, 429, timeouts and dropped connections.
   */
  default V2SearchPage<CallrAction> search(ActionSearchParams query) {
    return search(query, RequestOptions.none());
  }

  /** {@link #search} with per-call options. */
  V2SearchPage<CallrAction> search(ActionSearchParams query, RequestOptions options);

  /** Asynchronous {@link #search}. */
  default CompletableFuture<V2SearchPage<CallrAction>> searchAsync(ActionSearchParams query) {
    return searchAsync(query, RequestOptions.none());
  }

  /** Asynchronous {@link #search} with per-call options. */
  CompletableFuture<V2SearchPage<CallrAction>> searchAsync(ActionSearchParams query, RequestOptions options);

  /** {@link #search} with no filters (the first page, server defaults). */
  default V2SearchPage<CallrAction> search() {
    return search(ActionSearchParams.builder().build());
  }

  /**
   * {@code POST /actions} ({@link V2Endpoint#ACTIONS_CREATE}): creates a scenario from its YAML {@code script} [C body]; returns the created scenario [I].
   *
   * <p>Not idempotent: never retried once the request may have reached the server (a retry could repeat its effect), unless {@link RequestOptions.Builder#idempotencyKey} is set.
   */
  default CallrAction create(ActionCreateRequest request) {
    return create(request, RequestOptions.none());
  }

  /** {@link #create} with per-call options. */
  CallrAction create(ActionCreateRequest request, RequestOptions options);

  /** Asynchronous {@link #create}. */
  default CompletableFuture<CallrAction> createAsync(ActionCreateRequest request) {
    return createAsync(request, RequestOptions.none());
  }

  /** Asynchronous {@link #create} with per-call options. */
  CompletableFuture<CallrAction> createAsync(ActionCreateRequest request, RequestOptions options);

  /**
   * {@code GET /actions/{sid}} ({@link V2Endpoint#ACTIONS_GET}): reads one scenario [I path].
   *
   * <p>Idempotent: retried after 5xx, 429, timeouts and dropped connections.
   */
  default CallrAction get(String sid) {
    return get(sid, RequestOptions.none());
  }

  /** {@link #get} with per-call options. */
  CallrAction get(String sid, RequestOptions options);

  /** Asynchronous {@link #get}. */
  default CompletableFuture<CallrAction> getAsync(String sid) {
    return getAsync(sid, RequestOptions.none());
  }

  /** Asynchronous {@link #get} with per-call options. */
  CompletableFuture<CallrAction> getAsync(String sid, RequestOptions options);

  /**
   * {@code PATCH /actions/{sid}} ({@link V2Endpoint#ACTIONS_UPDATE}): changes a scenario's name, script or format [C path, I body]; returns the scenario [I].
   *
   * <p>Idempotent: retried after 5xx, 429, timeouts and dropped connections.
   */
  default CallrAction update(String sid, ActionUpdateRequest request) {
    return update(sid, request, RequestOptions.none());
  }

  /** {@link #update} with per-call options. */
  CallrAction update(String sid, ActionUpdateRequest request, RequestOptions options);

  /** Asynchronous {@link #update}. */
  default CompletableFuture<CallrAction> updateAsync(String sid, ActionUpdateRequest request) {
    return updateAsync(sid, request, RequestOptions.none());
  }

  /** Asynchronous {@link #update} with per-call options. */
  CompletableFuture<CallrAction> updateAsync(String sid, ActionUpdateRequest request, RequestOptions options);

  /**
   * {@code DELETE /actions/{sid}} ({@link V2Endpoint#ACTIONS_DELETE}): deletes a scenario [C].
   *
   * <p>Idempotent: retried after 5xx, 429, timeouts and dropped connections.
   */
  default void delete(String sid) {
    delete(sid, RequestOptions.none());
  }

  /** {@link #delete} with per-call options. */
  void delete(String sid, RequestOptions options);

  /** Asynchronous {@link #delete}. */
  default CompletableFuture<Void> deleteAsync(String sid) {
    return deleteAsync(sid, RequestOptions.none());
  }

  /** Asynchronous {@link #delete} with per-call options. */
  CompletableFuture<Void> deleteAsync(String sid, RequestOptions options);

  /**
   * {@code POST /actions/{sid}/runs} ({@link V2Endpoint#ACTIONS_RUN}): starts a run of the scenario's {@code api-initiated} branch [C]; body and result are free-form [gap].
   *
   * <p>Not idempotent: never retried once the request may have reached the server (a retry could repeat its effect), unless {@link RequestOptions.Builder#idempotencyKey} is set.
   */
  default ActionRun run(String sid, ActionRunRequest request) {
    return run(sid, request, RequestOptions.none());
  }

  /** {@link #run} with per-call options. */
  ActionRun run(String sid, ActionRunRequest request, RequestOptions options);

  /** Asynchronous {@link #run}. */
  default CompletableFuture<ActionRun> runAsync(String sid, ActionRunRequest request) {
    return runAsync(sid, request, RequestOptions.none());
  }

  /** Asynchronous {@link #run} with per-call options. */
  CompletableFuture<ActionRun> runAsync(String sid, ActionRunRequest request, RequestOptions options);

  /**
   * {@code PUT /actions/{sid}/numbers/{number}} ({@link V2Endpoint#ACTIONS_ASSIGN_NUMBER}): assigns an E.164 number to the scenario [C]; the number is percent-encoded in the path.
   *
   * <p>Idempotent: retried after 5xx, 429, timeouts and dropped connections.
   */
  default void assignNumber(String sid, String number) {
    assignNumber(sid, number, RequestOptions.none());
  }

  /** {@link #assignNumber} with per-call options. */
  void assignNumber(String sid, String number, RequestOptions options);

  /** Asynchronous {@link #assignNumber}. */
  default CompletableFuture<Void> assignNumberAsync(String sid, String number) {
    return assignNumberAsync(sid, number, RequestOptions.none());
  }

  /** Asynchronous {@link #assignNumber} with per-call options. */
  CompletableFuture<Void> assignNumberAsync(String sid, String number, RequestOptions options);

  /**
   * {@code DELETE /actions/{sid}/numbers/{number}} ({@link V2Endpoint#ACTIONS_UNASSIGN_NUMBER}): removes a number from the scenario [C].
   *
   * <p>Idempotent: retried after 5xx, 429, timeouts and dropped connections.
   */
  default void unassignNumber(String sid, String number) {
    unassignNumber(sid, number, RequestOptions.none());
  }

  /** {@link #unassignNumber} with per-call options. */
  void unassignNumber(String sid, String number, RequestOptions options);

  /** Asynchronous {@link #unassignNumber}. */
  default CompletableFuture<Void> unassignNumberAsync(String sid, String number) {
    return unassignNumberAsync(sid, number, RequestOptions.none());
  }

  /** Asynchronous {@link #unassignNumber} with per-call options. */
  CompletableFuture<Void> unassignNumberAsync(String sid, String number, RequestOptions options);
}
