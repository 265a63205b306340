package dev.switchboard.callr;

import dev.switchboard.core.RequestOptions;
import dev.switchboard.core.paging.Page;
import dev.switchboard.models.callr.Job;
import dev.switchboard.models.callr.SearchOptions;
import dev.switchboard.models.callr.Sms;
import dev.switchboard.models.callr.SmsGetListParams;
import dev.switchboard.models.callr.SmsQuote;
import dev.switchboard.models.callr.SmsSearchFilters;
import dev.switchboard.models.callr.SmsSendParams;
import dev.switchboard.models.callr.SmsSettings;
import dev.switchboard.models.callr.Webhook;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * CALLR {@code sms} methods ({@code CallrClient.sms()}). An interface so that it can be mocked; every
 * method has a blocking form and an {@code ...Async} form returning a {@link CompletableFuture}, each optionally
 * taking trailing {@link RequestOptions}. Errors are {@code ApiException}s carrying the JSON-RPC code, message and
 * data.
 */
public interface SmsService {

  /**
   * {@code sms.send}: Sends an SMS; returns the SMS hash. Never retried automatically (a retry could send a second message).
   *
   * <p>Not idempotent: never retried once the request may have reached the server.
   */
  default String send(SmsSendParams params) {
    return send(params, RequestOptions.none());
  }

  /** {@link #send} with per-call options. */
  String send(SmsSendParams params, RequestOptions requestOptions);

  /** Asynchronous {@link #send}. */
  default CompletableFuture<String> sendAsync(SmsSendParams params) {
    return sendAsync(params, RequestOptions.none());
  }

  /** Asynchronous {@link #send} with per-call options. */
  CompletableFuture<String> sendAsync(SmsSendParams params, RequestOptions requestOptions);

  /**
   * {@code sms.get}: Reads one SMS by hash.
   *
   * <p>Idempotent: retried after 5xx, timeouts and dropped connections.
   */
  default Sms get(String hash) {
    return get(hash, RequestOptions.none());
  }

  /** {@link #get} with per-call options. */
  Sms get(String hash, RequestOptions requestOptions);

  /** Asynchronous {@link #get}. */
  default CompletableFuture<Sms> getAsync(String hash) {
    return getAsync(hash, RequestOptions.none());
  }

  /** Asynchronous {@link #get} with per-call options. */
  CompletableFuture<Sms> getAsync(String hash, RequestOptions requestOptions);

  /**
   * {@code sms.search}: Searches SMS (newest first); {@code filters} and {@code options} may be {@code null}. Params unverified (our choice): {@code (SMS.SearchFilters, Search.Options)}.
   *
   * <p>Idempotent: retried after 5xx, timeouts and dropped connections.
   * <b>Unverified</b>: follows docs/CALLR-METHODS.md, provisional.
   * Returns the first page; {@code page.autoPager()} iterates over all hits, each next page reusing these
   * request options.
   */
  default Page<Sms> search(SmsSearchFilters filters, SearchOptions options) {
    return search(filters, options, RequestOptions.none());
  }

  /** {@link #search} with per-call options. */
  Page<Sms> search(SmsSearchFilters filters, SearchOptions options, RequestOptions requestOptions);

  /** Asynchronous {@link #search}. */
  default CompletableFuture<Page<Sms>> searchAsync(SmsSearchFilters filters, SearchOptions options) {
    return searchAsync(filters, options, RequestOptions.none());
  }

  /** Asynchronous {@link #search} with per-call options. */
  CompletableFuture<Page<Sms>> searchAsync(SmsSearchFilters filters, SearchOptions options, RequestOptions requestOptions);

  /**
   * {@code sms.get_list}: Lists inbound or outbound SMS in a UTC date range.
   *
   * <p>Idempotent: retried after 5xx, timeouts and dropped connections.
   */
  default List<Sms> getList(SmsGetListParams params) {
    return getList(params, RequestOptions.none());
  }

  /** {@link #getList} with per-call options. */
  List<Sms> getList(SmsGetListParams params, RequestOptions requestOptions);

  /** Asynchronous {@link #getList}. */
  default CompletableFuture<List<Sms>> getListAsync(SmsGetListParams params) {
    return getListAsync(params, RequestOptions.none());
  }

  /** Asynchronous {@link #getList} with per-call options. */
  CompletableFuture<List<Sms>> getListAsync(SmsGetListParams params, RequestOptions requestOptions);

  /**
   * {@code sms.get_quote}: Quotes the cost of sending an SMS (nothing is sent). Params unverified (our choice): the same as {@code sms.send}.
   *
   * <p>Idempotent: retried after 5xx, timeouts and dropped connections.
   * <b>Unverified</b>: follows docs/CALLR-METHODS.md, provisional.
   */
  default SmsQuote getQuote(SmsSendParams params) {
    return getQuote(params, RequestOptions.none());
  }

  /** {@link #getQuote} with per-call options. */
  SmsQuote getQuote(SmsSendParams params, RequestOptions requestOptions);

  /** Asynchronous {@link #getQuote}. */
  default CompletableFuture<SmsQuote> getQuoteAsync(SmsSendParams params) {
    return getQuoteAsync(params, RequestOptions.none());
  }

  /** Asynchronous {@link #getQuote} with per-call options. */
  CompletableFuture<SmsQuote> getQuoteAsync(SmsSendParams params, RequestOptions requestOptions);

  /**
   * {@code sms.get_count_for_body}: Number of SMS parts {@code body} needs. Deprecated by CALLR.
   *
   * <p>Idempotent: retried after 5xx, timeouts and dropped connections.
   */
  @Deprecated
  default Long getCountForBody(String body) {
    return getCountForBody(body, RequestOptions.none());
  }

  /** {@link #getCountForBody} with per-call options. */
  @Deprecated
  Long getCountForBody(String body, RequestOptions requestOptions);

  /** Asynchronous {@link #getCountForBody}. */
  @Deprecated
  default CompletableFuture<Long> getCountForBodyAsync(String body) {
    return getCountForBodyAsync(body, RequestOptions.none());
  }

  /** Asynchronous {@link #getCountForBody} with per-call options. */
  @Deprecated
  CompletableFuture<Long> getCountForBodyAsync(String body, RequestOptions requestOptions);

  /**
   * {@code sms.get_gsm_charset_mapping}: The GSM charset mapping (character to its GSM replacement). Params/result unverified (our choice).
   *
   * <p>Idempotent: retried after 5xx, timeouts and dropped connections.
   * <b>Unverified</b>: follows docs/CALLR-METHODS.md, provisional.
   */
  default Map<String, String> getGsmCharsetMapping() {
    return getGsmCharsetMapping(RequestOptions.none());
  }

  /** {@link #getGsmCharsetMapping} with per-call options. */
  Map<String, String> getGsmCharsetMapping(RequestOptions requestOptions);

  /** Asynchronous {@link #getGsmCharsetMapping}. */
  default CompletableFuture<Map<String, String>> getGsmCharsetMappingAsync() {
    return getGsmCharsetMappingAsync(RequestOptions.none());
  }

  /** Asynchronous {@link #getGsmCharsetMapping} with per-call options. */
  CompletableFuture<Map<String, String>> getGsmCharsetMappingAsync(RequestOptions requestOptions);

  /**
   * {@code sms.export_async}: Starts an asynchronous export ({@code sms.export_async}); returns the Job id. {@code filters} and {@code webhook} (a dynamic webhook with just {@code endpoint}) may be {@code null}.
   *
   * <p>Not idempotent: never retried once the request may have reached the server.
   */
  default String startExport(SmsSearchFilters filters, Webhook webhook) {
    return startExport(filters, webhook, RequestOptions.none());
  }

  /** {@link #startExport} with per-call options. */
  String startExport(SmsSearchFilters filters, Webhook webhook, RequestOptions requestOptions);

  /** Asynchronous {@link #startExport}. */
  default CompletableFuture<String> startExportAsync(SmsSearchFilters filters, Webhook webhook) {
    return startExportAsync(filters, webhook, RequestOptions.none());
  }

  /** Asynchronous {@link #startExport} with per-call options. */
  CompletableFuture<String> startExportAsync(SmsSearchFilters filters, Webhook webhook, RequestOptions requestOptions);

  /**
   * {@code sms.get_settings}: Push settings. Deprecated by CALLR (use webhooks); result shape unverified.
   *
   * <p>Idempotent: retried after 5xx, timeouts and dropped connections.
   * <b>Unverified</b>: follows docs/CALLR-METHODS.md, provisional.
   */
  @Deprecated
  default SmsSettings getSettings() {
    return getSettings(RequestOptions.none());
  }

  /** {@link #getSettings} with per-call options. */
  @Deprecated
  SmsSettings getSettings(RequestOptions requestOptions);

  /** Asynchronous {@link #getSettings}. */
  @Deprecated
  default CompletableFuture<SmsSettings> getSettingsAsync() {
    return getSettingsAsync(RequestOptions.none());
  }

  /** Asynchronous {@link #getSettings} with per-call options. */
  @Deprecated
  CompletableFuture<SmsSettings> getSettingsAsync(RequestOptions requestOptions);

  /**
   * {@code sms.set_settings}: Sets push settings; returns the new settings. Deprecated by CALLR (use webhooks); unverified.
   *
   * <p>Not idempotent: never retried once the request may have reached the server.
   * <b>Unverified</b>: follows docs/CALLR-METHODS.md, provisional.
   */
  @Deprecated
  default SmsSettings setSettings(SmsSettings settings) {
    return setSettings(settings, RequestOptions.none());
  }

  /** {@link #setSettings} with per-call options. */
  @Deprecated
  SmsSettings setSettings(SmsSettings settings, RequestOptions requestOptions);

  /** Asynchronous {@link #setSettings}. */
  @Deprecated
  default CompletableFuture<SmsSettings> setSettingsAsync(SmsSettings settings) {
    return setSettingsAsync(settings, RequestOptions.none());
  }

  /** Asynchronous {@link #setSettings} with per-call options. */
  @Deprecated
  CompletableFuture<SmsSettings> setSettingsAsync(SmsSettings settings, RequestOptions requestOptions);
}
