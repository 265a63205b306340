package dev.switchboard.core.http;

import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/** Requests and a sync-or-async runner shared by the transport's hostile-input tests. */
final class Calls {
  private Calls() {}

  /** An idempotent read, {@code GET items/1}. */
  static ApiRequest read() {
    return ApiRequest.builder().method("GET").path("items", "1").operation("items.get").idempotent(true).build();
  }

  /** A non-idempotent send, {@code POST messages} with a JSON body. */
  static ApiRequest send() {
    return ApiRequest.builder().method("POST").path("messages").jsonBody(Map.of("to", "+33600000000"))
        .operation("sms.send").idempotent(false).build();
  }

  /** Runs the call sync or async and returns what it threw (the future's cause when async), or {@code null}. */
  static Throwable thrown(HttpTransport t, ApiRequest request, ResponseHandler<?> handler, boolean async) {
    return catchThrowable(() -> {
      if (async) {
        try {
          t.executeAsync(request, handler).get(30, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
          throw e.getCause();
        }
      } else {
        t.execute(request, handler);
      }
    });
  }
}
