package dev.switchboard.callr;

import dev.switchboard.core.RequestOptions;
import dev.switchboard.models.callr.Country;
import dev.switchboard.models.callr.NumberInfos;
import dev.switchboard.models.callr.Timezone;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * CALLR {@code list} methods ({@code CallrClient.lists()}). An interface so that it can be mocked; every
 * method has a blocking form and an {@code ...Async} form returning a {@link CompletableFuture}, each optionally
 * taking trailing {@link RequestOptions}. Errors are {@code ApiException}s carrying the JSON-RPC code, message and
 * data.
 */
public interface ListsService {

  /**
   * {@code list.countries}: All countries (result keyed by country code or an array: both are read).
   *
   * <p>Idempotent: retried after 5xx, timeouts and dropped connections.
   */
  default List<Country> countries() {
    return countries(RequestOptions.none());
  }

  /** {@link #countries} with per-call options. */
  List<Country> countries(RequestOptions requestOptions);

  /** Asynchronous {@link #countries}. */
  default CompletableFuture<List<Country>> countriesAsync() {
    return countriesAsync(RequestOptions.none());
  }

  /** Asynchronous {@link #countries} with per-call options. */
  CompletableFuture<List<Country>> countriesAsync(RequestOptions requestOptions);

  /**
   * {@code list.timezones}: All time zones (result keyed by id or an array: both are read).
   *
   * <p>Idempotent: retried after 5xx, timeouts and dropped connections.
   */
  default List<Timezone> timezones() {
    return timezones(RequestOptions.none());
  }

  /** {@link #timezones} with per-call options. */
  List<Timezone> timezones(RequestOptions requestOptions);

  /** Asynchronous {@link #timezones}. */
  default CompletableFuture<List<Timezone>> timezonesAsync() {
    return timezonesAsync(RequestOptions.none());
  }

  /** Asynchronous {@link #timezones} with per-call options. */
  CompletableFuture<List<Timezone>> timezonesAsync(RequestOptions requestOptions);

  /**
   * {@code list.number_infos}: Information about a phone number.
   *
   * <p>Idempotent: retried after 5xx, timeouts and dropped connections.
   */
  default NumberInfos numberInfos(String number) {
    return numberInfos(number, RequestOptions.none());
  }

  /** {@link #numberInfos} with per-call options. */
  NumberInfos numberInfos(String number, RequestOptions requestOptions);

  /** Asynchronous {@link #numberInfos}. */
  default CompletableFuture<NumberInfos> numberInfosAsync(String number) {
    return numberInfosAsync(number, RequestOptions.none());
  }

  /** Asynchronous {@link #numberInfos} with per-call options. */
  CompletableFuture<NumberInfos> numberInfosAsync(String number, RequestOptions requestOptions);
}
