package dev.switchboard.callr;

import dev.switchboard.core.RequestOptions;
import dev.switchboard.models.callr.MediaLibrary;
import dev.switchboard.models.callr.MediaLibraryContentParams;
import dev.switchboard.models.callr.MediaPhoneID;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * CALLR {@code media/library} methods ({@code CallrClient.mediaLibrary()}). An interface so that it can be mocked; every
 * method has a blocking form and an {@code ...Async} form returning a {@link CompletableFuture}, each optionally
 * taking trailing {@link RequestOptions}. Errors are {@code ApiException}s carrying the JSON-RPC code, message and
 * data.
 */
public interface MediaLibraryService {

  /**
   * {@code media/library.create}: Creates an empty media; returns its id.
   *
   * <p>Not idempotent: never retried once the request may have reached the server.
   */
  default Long create(String name) {
    return create(name, RequestOptions.none());
  }

  /** {@link #create} with per-call options. */
  Long create(String name, RequestOptions requestOptions);

  /** Asynchronous {@link #create}. */
  default CompletableFuture<Long> createAsync(String name) {
    return createAsync(name, RequestOptions.none());
  }

  /** Asynchronous {@link #create} with per-call options. */
  CompletableFuture<Long> createAsync(String name, RequestOptions requestOptions);

  /**
   * {@code media/library.get}: Reads a media.
   *
   * <p>Idempotent: retried after 5xx, timeouts and dropped connections.
   */
  default MediaLibrary get(long id) {
    return get(id, RequestOptions.none());
  }

  /** {@link #get} with per-call options. */
  MediaLibrary get(long id, RequestOptions requestOptions);

  /** Asynchronous {@link #get}. */
  default CompletableFuture<MediaLibrary> getAsync(long id) {
    return getAsync(id, RequestOptions.none());
  }

  /** Asynchronous {@link #get} with per-call options. */
  CompletableFuture<MediaLibrary> getAsync(long id, RequestOptions requestOptions);

  /**
   * {@code media/library.get_list}: Lists media, optionally of some categories ({@code null} for all). The result is an object keyed by media id or an array: both are read.
   *
   * <p>Idempotent: retried after 5xx, timeouts and dropped connections.
   */
  default List<MediaLibrary> getList(List<String> categories) {
    return getList(categories, RequestOptions.none());
  }

  /** {@link #getList} with per-call options. */
  List<MediaLibrary> getList(List<String> categories, RequestOptions requestOptions);

  /** Asynchronous {@link #getList}. */
  default CompletableFuture<List<MediaLibrary>> getListAsync(List<String> categories) {
    return getListAsync(categories, RequestOptions.none());
  }

  /** Asynchronous {@link #getList} with per-call options. */
  CompletableFuture<List<MediaLibrary>> getListAsync(List<String> categories, RequestOptions requestOptions);

  /**
   * {@code media/library.get_phone_id}: The phone number and id to call to record a media.
   *
   * <p>Idempotent: retried after 5xx, timeouts and dropped connections.
   */
  default MediaPhoneID getPhoneId(long id, String countryCode) {
    return getPhoneId(id, countryCode, RequestOptions.none());
  }

  /** {@link #getPhoneId} with per-call options. */
  MediaPhoneID getPhoneId(long id, String countryCode, RequestOptions requestOptions);

  /** Asynchronous {@link #getPhoneId}. */
  default CompletableFuture<MediaPhoneID> getPhoneIdAsync(long id, String countryCode) {
    return getPhoneIdAsync(id, countryCode, RequestOptions.none());
  }

  /** Asynchronous {@link #getPhoneId} with per-call options. */
  CompletableFuture<MediaPhoneID> getPhoneIdAsync(long id, String countryCode, RequestOptions requestOptions);

  /**
   * {@code media/library.set_name}: Renames a media.
   *
   * <p>Not idempotent: never retried once the request may have reached the server.
   */
  default Boolean setName(long id, String name) {
    return setName(id, name, RequestOptions.none());
  }

  /** {@link #setName} with per-call options. */
  Boolean setName(long id, String name, RequestOptions requestOptions);

  /** Asynchronous {@link #setName}. */
  default CompletableFuture<Boolean> setNameAsync(long id, String name) {
    return setNameAsync(id, name, RequestOptions.none());
  }

  /** Asynchronous {@link #setName} with per-call options. */
  CompletableFuture<Boolean> setNameAsync(long id, String name, RequestOptions requestOptions);

  /**
   * {@code media/library.set_tags}: Sets a media's tags ({@code {key: [values]}}).
   *
   * <p>Not idempotent: never retried once the request may have reached the server.
   */
  default Boolean setTags(long id, Map<String, List<String>> tags) {
    return setTags(id, tags, RequestOptions.none());
  }

  /** {@link #setTags} with per-call options. */
  Boolean setTags(long id, Map<String, List<String>> tags, RequestOptions requestOptions);

  /** Asynchronous {@link #setTags}. */
  default CompletableFuture<Boolean> setTagsAsync(long id, Map<String, List<String>> tags) {
    return setTagsAsync(id, tags, RequestOptions.none());
  }

  /** Asynchronous {@link #setTags} with per-call options. */
  CompletableFuture<Boolean> setTagsAsync(long id, Map<String, List<String>> tags, RequestOptions requestOptions);

  /**
   * {@code media/library.set_content}: Uploads a media's audio (base64) and text.
   *
   * <p>Not idempotent: never retried once the request may have reached the server.
   */
  default Boolean setContent(MediaLibraryContentParams params) {
    return setContent(params, RequestOptions.none());
  }

  /** {@link #setContent} with per-call options. */
  Boolean setContent(MediaLibraryContentParams params, RequestOptions requestOptions);

  /** Asynchronous {@link #setContent}. */
  default CompletableFuture<Boolean> setContentAsync(MediaLibraryContentParams params) {
    return setContentAsync(params, RequestOptions.none());
  }

  /** Asynchronous {@link #setContent} with per-call options. */
  CompletableFuture<Boolean> setContentAsync(MediaLibraryContentParams params, RequestOptions requestOptions);

  /**
   * {@code media/library.set_content_from_recording}: Copies a recording into a media (param meaning unverified).
   *
   * <p>Not idempotent: never retried once the request may have reached the server.
   * <b>Unverified</b>: follows docs/CALLR-METHODS.md, provisional.
   */
  default Boolean setContentFromRecording(long id, String recordingHash) {
    return setContentFromRecording(id, recordingHash, RequestOptions.none());
  }

  /** {@link #setContentFromRecording} with per-call options. */
  Boolean setContentFromRecording(long id, String recordingHash, RequestOptions requestOptions);

  /** Asynchronous {@link #setContentFromRecording}. */
  default CompletableFuture<Boolean> setContentFromRecordingAsync(long id, String recordingHash) {
    return setContentFromRecordingAsync(id, recordingHash, RequestOptions.none());
  }

  /** Asynchronous {@link #setContentFromRecording} with per-call options. */
  CompletableFuture<Boolean> setContentFromRecordingAsync(long id, String recordingHash, RequestOptions requestOptions);

  /**
   * {@code media/library.set_content_from_file}: Sets a media's content from an uploaded file. Params unverified (our choice).
   *
   * <p>Not idempotent: never retried once the request may have reached the server.
   * <b>Unverified</b>: follows docs/CALLR-METHODS.md, provisional.
   */
  default Boolean setContentFromFile(long id, String file) {
    return setContentFromFile(id, file, RequestOptions.none());
  }

  /** {@link #setContentFromFile} with per-call options. */
  Boolean setContentFromFile(long id, String file, RequestOptions requestOptions);

  /** Asynchronous {@link #setContentFromFile}. */
  default CompletableFuture<Boolean> setContentFromFileAsync(long id, String file) {
    return setContentFromFileAsync(id, file, RequestOptions.none());
  }

  /** Asynchronous {@link #setContentFromFile} with per-call options. */
  CompletableFuture<Boolean> setContentFromFileAsync(long id, String file, RequestOptions requestOptions);

  /**
   * {@code media/library.delete}: Deletes a media.
   *
   * <p>Not idempotent: never retried once the request may have reached the server.
   */
  default Boolean delete(long id) {
    return delete(id, RequestOptions.none());
  }

  /** {@link #delete} with per-call options. */
  Boolean delete(long id, RequestOptions requestOptions);

  /** Asynchronous {@link #delete}. */
  default CompletableFuture<Boolean> deleteAsync(long id) {
    return deleteAsync(id, RequestOptions.none());
  }

  /** Asynchronous {@link #delete} with per-call options. */
  CompletableFuture<Boolean> deleteAsync(long id, RequestOptions requestOptions);
}
