package dev.switchboard.callr;

import dev.switchboard.core.RequestOptions;
import dev.switchboard.models.Checks;
import dev.switchboard.core.paging.Page;
import dev.switchboard.models.callr.App;
import dev.switchboard.models.callr.AppCreateParams;
import dev.switchboard.models.callr.AppEditParams;
import dev.switchboard.models.callr.AppSearchFilters;
import dev.switchboard.models.callr.CustomerCli;
import dev.switchboard.models.callr.Did;
import dev.switchboard.models.callr.SearchOptions;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The JSON-RPC implementation of {@link AppsService}. */
final class AppsServiceImpl implements AppsService {
  static final CallrMethod<App> CREATE =
      CallrMethod.of("apps.create", false, CallrResults.of(App.class));
  static final CallrMethod<App> EDIT =
      CallrMethod.of("apps.edit", false, CallrResults.of(App.class));
  static final CallrMethod<App> GET =
      CallrMethod.of("apps.get", true, CallrResults.of(App.class));
  static final CallrMethod<Boolean> DELETE =
      CallrMethod.of("apps.delete", false, CallrResults.BOOLEAN);
  static final CallrMethod<List<App>> GET_LIST =
      CallrMethod.of("apps.get_list", true, CallrResults.listOf(App.class));
  static final CallrMethod<Boolean> ASSIGN_DID =
      CallrMethod.of("apps.assign_did", false, CallrResults.BOOLEAN);
  static final CallrMethod<Boolean> REMOVE_DID =
      CallrMethod.of("apps.remove_did", false, CallrResults.BOOLEAN);
  static final CallrMethod<List<Did>> GET_DIDS =
      CallrMethod.of("apps.get_dids", true, CallrResults.listOf(Did.class));
  static final CallrMethod<List<CustomerCli>> GET_AUTHORIZED_CLIS =
      CallrMethod.of("apps.get_authorized_clis", true, CallrResults.listOf(CustomerCli.class));

  private final CallrRpc rpc;

  AppsServiceImpl(CallrRpc rpc) {
    this.rpc = rpc;
  }

  private static List<Object> createParams(AppCreateParams params) {
    CallrRpc.required(params, "params");
    return CallrRpc.params(params.appPackage().orElse(null), params.name().orElse(null), params.params().orElse(java.util.Map.of()));
  }

  @Override
  public App create(AppCreateParams params, RequestOptions requestOptions) {
    return rpc.call(CREATE, createParams(params), requestOptions);
  }

  @Override
  public CompletableFuture<App> createAsync(AppCreateParams params, RequestOptions requestOptions) {
    return rpc.callAsync(CREATE, createParams(params), requestOptions);
  }

  private static List<Object> editParams(AppEditParams params) {
    CallrRpc.required(params, "params");
    return CallrRpc.params(params.hash().orElse(null), params.name().orElse(null), params.params().orElse(java.util.Map.of()));
  }

  @Override
  public App edit(AppEditParams params, RequestOptions requestOptions) {
    return rpc.call(EDIT, editParams(params), requestOptions);
  }

  @Override
  public CompletableFuture<App> editAsync(AppEditParams params, RequestOptions requestOptions) {
    return rpc.callAsync(EDIT, editParams(params), requestOptions);
  }

  private static List<Object> getParams(String hash) {
    Checks.id(GET.name, "hash", hash);
    return CallrRpc.params(hash);
  }

  @Override
  public App get(String hash, RequestOptions requestOptions) {
    return rpc.call(GET, getParams(hash), requestOptions);
  }

  @Override
  public CompletableFuture<App> getAsync(String hash, RequestOptions requestOptions) {
    return rpc.callAsync(GET, getParams(hash), requestOptions);
  }

  private static List<Object> deleteParams(String hash) {
    Checks.id(DELETE.name, "hash", hash);
    return CallrRpc.params(hash);
  }

  @Override
  public Boolean delete(String hash, RequestOptions requestOptions) {
    return rpc.call(DELETE, deleteParams(hash), requestOptions);
  }

  @Override
  public CompletableFuture<Boolean> deleteAsync(String hash, RequestOptions requestOptions) {
    return rpc.callAsync(DELETE, deleteParams(hash), requestOptions);
  }

  private static List<Object> getListParams(boolean withNumbers) {
    return CallrRpc.params(withNumbers);
  }

  @Override
  public List<App> getList(boolean withNumbers, RequestOptions requestOptions) {
    return rpc.call(GET_LIST, getListParams(withNumbers), requestOptions);
  }

  @Override
  public CompletableFuture<List<App>> getListAsync(boolean withNumbers, RequestOptions requestOptions) {
    return rpc.callAsync(GET_LIST, getListParams(withNumbers), requestOptions);
  }

  @Override
  public Page<App> search(AppSearchFilters filters, SearchOptions options, RequestOptions requestOptions) {
    return rpc.search("apps.search", filters, options, App.class, requestOptions);
  }

  @Override
  public CompletableFuture<Page<App>> searchAsync(AppSearchFilters filters, SearchOptions options, RequestOptions requestOptions) {
    return rpc.searchAsync("apps.search", filters, options, App.class, requestOptions);
  }

  private static List<Object> assignDidParams(String appHash, String didHash) {
    Checks.id(ASSIGN_DID.name, "appHash", appHash);
    Checks.id(ASSIGN_DID.name, "didHash", didHash);
    return CallrRpc.params(appHash, didHash);
  }

  @Override
  public Boolean assignDid(String appHash, String didHash, RequestOptions requestOptions) {
    return rpc.call(ASSIGN_DID, assignDidParams(appHash, didHash), requestOptions);
  }

  @Override
  public CompletableFuture<Boolean> assignDidAsync(String appHash, String didHash, RequestOptions requestOptions) {
    return rpc.callAsync(ASSIGN_DID, assignDidParams(appHash, didHash), requestOptions);
  }

  private static List<Object> removeDidParams(String didHash) {
    Checks.id(REMOVE_DID.name, "didHash", didHash);
    return CallrRpc.params(didHash);
  }

  @Override
  public Boolean removeDid(String didHash, RequestOptions requestOptions) {
    return rpc.call(REMOVE_DID, removeDidParams(didHash), requestOptions);
  }

  @Override
  public CompletableFuture<Boolean> removeDidAsync(String didHash, RequestOptions requestOptions) {
    return rpc.callAsync(REMOVE_DID, removeDidParams(didHash), requestOptions);
  }

  private static List<Object> getDidsParams(boolean onlyAvailable) {
    return CallrRpc.params(onlyAvailable);
  }

  @Override
  public List<Did> getDids(boolean onlyAvailable, RequestOptions requestOptions) {
    return rpc.call(GET_DIDS, getDidsParams(onlyAvailable), requestOptions);
  }

  @Override
  public CompletableFuture<List<Did>> getDidsAsync(boolean onlyAvailable, RequestOptions requestOptions) {
    return rpc.callAsync(GET_DIDS, getDidsParams(onlyAvailable), requestOptions);
  }

  private static List<Object> getAuthorizedClisParams(String type) {
    CallrRpc.required(type, "type");
    return CallrRpc.params(type);
  }

  @Override
  public List<CustomerCli> getAuthorizedClis(String type, RequestOptions requestOptions) {
    return rpc.call(GET_AUTHORIZED_CLIS, getAuthorizedClisParams(type), requestOptions);
  }

  @Override
  public CompletableFuture<List<CustomerCli>> getAuthorizedClisAsync(String type, RequestOptions requestOptions) {
    return rpc.callAsync(GET_AUTHORIZED_CLIS, getAuthorizedClisParams(type), requestOptions);
  }
}
