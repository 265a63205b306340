package dev.switchboard.voipbin;

import dev.switchboard.core.RequestOptions;
import dev.switchboard.core.paging.Page;
import dev.switchboard.models.voipbin.Groupcall;
import dev.switchboard.models.voipbin.GroupcallCreateRequest;
import dev.switchboard.models.voipbin.GroupcallListParams;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * VoIPBin groupcalls ({@code /v1.0/groupcalls}): ring several destinations at once ({@code ring_all}) or one after
 * the other ({@code linear}). Get it from {@link VoipbinClient#groupcalls()}; an interface so that tests can mock it.
 *
 * <p>Every call has a variant with trailing {@link RequestOptions} and an {@code ...Async} variant returning a
 * {@link CompletableFuture} (completed exceptionally with the same exceptions the blocking call throws). Errors are
 * {@link dev.switchboard.core.errors.ApiException} subclasses carrying VoIPBin's {@code reason} as
 * {@code errorCode()} and {@code request_id} as {@code requestId()}, see {@link VoipbinErrorParser}.
 *
 * <p><b>Retries.</b> {@link #get}, {@link #list} and {@link #delete} are idempotent: they are retried after a 5xx,
 * a 408, a dropped connection or a read timeout. {@link #create} and {@link #hangup} are not: they are retried only
 * when the server certainly did not act (429, or a connection that failed before the request was sent). A 429 waits
 * for {@code Retry-After}.
 */
public interface GroupcallService {

  /** {@code POST /groupcalls}: creates a groupcall and starts ringing. Not idempotent. */
  default Groupcall create(GroupcallCreateRequest request) {
    return create(request, RequestOptions.none());
  }

  /** {@code POST /groupcalls} with per-call options. Not idempotent. */
  Groupcall create(GroupcallCreateRequest request, RequestOptions options);

  /** Asynchronous {@link #create(GroupcallCreateRequest)}. */
  default CompletableFuture<Groupcall> createAsync(GroupcallCreateRequest request) {
    return createAsync(request, RequestOptions.none());
  }

  /** Asynchronous {@link #create(GroupcallCreateRequest, RequestOptions)}. */
  CompletableFuture<Groupcall> createAsync(GroupcallCreateRequest request, RequestOptions options);

  /** {@code GET /groupcalls}: the first page at the server's default size (100). */
  default Page<Groupcall> list() {
    return list(GroupcallListParams.defaults(), RequestOptions.none());
  }

  /**
   * {@code GET /groupcalls?page_size=&page_token=}: one page. {@link Page#nextPage()} and {@link Page#autoPager()}
   * follow {@code next_page_token} (same page size and options) until it is empty or absent.
   */
  default Page<Groupcall> list(GroupcallListParams params) {
    return list(params, RequestOptions.none());
  }

  /** {@code GET /groupcalls} with per-call options (reused for every following page). */
  Page<Groupcall> list(GroupcallListParams params, RequestOptions options);

  /** Asynchronous {@link #list(GroupcallListParams)}; following pages are fetched synchronously. */
  default CompletableFuture<Page<Groupcall>> listAsync(GroupcallListParams params) {
    return listAsync(params, RequestOptions.none());
  }

  /** Asynchronous {@link #list(GroupcallListParams, RequestOptions)}. */
  CompletableFuture<Page<Groupcall>> listAsync(GroupcallListParams params, RequestOptions options);

  /** {@code GET /groupcalls/{id}}. Idempotent. */
  default Groupcall get(UUID id) {
    return get(id, RequestOptions.none());
  }

  /** {@code GET /groupcalls/{id}} with per-call options. */
  Groupcall get(UUID id, RequestOptions options);

  /** Asynchronous {@link #get(UUID)}. */
  default CompletableFuture<Groupcall> getAsync(UUID id) {
    return getAsync(id, RequestOptions.none());
  }

  /** Asynchronous {@link #get(UUID, RequestOptions)}. */
  CompletableFuture<Groupcall> getAsync(UUID id, RequestOptions options);

  /** {@code DELETE /groupcalls/{id}}: deletes the groupcall and returns it as deleted. Idempotent. */
  default Groupcall delete(UUID id) {
    return delete(id, RequestOptions.none());
  }

  /** {@code DELETE /groupcalls/{id}} with per-call options. */
  Groupcall delete(UUID id, RequestOptions options);

  /** Asynchronous {@link #delete(UUID)}. */
  default CompletableFuture<Groupcall> deleteAsync(UUID id) {
    return deleteAsync(id, RequestOptions.none());
  }

  /** Asynchronous {@link #delete(UUID, RequestOptions)}. */
  CompletableFuture<Groupcall> deleteAsync(UUID id, RequestOptions options);

  /** {@code POST /groupcalls/{id}/hangup}: ends the groupcall and returns it. Not idempotent. */
  default Groupcall hangup(UUID id) {
    return hangup(id, RequestOptions.none());
  }

  /** {@code POST /groupcalls/{id}/hangup} with per-call options. Not idempotent. */
  Groupcall hangup(UUID id, RequestOptions options);

  /** Asynchronous {@link #hangup(UUID)}. */
  default CompletableFuture<Groupcall> hangupAsync(UUID id) {
    return hangupAsync(id, RequestOptions.none());
  }

  /** Asynchronous {@link #hangup(UUID, RequestOptions)}. */
  CompletableFuture<Groupcall> hangupAsync(UUID id, RequestOptions options);
}
