package dev.switchboard.reliability;

/** The class of a {@link Fault}: the summary line of a run prints one line per family. */
enum FaultFamily {
  /** A well-framed HTTP 200 whose body is a valid response of the operation, mutated. */
  BODY,
  /** A response whose framing lies: Content-Length, chunked encoding, missing or cut bodies. */
  FRAMING,
  /** Status lines outside HTTP: odd codes, missing reasons, other versions, garbage; and the ordinary errors. */
  STATUS,
  /** Absurd or hostile headers: Retry-After values, huge headers, many headers, encodings, gzip bombs. */
  HEADERS,
  /** The connection is reset or closed at a phase of the response. */
  RESET,
  /** A server that drips or stalls until the client's timeouts fire. */
  SLOW,
  /** A 3xx to a second server, which must never see a request. */
  REDIRECT,
  /** A server that echoes the request (credentials included, raw and JSON-escaped) into its answer. */
  ECHO
}
