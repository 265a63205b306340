package dev.switchboard.reliability;

import dev.switchboard.core.RequestOptions;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * One provider operation as the suite calls it: its name, whether the SDK declares it idempotent, a valid response
 * body (the base of every mutation), and its sync and async calls taking the case's {@link RequestOptions}.
 * {@code shortCredential} marks the operations of the clients holding a one-letter or one-word credential.
 */
record Operation(String provider, String name, boolean idempotent, byte[] validBody,
    Function<RequestOptions, Object> sync, Function<RequestOptions, CompletableFuture<?>> async,
    boolean shortCredential) {

  static Operation of(String provider, String name, boolean idempotent, String validBody,
      Function<RequestOptions, Object> sync, Function<RequestOptions, CompletableFuture<?>> async) {
    return new Operation(provider, name, idempotent, validBody.getBytes(StandardCharsets.UTF_8), sync, async, false);
  }

  Operation withShortCredential(String suffix, Function<RequestOptions, Object> sync,
      Function<RequestOptions, CompletableFuture<?>> async) {
    return new Operation(provider, name + " " + suffix, idempotent, validBody, sync, async, true);
  }

  Operation renamed(String suffix, Function<RequestOptions, Object> sync,
      Function<RequestOptions, CompletableFuture<?>> async) {
    return new Operation(provider, name + " " + suffix, idempotent, validBody, sync, async, shortCredential);
  }

  @Override
  public String toString() {
    return provider + " " + name + (idempotent ? " (idempotent)" : " (not idempotent)");
  }
}
