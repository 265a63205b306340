package dev.switchboard.callr;

import dev.switchboard.core.RequestOptions;
import dev.switchboard.models.callr.DidAreaCode;
import dev.switchboard.models.callr.DidCountry;
import dev.switchboard.models.callr.DidType;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The JSON-RPC implementation of {@link DidAreaCodesService}. */
final class DidAreaCodesServiceImpl implements DidAreaCodesService {
  static final CallrMethod<List<DidCountry>> COUNTRIES =
      CallrMethod.of("did/areacode.countries", true, CallrResults.listOf(DidCountry.class));
  static final CallrMethod<List<DidAreaCode>> GET_LIST =
      CallrMethod.of("did/areacode.get_list", true, CallrResults.listOf(DidAreaCode.class));
  static final CallrMethod<List<DidType>> TYPES =
      CallrMethod.of("did/areacode.types", true, CallrResults.listOf(DidType.class));

  private final CallrRpc rpc;

  DidAreaCodesServiceImpl(CallrRpc rpc) {
    this.rpc = rpc;
  }

  private static List<Object> countriesParams() {
    return CallrRpc.params();
  }

  @Override
  public List<DidCountry> countries(RequestOptions requestOptions) {
    return rpc.call(COUNTRIES, countriesParams(), requestOptions);
  }

  @Override
  public CompletableFuture<List<DidCountry>> countriesAsync(RequestOptions requestOptions) {
    return rpc.callAsync(COUNTRIES, countriesParams(), requestOptions);
  }

  private static List<Object> getListParams(String countryCode, String type) {
    CallrRpc.required(countryCode, "countryCode");
    return CallrRpc.params(countryCode, type);
  }

  @Override
  public List<DidAreaCode> getList(String countryCode, String type, RequestOptions requestOptions) {
    return rpc.call(GET_LIST, getListParams(countryCode, type), requestOptions);
  }

  @Override
  public CompletableFuture<List<DidAreaCode>> getListAsync(String countryCode, String type, RequestOptions requestOptions) {
    return rpc.callAsync(GET_LIST, getListParams(countryCode, type), requestOptions);
  }

  private static List<Object> typesParams(String countryCode) {
    CallrRpc.required(countryCode, "countryCode");
    return CallrRpc.params(countryCode);
  }

  @Override
  public List<DidType> types(String countryCode, RequestOptions requestOptions) {
    return rpc.call(TYPES, typesParams(countryCode), requestOptions);
  }

  @Override
  public CompletableFuture<List<DidType>> typesAsync(String countryCode, RequestOptions requestOptions) {
    return rpc.callAsync(TYPES, typesParams(countryCode), requestOptions);
  }
}
