package dev.switchboard.callr;

import dev.switchboard.core.RequestOptions;
import dev.switchboard.models.callr.Country;
import dev.switchboard.models.callr.NumberInfos;
import dev.switchboard.models.callr.Timezone;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The JSON-RPC implementation of {@link ListsService}. */
final class ListsServiceImpl implements ListsService {
  static final CallrMethod<List<Country>> COUNTRIES =
      CallrMethod.of("list.countries", true, CallrResults.keyed(Country.class));
  static final CallrMethod<List<Timezone>> TIMEZONES =
      CallrMethod.of("list.timezones", true, CallrResults.keyed(Timezone.class));
  static final CallrMethod<NumberInfos> NUMBER_INFOS =
      CallrMethod.of("list.number_infos", true, CallrResults.of(NumberInfos.class));

  private final CallrRpc rpc;

  ListsServiceImpl(CallrRpc rpc) {
    this.rpc = rpc;
  }

  private static List<Object> countriesParams() {
    return CallrRpc.params();
  }

  @Override
  public List<Country> countries(RequestOptions requestOptions) {
    return rpc.call(COUNTRIES, countriesParams(), requestOptions);
  }

  @Override
  public CompletableFuture<List<Country>> countriesAsync(RequestOptions requestOptions) {
    return rpc.callAsync(COUNTRIES, countriesParams(), requestOptions);
  }

  private static List<Object> timezonesParams() {
    return CallrRpc.params();
  }

  @Override
  public List<Timezone> timezones(RequestOptions requestOptions) {
    return rpc.call(TIMEZONES, timezonesParams(), requestOptions);
  }

  @Override
  public CompletableFuture<List<Timezone>> timezonesAsync(RequestOptions requestOptions) {
    return rpc.callAsync(TIMEZONES, timezonesParams(), requestOptions);
  }

  private static List<Object> numberInfosParams(String number) {
    CallrRpc.required(number, "number");
    return CallrRpc.params(number);
  }

  @Override
  public NumberInfos numberInfos(String number, RequestOptions requestOptions) {
    return rpc.call(NUMBER_INFOS, numberInfosParams(number), requestOptions);
  }

  @Override
  public CompletableFuture<NumberInfos> numberInfosAsync(String number, RequestOptions requestOptions) {
    return rpc.callAsync(NUMBER_INFOS, numberInfosParams(number), requestOptions);
  }
}
