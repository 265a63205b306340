package dev.switchboard.reliability;

/** How a case ended. */
enum Outcome {
  /** The operation returned a typed value (and its pages, if any, were walked). */
  VALUE,
  /** The operation failed with a {@code SwitchboardException} subclass. */
  SDK_EXCEPTION,
  /** Any other throwable reached the caller, from the call or from the async future. */
  ESCAPE,
  /** No completion within the per-case deadline. */
  HANG
}
