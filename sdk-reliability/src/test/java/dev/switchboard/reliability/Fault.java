package dev.switchboard.reliability;

/**
 * One kind of faulty response the {@link HostileServer} can produce. {@code ambiguous} faults are those after which
 * the client cannot know whether the server acted on the request (a reset after the request was received, a
 * timeout, a 5xx, a broken body): a non-idempotent operation must never be sent twice after one of them. A fault
 * answering 429 is the one the SDK may always retry.
 */
enum Fault {
  // --- body mutations of a valid response (HTTP 200, correct framing) ---
  VALID(FaultFamily.BODY, false),
  TRUNCATE(FaultFamily.BODY, true),
  FLIP_BYTES(FaultFamily.BODY, true),
  DROP_KEY(FaultFamily.BODY, false),
  DUPLICATE_KEY(FaultFamily.BODY, false),
  WRONG_TYPE(FaultFamily.BODY, false),
  NULL_VALUE(FaultFamily.BODY, false),
  NULL_ELEMENTS(FaultFamily.BODY, false),
  DEEP_NESTING(FaultFamily.BODY, false),
  HUGE_NUMBER(FaultFamily.BODY, false),
  HUGE_STRING(FaultFamily.BODY, false),
  EPOCH_OUT_OF_RANGE(FaultFamily.BODY, false),
  PAGING_OUT_OF_RANGE(FaultFamily.BODY, false),
  NON_UTF8(FaultFamily.BODY, true),
  BOM(FaultFamily.BODY, false),
  ROOT_NULL(FaultFamily.BODY, true),
  ROOT_ARRAY(FaultFamily.BODY, true),
  ROOT_STRING(FaultFamily.BODY, true),
  ROOT_NUMBER(FaultFamily.BODY, true),
  EMPTY_BODY(FaultFamily.BODY, true),
  HTML_BODY(FaultFamily.BODY, true),
  // --- framing ---
  CONTENT_LENGTH_SHORT(FaultFamily.FRAMING, true),
  CONTENT_LENGTH_LONG(FaultFamily.FRAMING, true),
  CHUNKED_BROKEN(FaultFamily.FRAMING, true),
  CHUNK_SIZE_OVERFLOW(FaultFamily.FRAMING, true),
  CHUNKED_UNTERMINATED(FaultFamily.FRAMING, true),
  NO_BODY_200(FaultFamily.FRAMING, true),
  CLOSE_DELIMITED_200(FaultFamily.FRAMING, false),
  DUPLICATE_CONTENT_LENGTH(FaultFamily.FRAMING, true),
  // --- status lines ---
  STATUS_0(FaultFamily.STATUS, true),
  STATUS_99(FaultFamily.STATUS, true),
  STATUS_600(FaultFamily.STATUS, true),
  STATUS_999(FaultFamily.STATUS, true),
  STATUS_1000(FaultFamily.STATUS, true),
  STATUS_NEGATIVE(FaultFamily.STATUS, true),
  STATUS_NON_NUMERIC(FaultFamily.STATUS, true),
  STATUS_NO_REASON(FaultFamily.STATUS, false),
  HTTP_09(FaultFamily.STATUS, true),
  STATUS_GARBAGE(FaultFamily.STATUS, true),
  STATUS_1XX_ONLY(FaultFamily.STATUS, true),
  STATUS_4XX(FaultFamily.STATUS, false),
  STATUS_408(FaultFamily.STATUS, true),
  STATUS_5XX(FaultFamily.STATUS, true),
  // --- headers ---
  RETRY_AFTER_429(FaultFamily.HEADERS, false),
  RETRY_AFTER_503(FaultFamily.HEADERS, true),
  RETRY_AFTER_MS_429(FaultFamily.HEADERS, false),
  HUGE_HEADER(FaultFamily.HEADERS, true),
  MANY_HEADERS(FaultFamily.HEADERS, true),
  BAD_CONTENT_ENCODING(FaultFamily.HEADERS, true),
  GZIP_BOMB(FaultFamily.HEADERS, true),
  CORRUPT_GZIP(FaultFamily.HEADERS, true),
  OVERSIZED_BODY(FaultFamily.HEADERS, false),
  // --- resets ---
  CLOSE_BEFORE_STATUS(FaultFamily.RESET, true),
  RESET_BEFORE_STATUS(FaultFamily.RESET, true),
  RESET_AFTER_HEADERS(FaultFamily.RESET, true),
  RESET_MID_BODY(FaultFamily.RESET, true),
  CLOSE_MID_BODY(FaultFamily.RESET, true),
  // --- slow servers ---
  STALL_BEFORE_STATUS(FaultFamily.SLOW, true),
  DRIP_HEADERS(FaultFamily.SLOW, true),
  DRIP_BODY(FaultFamily.SLOW, true),
  // --- redirects to a second server ---
  REDIRECT_301(FaultFamily.REDIRECT, false),
  REDIRECT_302(FaultFamily.REDIRECT, false),
  REDIRECT_303(FaultFamily.REDIRECT, false),
  REDIRECT_307(FaultFamily.REDIRECT, false),
  REDIRECT_308(FaultFamily.REDIRECT, false),
  // --- a server echoing the request ---
  ECHO_IN_ERROR(FaultFamily.ECHO, false),
  ECHO_IN_HEADERS(FaultFamily.ECHO, false);

  final FaultFamily family;
  final boolean ambiguous;

  Fault(FaultFamily family, boolean ambiguous) {
    this.family = family;
    this.ambiguous = ambiguous;
  }

  /** Relative frequency in a run: the slow faults cost a timeout each, so they are drawn less often. */
  int weight() {
    switch (this) {
      case STALL_BEFORE_STATUS:
      case DRIP_HEADERS:
      case DRIP_BODY:
        return 2;
      case GZIP_BOMB:
      case OVERSIZED_BODY:
        return 1;
      case HUGE_STRING:
      case DEEP_NESTING:
      case MANY_HEADERS:
      case HUGE_HEADER:
        return 3;
      case VALID:
      case WRONG_TYPE:
      case NULL_VALUE:
      case TRUNCATE:
      case FLIP_BYTES:
        return 10;
      default:
        return 5;
    }
  }
}
