package dev.switchboard.callr;

import dev.switchboard.core.RequestOptions;
import dev.switchboard.models.callr.ApiKeyInfo;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The JSON-RPC implementation of {@link ApiKeysService}. */
final class ApiKeysServiceImpl implements ApiKeysService {
  static final CallrMethod<ApiKeyInfo> CREATE =
      CallrMethod.of("api-key.create", false, CallrResults.of(ApiKeyInfo.class));
  static final CallrMethod<List<ApiKeyInfo>> ALL =
      CallrMethod.of("api-key.all", true, CallrResults.listOf(ApiKeyInfo.class));
  static final CallrMethod<Boolean> DELETE =
      CallrMethod.of("api-key.delete", false, CallrResults.BOOLEAN);

  private final CallrRpc rpc;

  ApiKeysServiceImpl(CallrRpc rpc) {
    this.rpc = rpc;
  }

  private static List<Object> createParams(String name) {
    CallrRpc.required(name, "name");
    return CallrRpc.params(name);
  }

  @Override
  public ApiKeyInfo create(String name, RequestOptions requestOptions) {
    return rpc.call(CREATE, createParams(name), requestOptions);
  }

  @Override
  public CompletableFuture<ApiKeyInfo> createAsync(String name, RequestOptions requestOptions) {
    return rpc.callAsync(CREATE, createParams(name), requestOptions);
  }

  private static List<Object> allParams() {
    return CallrRpc.params();
  }

  @Override
  public List<ApiKeyInfo> all(RequestOptions requestOptions) {
    return rpc.call(ALL, allParams(), requestOptions);
  }

  @Override
  public CompletableFuture<List<ApiKeyInfo>> allAsync(RequestOptions requestOptions) {
    return rpc.callAsync(ALL, allParams(), requestOptions);
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
