package dev.switchboard.callr;

import java.util.Objects;

/**
 * One JSON-RPC method: its wire name, whether repeating it is harmless (declared per docs/CALLR-METHODS.md: only
 * then are 5xx, timeouts and dropped connections retried) and how its {@code result} is read.
 */
final class CallrMethod<T> {
  final String name;
  final boolean idempotent;
  final CallrResults.Reader<T> reader;

  private CallrMethod(String name, boolean idempotent, CallrResults.Reader<T> reader) {
    this.name = Objects.requireNonNull(name, "name");
    this.idempotent = idempotent;
    this.reader = Objects.requireNonNull(reader, "reader");
  }

  /** A read: retried after ambiguous failures. */
  static <T> CallrMethod<T> read(String name, CallrResults.Reader<T> reader) {
    return new CallrMethod<>(name, true, reader);
  }

  /** A write: never retried once the request may have reached the server. */
  static <T> CallrMethod<T> write(String name, CallrResults.Reader<T> reader) {
    return new CallrMethod<>(name, false, reader);
  }

  static <T> CallrMethod<T> of(String name, boolean idempotent, CallrResults.Reader<T> reader) {
    return new CallrMethod<>(name, idempotent, reader);
  }

  @Override
  public String toString() {
    return name + (idempotent ? " (idempotent)" : " (not idempotent)");
  }
}
