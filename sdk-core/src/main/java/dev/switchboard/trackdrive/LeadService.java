package dev.switchboard.trackdrive;

import dev.switchboard.core.RequestOptions;
import dev.switchboard.models.trackdrive.Lead;
import dev.switchboard.models.trackdrive.LeadCreateRequest;
import dev.switchboard.models.trackdrive.LeadListParams;
import dev.switchboard.models.trackdrive.LeadUpdateRequest;
import java.util.concurrent.CompletableFuture;

/**
 * TrackDrive leads ({@code /api/v1/leads}). Obtain it with {@link TrackdriveClient#leads()}; an interface so that
 * application code can mock it. Every operation takes optional trailing {@link RequestOptions} and has an
 * {@code ...Async} variant returning a {@link CompletableFuture} that completes with the same result or fails with
 * the same {@link dev.switchboard.core.errors.SwitchboardException} the synchronous call throws.
 *
 * <p>Retries: {@link #list}, {@link #get} and {@link #update} are idempotent and retried after 5xx, 408, timeouts and
 * dropped connections; {@link #create} is not (a lead submission may have been applied), unless you pass an
 * {@link RequestOptions.Builder#idempotencyKey(String) idempotency key}. 429 is retried for every call.
 */
public interface LeadService {

  /**
   * Lists leads: {@code GET /leads} with every parameter of {@link LeadListParams#toQueryParameters()}. Reads both
   * the default envelope {@code {"leads": [...], "metadata": {...}}} and the bare array sent for {@code root=false}.
   * {@link LeadPage#nextPage()} requests {@code page + 1} with the same parameters and options; a page with fewer
   * leads than {@code per_page} (server default 25) is the last one.
   */
  LeadPage list(LeadListParams params, RequestOptions options);

  /** {@link #list(LeadListParams, RequestOptions)} with default options. */
  default LeadPage list(LeadListParams params) {
    return list(params, RequestOptions.none());
  }

  /** The first page with the server's defaults (25 leads, default serializer). */
  default LeadPage list() {
    return list(LeadListParams.builder().build(), RequestOptions.none());
  }

  /** Asynchronous {@link #list(LeadListParams, RequestOptions)}; the returned page's {@code nextPage()} blocks. */
  CompletableFuture<LeadPage> listAsync(LeadListParams params, RequestOptions options);

  /** Asynchronous {@link #list(LeadListParams)}. */
  default CompletableFuture<LeadPage> listAsync(LeadListParams params) {
    return listAsync(params, RequestOptions.none());
  }

  /**
   * Submits a lead: {@code POST /leads} with the request as JSON body, lead tokens at the top level. Authenticated by
   * the request's {@code lead_token}, so it works on a client built without keys or token (configured account
   * credentials are still sent). Not idempotent: not retried after an ambiguous failure.
   */
  Lead create(LeadCreateRequest request, RequestOptions options);

  /** {@link #create(LeadCreateRequest, RequestOptions)} with default options. */
  default Lead create(LeadCreateRequest request) {
    return create(request, RequestOptions.none());
  }

  /** Asynchronous {@link #create(LeadCreateRequest, RequestOptions)}. */
  CompletableFuture<Lead> createAsync(LeadCreateRequest request, RequestOptions options);

  /** Asynchronous {@link #create(LeadCreateRequest)}. */
  default CompletableFuture<Lead> createAsync(LeadCreateRequest request) {
    return createAsync(request, RequestOptions.none());
  }

  /**
   * Updates a lead: {@code PUT /leads/{uuid}} with the set fields as JSON body (explicit {@code null} for cleared
   * fields). Idempotent (a PUT of the same values), so retried.
   *
   * @throws IllegalArgumentException before any I/O when {@code uuid} is blank, starts or ends with whitespace (it
   *     is never trimmed), holds a control character or a {@code /}, or is {@code .} or {@code ..}
   */
  Lead update(String uuid, LeadUpdateRequest request, RequestOptions options);

  /** {@link #update(String, LeadUpdateRequest, RequestOptions)} with default options. */
  default Lead update(String uuid, LeadUpdateRequest request) {
    return update(uuid, request, RequestOptions.none());
  }

  /** Asynchronous {@link #update(String, LeadUpdateRequest, RequestOptions)}. */
  CompletableFuture<Lead> updateAsync(String uuid, LeadUpdateRequest request, RequestOptions options);

  /** Asynchronous {@link #update(String, LeadUpdateRequest)}. */
  default CompletableFuture<Lead> updateAsync(String uuid, LeadUpdateRequest request) {
    return updateAsync(uuid, request, RequestOptions.none());
  }

  /**
   * Retrieves one lead: {@code GET /leads/{idOrUuid}} (numeric id or UUID).
   *
   * <p><b>Unverified endpoint:</b> no public TrackDrive documentation shows {@code GET /api/v1/leads/:id}; it is
   * inferred from the uniform apipie resource pattern (API-FACTS section 4). The response is read as a lead object,
   * also when wrapped as {@code {"lead": {...}}}. If your account answers 404 for an existing lead, use
   * {@link #list(LeadListParams)} with a filter instead.
   *
   * @throws IllegalArgumentException before any I/O, as {@code leads.get(".."): id: ...}, when the id is blank,
   *     starts or ends with whitespace (it is never trimmed), holds a control character or a {@code /}, or is
   *     {@code .} or {@code ..}; anything else is percent-encoded as one path segment
   */
  Lead get(String idOrUuid, RequestOptions options);

  /** {@link #get(String, RequestOptions)} with default options. */
  default Lead get(String idOrUuid) {
    return get(idOrUuid, RequestOptions.none());
  }

  /** Asynchronous {@link #get(String, RequestOptions)}. */
  CompletableFuture<Lead> getAsync(String idOrUuid, RequestOptions options);

  /** Asynchronous {@link #get(String)}. */
  default CompletableFuture<Lead> getAsync(String idOrUuid) {
    return getAsync(idOrUuid, RequestOptions.none());
  }
}
