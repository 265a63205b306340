package dev.switchboard.callr.v2;

import dev.switchboard.core.RequestOptions;
import dev.switchboard.models.callr.v2.AudioFile;
import dev.switchboard.models.callr.v2.AudioFileCreateRequest;
import dev.switchboard.models.callr.v2.AudioFilePhoneId;
import dev.switchboard.models.callr.v2.AudioFileSearchParams;
import dev.switchboard.models.callr.v2.AudioFileUpdateRequest;
import dev.switchboard.models.callr.v2.AudioFileUpload;
import java.util.concurrent.CompletableFuture;

/**
 * CALLR v2 audio files ({@code CallrV2Client.audioFiles()}), the successor of the v1 media library.
 *
 * <p>Tags are no longer supported [C]. Create with a JSON name (status {@code pending-content}) and upload the content later, or upload a file at once as {@code multipart/form-data} [C]; accepted types: FLAC, MP3, MP4, Ogg, WAV [C].
 *
 * <p>An interface so that it can be mocked; every operation has a blocking form and an {@code ...Async} form
 * returning a {@link CompletableFuture}, each optionally taking trailing {@link RequestOptions}. Arguments are
 * checked before any I/O, naming the field. Errors are {@code ApiException}s carrying the v2 {@code code} and
 * {@code message}.
 */
public interface V2AudioFilesService {

  /**
   * {@code GET /audio-files} ({@link V2Endpoint#AUDIO_FILES_SEARCH}): searches audio files [C path; params I].
   *
   * <p>Idempotent: retried after 5xx, 429, timeouts and dropped connections.
   */
  default V2SearchPage<AudioFile> search(AudioFileSearchParams query) {
    return search(query, RequestOptions.none());
  }

  /** {@link #search} with per-call options. */
  V2SearchPage<AudioFile> search(AudioFileSearchParams query, RequestOptions options);

  /** Asynchronous {@link #search}. */
  default CompletableFuture<V2SearchPage<AudioFile>> searchAsync(AudioFileSearchParams query) {
    return searchAsync(query, RequestOptions.none());
  }

  /** Asynchronous {@link #search} with per-call options. */
  CompletableFuture<V2SearchPage<AudioFile>> searchAsync(AudioFileSearchParams query, RequestOptions options);

  /** {@link #search} with no filters (the first page, server defaults). */
  default V2SearchPage<AudioFile> search() {
    return search(AudioFileSearchParams.builder().build());
  }

  /**
   * {@code POST /audio-files} ({@link V2Endpoint#AUDIO_FILES_CREATE}): creates an audio file without content (JSON {@code {"name"}}) [C].
   *
   * <p>Not idempotent: never retried once the request may have reached the server (a retry could repeat its effect), unless {@link RequestOptions.Builder#idempotencyKey} is set.
   */
  default AudioFile create(AudioFileCreateRequest request) {
    return create(request, RequestOptions.none());
  }

  /** {@link #create} with per-call options. */
  AudioFile create(AudioFileCreateRequest request, RequestOptions options);

  /** Asynchronous {@link #create}. */
  default CompletableFuture<AudioFile> createAsync(AudioFileCreateRequest request) {
    return createAsync(request, RequestOptions.none());
  }

  /** Asynchronous {@link #create} with per-call options. */
  CompletableFuture<AudioFile> createAsync(AudioFileCreateRequest request, RequestOptions options);

  /**
   * {@code POST /audio-files} ({@link V2Endpoint#AUDIO_FILES_UPLOAD}): creates an audio file with content, as {@code multipart/form-data} (parts {@code name} and {@code file} [I names]); it is converted asynchronously [C].
   *
   * <p>Not idempotent: never retried once the request may have reached the server (a retry could repeat its effect), unless {@link RequestOptions.Builder#idempotencyKey} is set.
   */
  default AudioFile upload(AudioFileUpload upload) {
    return upload(upload, RequestOptions.none());
  }

  /** {@link #upload} with per-call options. */
  AudioFile upload(AudioFileUpload upload, RequestOptions options);

  /** Asynchronous {@link #upload}. */
  default CompletableFuture<AudioFile> uploadAsync(AudioFileUpload upload) {
    return uploadAsync(upload, RequestOptions.none());
  }

  /** Asynchronous {@link #upload} with per-call options. */
  CompletableFuture<AudioFile> uploadAsync(AudioFileUpload upload, RequestOptions options);

  /**
   * {@code GET /audio-files/{sid}} ({@link V2Endpoint#AUDIO_FILES_GET}): reads one audio file [C].
   *
   * <p>Idempotent: retried after 5xx, 429, timeouts and dropped connections.
   */
  default AudioFile get(String sid) {
    return get(sid, RequestOptions.none());
  }

  /** {@link #get} with per-call options. */
  AudioFile get(String sid, RequestOptions options);

  /** Asynchronous {@link #get}. */
  default CompletableFuture<AudioFile> getAsync(String sid) {
    return getAsync(sid, RequestOptions.none());
  }

  /** Asynchronous {@link #get} with per-call options. */
  CompletableFuture<AudioFile> getAsync(String sid, RequestOptions options);

  /**
   * {@code PATCH /audio-files/{sid}} ({@link V2Endpoint#AUDIO_FILES_UPDATE}): renames an audio file [I: endpoint and body inferred, probably replaces {@code media/library.set_name}].
   *
   * <p>Idempotent: retried after 5xx, 429, timeouts and dropped connections.
   */
  default AudioFile update(String sid, AudioFileUpdateRequest request) {
    return update(sid, request, RequestOptions.none());
  }

  /** {@link #update} with per-call options. */
  AudioFile update(String sid, AudioFileUpdateRequest request, RequestOptions options);

  /** Asynchronous {@link #update}. */
  default CompletableFuture<AudioFile> updateAsync(String sid, AudioFileUpdateRequest request) {
    return updateAsync(sid, request, RequestOptions.none());
  }

  /** Asynchronous {@link #update} with per-call options. */
  CompletableFuture<AudioFile> updateAsync(String sid, AudioFileUpdateRequest request, RequestOptions options);

  /**
   * {@code DELETE /audio-files/{sid}} ({@link V2Endpoint#AUDIO_FILES_DELETE}): deletes an audio file [C].
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
   * {@code PUT /audio-files/{sid}/phone-id} ({@link V2Endpoint#AUDIO_FILES_PHONE_ID}): gets a DTMF code to record the audio file by phone [C path; result free-form].
   *
   * <p>Idempotent: retried after 5xx, 429, timeouts and dropped connections.
   */
  default AudioFilePhoneId phoneId(String sid) {
    return phoneId(sid, RequestOptions.none());
  }

  /** {@link #phoneId} with per-call options. */
  AudioFilePhoneId phoneId(String sid, RequestOptions options);

  /** Asynchronous {@link #phoneId}. */
  default CompletableFuture<AudioFilePhoneId> phoneIdAsync(String sid) {
    return phoneIdAsync(sid, RequestOptions.none());
  }

  /** Asynchronous {@link #phoneId} with per-call options. */
  CompletableFuture<AudioFilePhoneId> phoneIdAsync(String sid, RequestOptions options);

  /**
   * {@code POST /audio-files/{sid}/file} ({@link V2Endpoint#AUDIO_FILES_CONTENT}): uploads the content of an audio file created without one, as {@code multipart/form-data} part {@code file} [C path; verb in conflict; multipart I].
   *
   * <p>Not idempotent: never retried once the request may have reached the server (a retry could repeat its effect), unless {@link RequestOptions.Builder#idempotencyKey} is set.
   */
  default AudioFile setContent(String sid, AudioFileUpload upload) {
    return setContent(sid, upload, RequestOptions.none());
  }

  /** {@link #setContent} with per-call options. */
  AudioFile setContent(String sid, AudioFileUpload upload, RequestOptions options);

  /** Asynchronous {@link #setContent}. */
  default CompletableFuture<AudioFile> setContentAsync(String sid, AudioFileUpload upload) {
    return setContentAsync(sid, upload, RequestOptions.none());
  }

  /** Asynchronous {@link #setContent} with per-call options. */
  CompletableFuture<AudioFile> setContentAsync(String sid, AudioFileUpload upload, RequestOptions options);
}
