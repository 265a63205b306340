package dev.switchboard.callr;

import dev.switchboard.core.RequestOptions;
import dev.switchboard.models.Checks;
import dev.switchboard.models.callr.MediaLibrary;
import dev.switchboard.models.callr.MediaLibraryContentParams;
import dev.switchboard.models.callr.MediaPhoneID;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** The JSON-RPC implementation of {@link MediaLibraryService}. */
final class MediaLibraryServiceImpl implements MediaLibraryService {
  static final CallrMethod<Long> CREATE =
      CallrMethod.of("media/library.create", false, CallrResults.LONG);
  static final CallrMethod<MediaLibrary> GET =
      CallrMethod.of("media/library.get", true, CallrResults.of(MediaLibrary.class));
  static final CallrMethod<List<MediaLibrary>> GET_LIST =
      CallrMethod.of("media/library.get_list", true, CallrResults.keyed(MediaLibrary.class));
  static final CallrMethod<MediaPhoneID> GET_PHONE_ID =
      CallrMethod.of("media/library.get_phone_id", true, CallrResults.of(MediaPhoneID.class));
  static final CallrMethod<Boolean> SET_NAME =
      CallrMethod.of("media/library.set_name", false, CallrResults.BOOLEAN);
  static final CallrMethod<Boolean> SET_TAGS =
      CallrMethod.of("media/library.set_tags", false, CallrResults.BOOLEAN);
  static final CallrMethod<Boolean> SET_CONTENT =
      CallrMethod.of("media/library.set_content", false, CallrResults.BOOLEAN);
  static final CallrMethod<Boolean> SET_CONTENT_FROM_RECORDING =
      CallrMethod.of("media/library.set_content_from_recording", false, CallrResults.BOOLEAN);
  static final CallrMethod<Boolean> SET_CONTENT_FROM_FILE =
      CallrMethod.of("media/library.set_content_from_file", false, CallrResults.BOOLEAN);
  static final CallrMethod<Boolean> DELETE =
      CallrMethod.of("media/library.delete", false, CallrResults.BOOLEAN);

  private final CallrRpc rpc;

  MediaLibraryServiceImpl(CallrRpc rpc) {
    this.rpc = rpc;
  }

  private static List<Object> createParams(String name) {
    CallrRpc.required(name, "name");
    return CallrRpc.params(name);
  }

  @Override
  public Long create(String name, RequestOptions requestOptions) {
    return rpc.call(CREATE, createParams(name), requestOptions);
  }

  @Override
  public CompletableFuture<Long> createAsync(String name, RequestOptions requestOptions) {
    return rpc.callAsync(CREATE, createParams(name), requestOptions);
  }

  private static List<Object> getParams(long id) {
    return CallrRpc.params(id);
  }

  @Override
  public MediaLibrary get(long id, RequestOptions requestOptions) {
    return rpc.call(GET, getParams(id), requestOptions);
  }

  @Override
  public CompletableFuture<MediaLibrary> getAsync(long id, RequestOptions requestOptions) {
    return rpc.callAsync(GET, getParams(id), requestOptions);
  }

  private static List<Object> getListParams(List<String> categories) {
    return CallrRpc.params(categories);
  }

  @Override
  public List<MediaLibrary> getList(List<String> categories, RequestOptions requestOptions) {
    return rpc.call(GET_LIST, getListParams(categories), requestOptions);
  }

  @Override
  public CompletableFuture<List<MediaLibrary>> getListAsync(List<String> categories, RequestOptions requestOptions) {
    return rpc.callAsync(GET_LIST, getListParams(categories), requestOptions);
  }

  private static List<Object> getPhoneIdParams(long id, String countryCode) {
    CallrRpc.required(countryCode, "countryCode");
    return CallrRpc.params(id, countryCode);
  }

  @Override
  public MediaPhoneID getPhoneId(long id, String countryCode, RequestOptions requestOptions) {
    return rpc.call(GET_PHONE_ID, getPhoneIdParams(id, countryCode), requestOptions);
  }

  @Override
  public CompletableFuture<MediaPhoneID> getPhoneIdAsync(long id, String countryCode, RequestOptions requestOptions) {
    return rpc.callAsync(GET_PHONE_ID, getPhoneIdParams(id, countryCode), requestOptions);
  }

  private static List<Object> setNameParams(long id, String name) {
    CallrRpc.required(name, "name");
    return CallrRpc.params(id, name);
  }

  @Override
  public Boolean setName(long id, String name, RequestOptions requestOptions) {
    return rpc.call(SET_NAME, setNameParams(id, name), requestOptions);
  }

  @Override
  public CompletableFuture<Boolean> setNameAsync(long id, String name, RequestOptions requestOptions) {
    return rpc.callAsync(SET_NAME, setNameParams(id, name), requestOptions);
  }

  private static List<Object> setTagsParams(long id, Map<String, List<String>> tags) {
    CallrRpc.required(tags, "tags");
    return CallrRpc.params(id, tags);
  }

  @Override
  public Boolean setTags(long id, Map<String, List<String>> tags, RequestOptions requestOptions) {
    return rpc.call(SET_TAGS, setTagsParams(id, tags), requestOptions);
  }

  @Override
  public CompletableFuture<Boolean> setTagsAsync(long id, Map<String, List<String>> tags, RequestOptions requestOptions) {
    return rpc.callAsync(SET_TAGS, setTagsParams(id, tags), requestOptions);
  }

  private static List<Object> setContentParams(MediaLibraryContentParams params) {
    CallrRpc.required(params, "params");
    return CallrRpc.params(params.id().orElse(null), params.text().orElse(null), params.base64Audio().orElse(null));
  }

  @Override
  public Boolean setContent(MediaLibraryContentParams params, RequestOptions requestOptions) {
    return rpc.call(SET_CONTENT, setContentParams(params), requestOptions);
  }

  @Override
  public CompletableFuture<Boolean> setContentAsync(MediaLibraryContentParams params, RequestOptions requestOptions) {
    return rpc.callAsync(SET_CONTENT, setContentParams(params), requestOptions);
  }

  private static List<Object> setContentFromRecordingParams(long id, String recordingHash) {
    Checks.id(SET_CONTENT_FROM_RECORDING.name, "recordingHash", recordingHash);
    return CallrRpc.params(id, recordingHash);
  }

  @Override
  public Boolean setContentFromRecording(long id, String recordingHash, RequestOptions requestOptions) {
    return rpc.call(SET_CONTENT_FROM_RECORDING, setContentFromRecordingParams(id, recordingHash), requestOptions);
  }

  @Override
  public CompletableFuture<Boolean> setContentFromRecordingAsync(long id, String recordingHash, RequestOptions requestOptions) {
    return rpc.callAsync(SET_CONTENT_FROM_RECORDING, setContentFromRecordingParams(id, recordingHash), requestOptions);
  }

  private static List<Object> setContentFromFileParams(long id, String file) {
    CallrRpc.required(file, "file");
    return CallrRpc.params(id, file);
  }

  @Override
  public Boolean setContentFromFile(long id, String file, RequestOptions requestOptions) {
    return rpc.call(SET_CONTENT_FROM_FILE, setContentFromFileParams(id, file), requestOptions);
  }

  @Override
  public CompletableFuture<Boolean> setContentFromFileAsync(long id, String file, RequestOptions requestOptions) {
    return rpc.callAsync(SET_CONTENT_FROM_FILE, setContentFromFileParams(id, file), requestOptions);
  }

  private static List<Object> deleteParams(long id) {
    return CallrRpc.params(id);
  }

  @Override
  public Boolean delete(long id, RequestOptions requestOptions) {
    return rpc.call(DELETE, deleteParams(id), requestOptions);
  }

  @Override
  public CompletableFuture<Boolean> deleteAsync(long id, RequestOptions requestOptions) {
    return rpc.callAsync(DELETE, deleteParams(id), requestOptions);
  }
}
