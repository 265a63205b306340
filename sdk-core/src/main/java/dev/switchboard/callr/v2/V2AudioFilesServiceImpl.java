package dev.switchboard.callr.v2;

import dev.switchboard.core.RequestOptions;
import dev.switchboard.models.callr.v2.AudioFile;
import dev.switchboard.models.callr.v2.AudioFileCreateRequest;
import dev.switchboard.models.callr.v2.AudioFilePhoneId;
import dev.switchboard.models.callr.v2.AudioFileSearchParams;
import dev.switchboard.models.callr.v2.AudioFileUpdateRequest;
import dev.switchboard.models.callr.v2.AudioFileUpload;
import dev.switchboard.models.callr.v2.V2Ids;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The REST implementation of {@link V2AudioFilesService}. */
final class V2AudioFilesServiceImpl implements V2AudioFilesService {
  private final V2Http http;

  V2AudioFilesServiceImpl(V2Http http) {
    this.http = Objects.requireNonNull(http, "http");
  }

  @Override
  public V2SearchPage<AudioFile> search(AudioFileSearchParams query, RequestOptions options) {
    return http.execute(() -> searchCall(query, options));
  }

  @Override
  public CompletableFuture<V2SearchPage<AudioFile>> searchAsync(AudioFileSearchParams query, RequestOptions options) {
    return http.executeAsync(() -> searchCall(query, options));
  }

  private V2Http.Call<V2SearchPage<AudioFile>> searchCall(AudioFileSearchParams query, RequestOptions options) {
    return V2Http.search(V2Endpoint.AUDIO_FILES_SEARCH, query, AudioFile.class, options, q -> search(q, options));
  }

  @Override
  public AudioFile create(AudioFileCreateRequest request, RequestOptions options) {
    return http.execute(() -> createCall(request, options));
  }

  @Override
  public CompletableFuture<AudioFile> createAsync(AudioFileCreateRequest request, RequestOptions options) {
    return http.executeAsync(() -> createCall(request, options));
  }

  private V2Http.Call<AudioFile> createCall(AudioFileCreateRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    return new V2Http.Call<>(V2Http.request(V2Endpoint.AUDIO_FILES_CREATE, options).jsonBody(request).build(), V2Http.object(AudioFile.class));
  }

  @Override
  public AudioFile upload(AudioFileUpload upload, RequestOptions options) {
    return http.execute(() -> uploadCall(upload, options));
  }

  @Override
  public CompletableFuture<AudioFile> uploadAsync(AudioFileUpload upload, RequestOptions options) {
    return http.executeAsync(() -> uploadCall(upload, options));
  }

  private V2Http.Call<AudioFile> uploadCall(AudioFileUpload upload, RequestOptions options) {
    Multipart part = Multipart.of(upload, true);
    return new V2Http.Call<>(V2Http.request(V2Endpoint.AUDIO_FILES_UPLOAD, options).body(part.bytes(), part.mediaType()).build(),
        V2Http.object(AudioFile.class));
  }

  @Override
  public AudioFile get(String sid, RequestOptions options) {
    return http.execute(() -> getCall(sid, options));
  }

  @Override
  public CompletableFuture<AudioFile> getAsync(String sid, RequestOptions options) {
    return http.executeAsync(() -> getCall(sid, options));
  }

  private V2Http.Call<AudioFile> getCall(String sid, RequestOptions options) {
    return new V2Http.Call<>(V2Http.request(V2Endpoint.AUDIO_FILES_GET, options, V2Ids.requireSid("sid", sid)).build(), V2Http.object(AudioFile.class));
  }

  @Override
  public AudioFile update(String sid, AudioFileUpdateRequest request, RequestOptions options) {
    return http.execute(() -> updateCall(sid, request, options));
  }

  @Override
  public CompletableFuture<AudioFile> updateAsync(String sid, AudioFileUpdateRequest request, RequestOptions options) {
    return http.executeAsync(() -> updateCall(sid, request, options));
  }

  private V2Http.Call<AudioFile> updateCall(String sid, AudioFileUpdateRequest request, RequestOptions options) {
    String id = V2Ids.requireSid("sid", sid);
    Objects.requireNonNull(request, "request");
    return new V2Http.Call<>(V2Http.request(V2Endpoint.AUDIO_FILES_UPDATE, options, id).jsonBody(request).build(),
        V2Http.object(AudioFile.class));
  }

  @Override
  public void delete(String sid, RequestOptions options) {
    http.execute(() -> deleteCall(sid, options));
  }

  @Override
  public CompletableFuture<Void> deleteAsync(String sid, RequestOptions options) {
    return http.executeAsync(() -> deleteCall(sid, options));
  }

  private V2Http.Call<Void> deleteCall(String sid, RequestOptions options) {
    return new V2Http.Call<>(V2Http.request(V2Endpoint.AUDIO_FILES_DELETE, options, V2Ids.requireSid("sid", sid)).build(), V2Http.none());
  }

  @Override
  public AudioFilePhoneId phoneId(String sid, RequestOptions options) {
    return http.execute(() -> phoneIdCall(sid, options));
  }

  @Override
  public CompletableFuture<AudioFilePhoneId> phoneIdAsync(String sid, RequestOptions options) {
    return http.executeAsync(() -> phoneIdCall(sid, options));
  }

  private V2Http.Call<AudioFilePhoneId> phoneIdCall(String sid, RequestOptions options) {
    return new V2Http.Call<>(V2Http.request(V2Endpoint.AUDIO_FILES_PHONE_ID, options, V2Ids.requireSid("sid", sid)).build(), V2Http.object(AudioFilePhoneId.class));
  }

  @Override
  public AudioFile setContent(String sid, AudioFileUpload upload, RequestOptions options) {
    return http.execute(() -> setContentCall(sid, upload, options));
  }

  @Override
  public CompletableFuture<AudioFile> setContentAsync(String sid, AudioFileUpload upload, RequestOptions options) {
    return http.executeAsync(() -> setContentCall(sid, upload, options));
  }

  private V2Http.Call<AudioFile> setContentCall(String sid, AudioFileUpload upload, RequestOptions options) {
    String id = V2Ids.requireSid("sid", sid);
    Multipart part = Multipart.of(upload, false);
    return new V2Http.Call<>(V2Http.request(V2Endpoint.AUDIO_FILES_CONTENT, options, id).body(part.bytes(), part.mediaType())
        .build(), V2Http.object(AudioFile.class));
  }

  @Override
  public String toString() {
    return "V2AudioFilesService";
  }
}
