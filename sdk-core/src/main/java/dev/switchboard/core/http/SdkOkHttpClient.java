package dev.switchboard.core.http;

import dev.switchboard.core.ClientOptions;
import java.io.IOException;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Response;

/**
 * Derives the OkHttpClient a transport sends with, SDK-owned or from the user's ({@link OkHttpClient#newBuilder()},
 * sharing its pool and dispatcher), so that the SDK's retry policy is the only thing that repeats a request and
 * nothing but an SDK exception leaves a call:
 *
 * <ul>
 *   <li>no redirect is followed ({@code followRedirects} / {@code followSslRedirects} off): a 3xx reaches the
 *       transport, which raises it as a {@code RedirectException}; credentials never travel to another host and a
 *       302/303 after a POST never becomes a GET;
 *   <li>{@code retryOnConnectionFailure} off: OkHttp neither silently re-sends after a dropped or stale connection
 *       nor follows up a 408;
 *   <li>OkHttp's {@code RetryAndFollowUpInterceptor} re-sends a 503 carrying {@code Retry-After: 0} (and throws
 *       {@code NumberFormatException} on a 20-digit value) whatever the client's settings; a network interceptor
 *       therefore moves the {@code Retry-After} of a 408 or 503 under a private name on the way in, and
 *       {@link #restoreHeaders} puts it back before the SDK reads the response, so the SDK sees the real header;
 *   <li>an application interceptor, outermost, turns any {@link RuntimeException} raised inside OkHttp while
 *       reading a response (a negative status code, for example) into an {@link UnreadableResponseException}, so a
 *       sync call gets an IOException and an async call's {@code onFailure} runs instead of the exception killing
 *       the dispatcher thread.
 * </ul>
 */
final class SdkOkHttpClient {
  static final String HIDDEN_RETRY_AFTER = "X-Switchboard-Held-Retry-After";

  private static final Interceptor GUARD = chain -> {
    try {
      return chain.proceed(chain.request());
    } catch (RuntimeException e) {
      throw new UnreadableResponseException(e);
    }
  };

  private static final Interceptor HOLD_RETRY_AFTER = chain -> {
    Response response = chain.proceed(chain.request());
    int code = response.code();
    if ((code == 408 || code == 503) && response.header("Retry-After") != null) {
      Headers.Builder headers = response.headers().newBuilder();
      for (String value : response.headers("Retry-After")) {
        headers.addUnsafeNonAscii(HIDDEN_RETRY_AFTER, value);
      }
      headers.removeAll("Retry-After");
      return response.newBuilder().headers(headers.build()).build();
    }
    return response;
  };

  private SdkOkHttpClient() {}

  /** The client for {@code options}; SDK-owned (with an {@link SdkDispatcher}) unless the user brought one. */
  static OkHttpClient create(ClientOptions options, String provider) {
    OkHttpClient.Builder builder = options.okHttpClient().map(OkHttpClient::newBuilder)
        .orElseGet(() -> new OkHttpClient.Builder()
            .dispatcher(SdkDispatcher.create(provider, options.maxConcurrentRequests())));
    builder.interceptors().add(0, GUARD);
    builder.networkInterceptors().add(0, HOLD_RETRY_AFTER);
    return builder
        .connectTimeout(options.connectTimeout())
        .readTimeout(options.readTimeout())
        .writeTimeout(options.writeTimeout())
        .callTimeout(options.callTimeout())
        .followRedirects(false)
        .followSslRedirects(false)
        .retryOnConnectionFailure(false)
        .build();
  }

  /** The response's headers as the server sent them (the held {@code Retry-After} put back). */
  static Headers restoreHeaders(Headers headers) {
    if (headers.get(HIDDEN_RETRY_AFTER) == null) {
      return headers;
    }
    Headers.Builder restored = headers.newBuilder();
    for (String value : headers.values(HIDDEN_RETRY_AFTER)) {
      restored.addUnsafeNonAscii("Retry-After", value);
    }
    return restored.removeAll(HIDDEN_RETRY_AFTER).build();
  }

  /** A RuntimeException OkHttp raised while reading a response, as an IOException. */
  static final class UnreadableResponseException extends IOException {
    private static final long serialVersionUID = 1L;

    UnreadableResponseException(RuntimeException cause) {
      super("unreadable response: " + cause, cause);
    }
  }
}
