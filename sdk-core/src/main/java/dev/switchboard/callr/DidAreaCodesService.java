package dev.switchboard.callr;

import dev.switchboard.core.RequestOptions;
import dev.switchboard.models.callr.DidAreaCode;
import dev.switchboard.models.callr.DidCountry;
import dev.switchboard.models.callr.DidType;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * CALLR {@code did/areacode} methods ({@code CallrClient.didAreaCodes()}). An interface so that it can be mocked; every
 * method has a blocking form and an {@code ...Async} form returning a {@link CompletableFuture}, each optionally
 * taking trailing {@link RequestOptions}. Errors are {@code ApiException}s carrying the JSON-RPC code, message and
 * data.
 */
public interface DidAreaCodesService {

  /**
   * {@code did/areacode.countries}: Countries where numbers can be bought.
   *
   * <p>Idempotent: retried after 5xx, timeouts and dropped connections.
   */
  default List<DidCountry> countries() {
    return countries(RequestOptions.none());
  }

  /** {@link #countries} with per-call options. */
  List<DidCountry> countries(RequestOptions requestOptions);

  /** Asynchronous {@link #countries}. */
  default CompletableFuture<List<DidCountry>> countriesAsync() {
    return countriesAsync(RequestOptions.none());
  }

  /** Asynchronous {@link #countries} with per-call options. */
  CompletableFuture<List<DidCountry>> countriesAsync(RequestOptions requestOptions);

  /**
   * {@code did/areacode.get_list}: Area codes of a country; {@code type} (number type) may be {@code null}.
   *
   * <p>Idempotent: retried after 5xx, timeouts and dropped connections.
   */
  default List<DidAreaCode> getList(String countryCode, String type) {
    return getList(countryCode, type, RequestOptions.none());
  }

  /** {@link #getList} with per-call options. */
  List<DidAreaCode> getList(String countryCode, String type, RequestOptions requestOptions);

  /** Asynchronous {@link #getList}. */
  default CompletableFuture<List<DidAreaCode>> getListAsync(String countryCode, String type) {
    return getListAsync(countryCode, type, RequestOptions.none());
  }

  /** Asynchronous {@link #getList} with per-call options. */
  CompletableFuture<List<DidAreaCode>> getListAsync(String countryCode, String type, RequestOptions requestOptions);

  /**
   * {@code did/areacode.types}: Number types available in a country.
   *
   * <p>Idempotent: retried after 5xx, timeouts and dropped connections.
   */
  default List<DidType> types(String countryCode) {
    return types(countryCode, RequestOptions.none());
  }

  /** {@link #types} with per-call options. */
  List<DidType> types(String countryCode, RequestOptions requestOptions);

  /** Asynchronous {@link #types}. */
  default CompletableFuture<List<DidType>> typesAsync(String countryCode) {
    return typesAsync(countryCode, RequestOptions.none());
  }

  /** Asynchronous {@link #types} with per-call options. */
  CompletableFuture<List<DidType>> typesAsync(String countryCode, RequestOptions requestOptions);
}
