package dev.switchboard.reliability;

import dev.switchboard.callr.CallrClient;
import dev.switchboard.core.ClientOptions;
import dev.switchboard.telmetrics.TelmetricsClient;
import dev.switchboard.trackdrive.TrackdriveClient;
import dev.switchboard.voipbin.VoipbinClient;
import java.time.Duration;
import java.util.List;

/**
 * The clients under test, all pointing at the hostile server, with small timeouts (300 ms connect/read/write, 500 ms
 * per attempt), the default two retries with 1-5 ms backoff, and a 300 ms cap on {@code Retry-After}, so a case
 * costs at most about 1.6 s. Built once per run and shared by every case (clients are thread-safe).
 */
final class SuiteClients implements AutoCloseable {
  static final int MAX_RETRIES = 2;
  static final Duration CALL_TIMEOUT = Duration.ofMillis(500);

  final ClientOptions options;
  final CallrClient callr;
  final CallrClient callrBasic;
  final VoipbinClient voipbin;
  final VoipbinClient voipbinAccessKey;
  final VoipbinClient voipbinShort;
  final TrackdriveClient trackdrive;
  final TrackdriveClient trackdriveToken;
  final TelmetricsClient telmetrics;
  final TelmetricsClient telmetricsShort;

  SuiteClients(HostileServer server) {
    this.options = ClientOptions.builder()
        .connectTimeout(Duration.ofMillis(300)).readTimeout(Duration.ofMillis(300))
        .writeTimeout(Duration.ofMillis(300)).callTimeout(CALL_TIMEOUT)
        .maxRetries(MAX_RETRIES).initialRetryDelay(Duration.ofMillis(1)).maxRetryDelay(Duration.ofMillis(5))
        .maxRetryAfter(Duration.ofMillis(300))
        .build();
    this.callr = CallrClient.builder().clientOptions(options).baseUrl(server.url("/callr/json-rpc"))
        .apiKey(Secrets.CALLR_API_KEY).build();
    this.callrBasic = CallrClient.builder().clientOptions(options).baseUrl(server.url("/callr/json-rpc"))
        .login(Secrets.CALLR_LOGIN, Secrets.CALLR_PASSWORD).build();
    this.voipbin = VoipbinClient.builder().clientOptions(options).baseUrl(server.url("/voipbin/v1.0"))
        .token(Secrets.VOIPBIN_TOKEN).build();
    this.voipbinAccessKey = VoipbinClient.builder().clientOptions(options).baseUrl(server.url("/voipbin/v1.0"))
        .accessKey(Secrets.VOIPBIN_ACCESS_KEY).build();
    this.voipbinShort = VoipbinClient.builder().clientOptions(options).baseUrl(server.url("/voipbin/v1.0"))
        .token(Secrets.SHORT_VOIPBIN_TOKEN).build();
    this.trackdrive = TrackdriveClient.builder().clientOptions(options).baseUrl(server.url("/trackdrive/api/v1"))
        .keys(Secrets.TRACKDRIVE_PUBLIC_KEY, Secrets.TRACKDRIVE_PRIVATE_KEY).build();
    this.trackdriveToken = TrackdriveClient.builder().clientOptions(options)
        .baseUrl(server.url("/trackdrive/api/v1")).token(Secrets.TRACKDRIVE_TOKEN).build();
    this.telmetrics = TelmetricsClient.builder().clientOptions(options).baseUrl(server.url("/telmetrics/v3/api"))
        .organizationToken(Secrets.TELMETRICS_TOKEN).build();
    this.telmetricsShort = TelmetricsClient.builder().clientOptions(options)
        .baseUrl(server.url("/telmetrics/v3/api")).organizationToken(Secrets.SHORT_TELMETRICS_TOKEN).build();
  }

  /** Every client, for the toString scan. */
  List<Object> all() {
    return List.of(callr, callrBasic, voipbin, voipbinAccessKey, voipbinShort, trackdrive, trackdriveToken,
        telmetrics, telmetricsShort);
  }

  @Override
  public void close() {
    callr.close();
    callrBasic.close();
    voipbin.close();
    voipbinAccessKey.close();
    voipbinShort.close();
    trackdrive.close();
    trackdriveToken.close();
    telmetrics.close();
    telmetricsShort.close();
  }
}
