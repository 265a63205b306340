package dev.switchboard.callr;

import dev.switchboard.core.RequestOptions;
import dev.switchboard.models.Checks;
import dev.switchboard.core.paging.Page;
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

/** The JSON-RPC implementation of {@link SmsService}. */
final class SmsServiceImpl implements SmsService {
  static final CallrMethod<String> SEND =
      CallrMethod.of("sms.send", false, CallrResults.STRING);
  static final CallrMethod<Sms> GET =
      CallrMethod.of("sms.get", true, CallrResults.of(Sms.class));
  static final CallrMethod<List<Sms>> GET_LIST =
      CallrMethod.of("sms.get_list", true, CallrResults.listOf(Sms.class));
  static final CallrMethod<SmsQuote> GET_QUOTE =
      CallrMethod.of("sms.get_quote", true, CallrResults.of(SmsQuote.class));
  static final CallrMethod<Long> GET_COUNT_FOR_BODY =
      CallrMethod.of("sms.get_count_for_body", true, CallrResults.LONG);
  static final CallrMethod<Map<String, String>> GET_GSM_CHARSET_MAPPING =
      CallrMethod.of("sms.get_gsm_charset_mapping", true, CallrResults.STRING_MAP);
  static final CallrMethod<String> START_EXPORT =
      CallrMethod.of("sms.export_async", false, CallrResults.STRING);
  static final CallrMethod<SmsSettings> GET_SETTINGS =
      CallrMethod.of("sms.get_settings", true, CallrResults.of(SmsSettings.class));
  static final CallrMethod<SmsSettings> SET_SETTINGS =
      CallrMethod.of("sms.set_settings", false, CallrResults.of(SmsSettings.class));

  private final CallrRpc rpc;

  SmsServiceImpl(CallrRpc rpc) {
    this.rpc = rpc;
  }

  private static List<Object> sendParams(SmsSendParams params) {
    CallrRpc.required(params, "params");
    return CallrRpc.params(params.sender().orElse(null), params.to().orElse(null), params.body().orElse(null), params.options().orElse(null));
  }

  @Override
  public String send(SmsSendParams params, RequestOptions requestOptions) {
    return rpc.call(SEND, sendParams(params), requestOptions);
  }

  @Override
  public CompletableFuture<String> sendAsync(SmsSendParams params, RequestOptions requestOptions) {
    return rpc.callAsync(SEND, sendParams(params), requestOptions);
  }

  private static List<Object> getParams(String hash) {
    Checks.id(GET.name, "hash", hash);
    return CallrRpc.params(hash);
  }

  @Override
  public Sms get(String hash, RequestOptions requestOptions) {
    return rpc.call(GET, getParams(hash), requestOptions);
  }

  @Override
  public CompletableFuture<Sms> getAsync(String hash, RequestOptions requestOptions) {
    return rpc.callAsync(GET, getParams(hash), requestOptions);
  }

  @Override
  public Page<Sms> search(SmsSearchFilters filters, SearchOptions options, RequestOptions requestOptions) {
    return rpc.search("sms.search", filters, options, Sms.class, requestOptions);
  }

  @Override
  public CompletableFuture<Page<Sms>> searchAsync(SmsSearchFilters filters, SearchOptions options, RequestOptions requestOptions) {
    return rpc.searchAsync("sms.search", filters, options, Sms.class, requestOptions);
  }

  private static List<Object> getListParams(SmsGetListParams params) {
    CallrRpc.required(params, "params");
    return CallrRpc.params(params.type().map(Object::toString).orElse(null), CallrRpc.datetime(params.since().orElse(null)), CallrRpc.datetime(params.until().orElse(null)));
  }

  @Override
  public List<Sms> getList(SmsGetListParams params, RequestOptions requestOptions) {
    return rpc.call(GET_LIST, getListParams(params), requestOptions);
  }

  @Override
  public CompletableFuture<List<Sms>> getListAsync(SmsGetListParams params, RequestOptions requestOptions) {
    return rpc.callAsync(GET_LIST, getListParams(params), requestOptions);
  }

  private static List<Object> getQuoteParams(SmsSendParams params) {
    CallrRpc.required(params, "params");
    return CallrRpc.params(params.sender().orElse(null), params.to().orElse(null), params.body().orElse(null), params.options().orElse(null));
  }

  @Override
  public SmsQuote getQuote(SmsSendParams params, RequestOptions requestOptions) {
    return rpc.call(GET_QUOTE, getQuoteParams(params), requestOptions);
  }

  @Override
  public CompletableFuture<SmsQuote> getQuoteAsync(SmsSendParams params, RequestOptions requestOptions) {
    return rpc.callAsync(GET_QUOTE, getQuoteParams(params), requestOptions);
  }

  private static List<Object> getCountForBodyParams(String body) {
    CallrRpc.required(body, "body");
    return CallrRpc.params(body);
  }

  @Override
  public Long getCountForBody(String body, RequestOptions requestOptions) {
    return rpc.call(GET_COUNT_FOR_BODY, getCountForBodyParams(body), requestOptions);
  }

  @Override
  public CompletableFuture<Long> getCountForBodyAsync(String body, RequestOptions requestOptions) {
    return rpc.callAsync(GET_COUNT_FOR_BODY, getCountForBodyParams(body), requestOptions);
  }

  private static List<Object> getGsmCharsetMappingParams() {
    return CallrRpc.params();
  }

  @Override
  public Map<String, String> getGsmCharsetMapping(RequestOptions requestOptions) {
    return rpc.call(GET_GSM_CHARSET_MAPPING, getGsmCharsetMappingParams(), requestOptions);
  }

  @Override
  public CompletableFuture<Map<String, String>> getGsmCharsetMappingAsync(RequestOptions requestOptions) {
    return rpc.callAsync(GET_GSM_CHARSET_MAPPING, getGsmCharsetMappingParams(), requestOptions);
  }

  private static List<Object> startExportParams(SmsSearchFilters filters, Webhook webhook) {
    return CallrRpc.params(filters, webhook);
  }

  @Override
  public String startExport(SmsSearchFilters filters, Webhook webhook, RequestOptions requestOptions) {
    return rpc.call(START_EXPORT, startExportParams(filters, webhook), requestOptions);
  }

  @Override
  public CompletableFuture<String> startExportAsync(SmsSearchFilters filters, Webhook webhook, RequestOptions requestOptions) {
    return rpc.callAsync(START_EXPORT, startExportParams(filters, webhook), requestOptions);
  }

  private static List<Object> getSettingsParams() {
    return CallrRpc.params();
  }

  @Override
  public SmsSettings getSettings(RequestOptions requestOptions) {
    return rpc.call(GET_SETTINGS, getSettingsParams(), requestOptions);
  }

  @Override
  public CompletableFuture<SmsSettings> getSettingsAsync(RequestOptions requestOptions) {
    return rpc.callAsync(GET_SETTINGS, getSettingsParams(), requestOptions);
  }

  private static List<Object> setSettingsParams(SmsSettings settings) {
    CallrRpc.required(settings, "settings");
    return CallrRpc.params(settings);
  }

  @Override
  public SmsSettings setSettings(SmsSettings settings, RequestOptions requestOptions) {
    return rpc.call(SET_SETTINGS, setSettingsParams(settings), requestOptions);
  }

  @Override
  public CompletableFuture<SmsSettings> setSettingsAsync(SmsSettings settings, RequestOptions requestOptions) {
    return rpc.callAsync(SET_SETTINGS, setSettingsParams(settings), requestOptions);
  }
}
