package dev.switchboard.reliability;

/** A broken promise of issue 12 found in a case; each has its own strict test in {@link HostileServerSuiteTest}. */
enum Problem {
  /** A throwable outside the SDK's hierarchy reached the caller (promise 3). */
  ESCAPE,
  /** The call did not complete within the per-case deadline (promises 3 and 4). */
  HANG,
  /** A non-idempotent operation reached the server more than once after a fault other than 429 (README, Retries). */
  DUPLICATE,
  /** More requests than {@code 1 + maxRetries} reached the server (promise 2). */
  OVER_RETRY,
  /** The second server saw a request, or a 3xx became a value (promise 1). */
  REDIRECT_FOLLOWED,
  /** A body over the 64 MiB cap (inflated or streamed) became a value (promise 4). */
  UNBOUNDED_BODY,
  /** The pager kept asking for pages the server had already sent (promise 5). */
  ENDLESS_PAGING,
  /** A credential or server-sent secret in a toString(), exception or request to another host (promise 6). */
  SECRET,
  /** Masking a short credential mangled an ordinary word (promise 6). */
  MANGLED
}
