package dev.switchboard.callr;

import dev.switchboard.core.RequestOptions;
import dev.switchboard.models.Checks;
import dev.switchboard.core.paging.Page;
import dev.switchboard.models.callr.MediaRecording;
import dev.switchboard.models.callr.MediaRecordingActionResult;
import dev.switchboard.models.callr.MediaRecordingOverview;
import dev.switchboard.models.callr.MediaRecordingSearchFilters;
import dev.switchboard.models.callr.SearchOptions;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The JSON-RPC implementation of {@link MediaRecordingsService}. */
final class MediaRecordingsServiceImpl implements MediaRecordingsService {
  static final CallrMethod<MediaRecording> GET =
      CallrMethod.of("media/recording.get", true, CallrResults.of(MediaRecording.class));
  static final CallrMethod<MediaRecordingActionResult> DELETE =
      CallrMethod.of("media/recording.delete", false, CallrResults.of(MediaRecordingActionResult.class));
  static final CallrMethod<MediaRecordingActionResult> SET_READ =
      CallrMethod.of("media/recording.set_read", false, CallrResults.of(MediaRecordingActionResult.class));
  static final CallrMethod<MediaRecordingOverview> GET_OVERVIEW =
      CallrMethod.of("media/recording.get_overview", true, CallrResults.of(MediaRecordingOverview.class));

  private final CallrRpc rpc;

  MediaRecordingsServiceImpl(CallrRpc rpc) {
    this.rpc = rpc;
  }

  private static List<Object> getParams(String hash) {
    Checks.id(GET.name, "hash", hash);
    return CallrRpc.params(hash);
  }

  @Override
  public MediaRecording get(String hash, RequestOptions requestOptions) {
    return rpc.call(GET, getParams(hash), requestOptions);
  }

  @Override
  public CompletableFuture<MediaRecording> getAsync(String hash, RequestOptions requestOptions) {
    return rpc.callAsync(GET, getParams(hash), requestOptions);
  }

  @Override
  public Page<MediaRecording> search(MediaRecordingSearchFilters filters, SearchOptions options, RequestOptions requestOptions) {
    return rpc.search("media/recording.search", filters, options, MediaRecording.class, requestOptions);
  }

  @Override
  public CompletableFuture<Page<MediaRecording>> searchAsync(MediaRecordingSearchFilters filters, SearchOptions options, RequestOptions requestOptions) {
    return rpc.searchAsync("media/recording.search", filters, options, MediaRecording.class, requestOptions);
  }

  private static List<Object> deleteParams(List<String> hashes) {
    CallrRpc.required(hashes, "hashes");
    return CallrRpc.params(hashes);
  }

  @Override
  public MediaRecordingActionResult delete(List<String> hashes, RequestOptions requestOptions) {
    return rpc.call(DELETE, deleteParams(hashes), requestOptions);
  }

  @Override
  public CompletableFuture<MediaRecordingActionResult> deleteAsync(List<String> hashes, RequestOptions requestOptions) {
    return rpc.callAsync(DELETE, deleteParams(hashes), requestOptions);
  }

  private static List<Object> setReadParams(List<String> hashes, boolean read) {
    CallrRpc.required(hashes, "hashes");
    return CallrRpc.params(hashes, read);
  }

  @Override
  public MediaRecordingActionResult setRead(List<String> hashes, boolean read, RequestOptions requestOptions) {
    return rpc.call(SET_READ, setReadParams(hashes, read), requestOptions);
  }

  @Override
  public CompletableFuture<MediaRecordingActionResult> setReadAsync(List<String> hashes, boolean read, RequestOptions requestOptions) {
    return rpc.callAsync(SET_READ, setReadParams(hashes, read), requestOptions);
  }

  private static List<Object> getOverviewParams() {
    return CallrRpc.params();
  }

  @Override
  public MediaRecordingOverview getOverview(RequestOptions requestOptions) {
    return rpc.call(GET_OVERVIEW, getOverviewParams(), requestOptions);
  }

  @Override
  public CompletableFuture<MediaRecordingOverview> getOverviewAsync(RequestOptions requestOptions) {
    return rpc.callAsync(GET_OVERVIEW, getOverviewParams(), requestOptions);
  }
}
