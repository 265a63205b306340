package dev.switchboard.callr;

import dev.switchboard.core.RequestOptions;
import dev.switchboard.core.paging.Page;
import dev.switchboard.models.callr.MediaRecording;
import dev.switchboard.models.callr.MediaRecordingActionResult;
import dev.switchboard.models.callr.MediaRecordingOverview;
import dev.switchboard.models.callr.MediaRecordingSearchFilters;
import dev.switchboard.models.callr.SearchOptions;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * CALLR {@code media/recording} methods ({@code CallrClient.mediaRecordings()}). An interface so that it can be mocked; every
 * method has a blocking form and an {@code ...Async} form returning a {@link CompletableFuture}, each optionally
 * taking trailing {@link RequestOptions}. Errors are {@code ApiException}s carrying the JSON-RPC code, message and
 * data.
 */
public interface MediaRecordingsService {

  /**
   * {@code media/recording.get}: Reads a recording. Name/params unverified (implied by the Objects reference only).
   *
   * <p>Idempotent: retried after 5xx, timeouts and dropped connections.
   * <b>Unverified</b>: follows docs/CALLR-METHODS.md, provisional.
   */
  default MediaRecording get(String hash) {
    return get(hash, RequestOptions.none());
  }

  /** {@link #get} with per-call options. */
  MediaRecording get(String hash, RequestOptions requestOptions);

  /** Asynchronous {@link #get}. */
  default CompletableFuture<MediaRecording> getAsync(String hash) {
    return getAsync(hash, RequestOptions.none());
  }

  /** Asynchronous {@link #get} with per-call options. */
  CompletableFuture<MediaRecording> getAsync(String hash, RequestOptions requestOptions);

  /**
   * {@code media/recording.search}: Searches recordings; {@code filters} and {@code options} may be {@code null}. Unverified (implied by the Objects reference only).
   *
   * <p>Idempotent: retried after 5xx, timeouts and dropped connections.
   * <b>Unverified</b>: follows docs/CALLR-METHODS.md, provisional.
   * Returns the first page; {@code page.autoPager()} iterates over all hits, each next page reusing these
   * request options.
   */
  default Page<MediaRecording> search(MediaRecordingSearchFilters filters, SearchOptions options) {
    return search(filters, options, RequestOptions.none());
  }

  /** {@link #search} with per-call options. */
  Page<MediaRecording> search(MediaRecordingSearchFilters filters, SearchOptions options, RequestOptions requestOptions);

  /** Asynchronous {@link #search}. */
  default CompletableFuture<Page<MediaRecording>> searchAsync(MediaRecordingSearchFilters filters, SearchOptions options) {
    return searchAsync(filters, options, RequestOptions.none());
  }

  /** Asynchronous {@link #search} with per-call options. */
  CompletableFuture<Page<MediaRecording>> searchAsync(MediaRecordingSearchFilters filters, SearchOptions options, RequestOptions requestOptions);

  /**
   * {@code media/recording.delete}: Deletes recordings. Unverified (implied by the Objects reference only).
   *
   * <p>Not idempotent: never retried once the request may have reached the server.
   * <b>Unverified</b>: follows docs/CALLR-METHODS.md, provisional.
   */
  default MediaRecordingActionResult delete(List<String> hashes) {
    return delete(hashes, RequestOptions.none());
  }

  /** {@link #delete} with per-call options. */
  MediaRecordingActionResult delete(List<String> hashes, RequestOptions requestOptions);

  /** Asynchronous {@link #delete}. */
  default CompletableFuture<MediaRecordingActionResult> deleteAsync(List<String> hashes) {
    return deleteAsync(hashes, RequestOptions.none());
  }

  /** Asynchronous {@link #delete} with per-call options. */
  CompletableFuture<MediaRecordingActionResult> deleteAsync(List<String> hashes, RequestOptions requestOptions);

  /**
   * {@code media/recording.set_read}: Marks recordings read or unread. Unverified (implied by the Objects reference only).
   *
   * <p>Not idempotent: never retried once the request may have reached the server.
   * <b>Unverified</b>: follows docs/CALLR-METHODS.md, provisional.
   */
  default MediaRecordingActionResult setRead(List<String> hashes, boolean read) {
    return setRead(hashes, read, RequestOptions.none());
  }

  /** {@link #setRead} with per-call options. */
  MediaRecordingActionResult setRead(List<String> hashes, boolean read, RequestOptions requestOptions);

  /** Asynchronous {@link #setRead}. */
  default CompletableFuture<MediaRecordingActionResult> setReadAsync(List<String> hashes, boolean read) {
    return setReadAsync(hashes, read, RequestOptions.none());
  }

  /** Asynchronous {@link #setRead} with per-call options. */
  CompletableFuture<MediaRecordingActionResult> setReadAsync(List<String> hashes, boolean read, RequestOptions requestOptions);

  /**
   * {@code media/recording.get_overview}: Counts of recordings by status. Unverified (implied by the Objects reference only).
   *
   * <p>Idempotent: retried after 5xx, timeouts and dropped connections.
   * <b>Unverified</b>: follows docs/CALLR-METHODS.md, provisional.
   */
  default MediaRecordingOverview getOverview() {
    return getOverview(RequestOptions.none());
  }

  /** {@link #getOverview} with per-call options. */
  MediaRecordingOverview getOverview(RequestOptions requestOptions);

  /** Asynchronous {@link #getOverview}. */
  default CompletableFuture<MediaRecordingOverview> getOverviewAsync() {
    return getOverviewAsync(RequestOptions.none());
  }

  /** Asynchronous {@link #getOverview} with per-call options. */
  CompletableFuture<MediaRecordingOverview> getOverviewAsync(RequestOptions requestOptions);
}
