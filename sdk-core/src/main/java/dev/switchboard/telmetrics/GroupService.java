package dev.switchboard.telmetrics;

import dev.switchboard.core.RequestOptions;
import dev.switchboard.models.telmetrics.Group;
import dev.switchboard.models.telmetrics.GroupCreateRequest;
import dev.switchboard.models.telmetrics.GroupListParams;
import dev.switchboard.models.telmetrics.GroupUpdateRequest;
import java.util.concurrent.CompletableFuture;

/**
 * Telmetrics number groups. Obtain it with {@link TelmetricsClient#groups()}; an interface so that application code
 * can mock it. Every operation takes optional trailing {@link RequestOptions} and has an {@code ...Async} variant.
 *
 * <p><b>The four groups paths are unverified</b> (no public source shows them; see {@code TelmetricsPaths}):
 * {@code POST /groups}, {@code GET /groups}, {@code GET /groups/{id}}, {@code PUT /groups/{id}}.
 *
 * <p>Retries: {@link #list}, {@link #get} and {@link #update} are idempotent and retried after 5xx, 408, timeouts and
 * dropped connections; {@link #create} is not (it may have created the group), unless you pass an idempotency key.
 */
public interface GroupService {

  /** Creates a number group: {@code POST /groups}. Not idempotent: not retried after an ambiguous failure. */
  Group create(GroupCreateRequest request, RequestOptions options);

  /** {@link #create(GroupCreateRequest, RequestOptions)} with default options. */
  default Group create(GroupCreateRequest request) {
    return create(request, RequestOptions.none());
  }

  /** Asynchronous {@link #create(GroupCreateRequest, RequestOptions)}. */
  CompletableFuture<Group> createAsync(GroupCreateRequest request, RequestOptions options);

  /** Asynchronous {@link #create(GroupCreateRequest)}. */
  default CompletableFuture<Group> createAsync(GroupCreateRequest request) {
    return createAsync(request, RequestOptions.none());
  }

  /**
   * Lists groups: {@code GET /groups?pagesize=&pagenumber=}, reading {@code {"results": [...], "paging":
   * {"pageNumber", "pageSize", "total"}}}. {@link GroupPage#nextPage()} requests {@code pagenumber + 1} with the same
   * parameters and options; no request is made after the last page ({@code pageNumber * pageSize >= total}).
   */
  GroupPage list(GroupListParams params, RequestOptions options);

  /** {@link #list(GroupListParams, RequestOptions)} with default options. */
  default GroupPage list(GroupListParams params) {
    return list(params, RequestOptions.none());
  }

  /** The first page with the server's defaults (page size 10000). */
  default GroupPage list() {
    return list(GroupListParams.defaults(), RequestOptions.none());
  }

  /** Asynchronous {@link #list(GroupListParams, RequestOptions)}; the returned page's {@code nextPage()} blocks. */
  CompletableFuture<GroupPage> listAsync(GroupListParams params, RequestOptions options);

  /** Asynchronous {@link #list(GroupListParams)}. */
  default CompletableFuture<GroupPage> listAsync(GroupListParams params) {
    return listAsync(params, RequestOptions.none());
  }

  /**
   * Retrieves a group: {@code GET /groups/{id}}.
   *
   * @throws IllegalArgumentException before any I/O when {@code id} is not positive
   */
  Group get(long id, RequestOptions options);

  /** {@link #get(long, RequestOptions)} with default options. */
  default Group get(long id) {
    return get(id, RequestOptions.none());
  }

  /** Asynchronous {@link #get(long, RequestOptions)}. */
  CompletableFuture<Group> getAsync(long id, RequestOptions options);

  /** Asynchronous {@link #get(long)}. */
  default CompletableFuture<Group> getAsync(long id) {
    return getAsync(id, RequestOptions.none());
  }

  /**
   * Updates a group: {@code PUT /groups/{id}} with the set fields. Idempotent, so retried.
   *
   * @throws IllegalArgumentException before any I/O when {@code id} is not positive
   */
  Group update(long id, GroupUpdateRequest request, RequestOptions options);

  /** {@link #update(long, GroupUpdateRequest, RequestOptions)} with default options. */
  default Group update(long id, GroupUpdateRequest request) {
    return update(id, request, RequestOptions.none());
  }

  /** Asynchronous {@link #update(long, GroupUpdateRequest, RequestOptions)}. */
  CompletableFuture<Group> updateAsync(long id, GroupUpdateRequest request, RequestOptions options);

  /** Asynchronous {@link #update(long, GroupUpdateRequest)}. */
  default CompletableFuture<Group> updateAsync(long id, GroupUpdateRequest request) {
    return updateAsync(id, request, RequestOptions.none());
  }
}
