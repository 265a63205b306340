package dev.switchboard.core.paging;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pure helpers computing the next-page query for the four providers' paging styles, and the one guard every page
 * goes through ({@link #checkedNext}). Empty means "last page".
 *
 * <p>A server's paging values are never trusted to be in range: a negative offset, a page number ≤ 0 or one whose
 * successor does not fit an {@code int}, a negative total, a page size ≤ 0, or a next value equal to or behind the
 * one just sent all end paging (the page's own items are kept) with one WARN line on the logger
 * {@value #LOGGER_NAME}. They never raise a request-side validation error, never overflow and never loop.
 */
public final class Paging {
  /** The SLF4J logger name of every paging warning. */
  public static final String LOGGER_NAME = "dev.switchboard.paging";
  private static final Logger LOG = LoggerFactory.getLogger(LOGGER_NAME);
  private static final int MAX_LOGGED_QUERY = 120;

  private Paging() {}

  /**
   * Offset paging with a has-more flag (CALLR {@code Search.Options}/{@code Search.Results}): next offset =
   * {@code offset + hitCount}; none when {@code hasMore} is false or the page had no hits. A negative offset, or a
   * next offset beyond {@link Integer#MAX_VALUE} (the API's {@code int}), ends paging with a WARN line.
   */
  public static OptionalLong nextOffset(long offset, int hitCount, boolean hasMore) {
    if (!hasMore || hitCount <= 0) {
      return OptionalLong.empty();
    }
    if (offset < 0) {
      return stop("the server sent offset " + offset + " (negative)");
    }
    long next = offset + hitCount;
    if (next > Integer.MAX_VALUE) {
      return stop("the next offset " + next + " does not fit an int");
    }
    return OptionalLong.of(next);
  }

  /**
   * Page-number paging without a total (TrackDrive {@code page}/{@code per_page}): the next page exists only when
   * this page was full ({@code itemCount >= perPage}); a short or empty page is the last. A page number ≤ 0 or
   * {@link Integer#MAX_VALUE} ends paging with a WARN line; a page longer than {@code perPage} counts as full.
   */
  public static OptionalInt nextPageIfFull(int page, int perPage, int itemCount) {
    if (perPage <= 0 || itemCount <= 0 || itemCount < perPage) {
      return OptionalInt.empty();
    }
    return successor(page);
  }

  /**
   * Page-number paging with a total (Telmetrics {@code paging.pageNumber}/{@code pageSize}/{@code total}, 1-based):
   * last page when {@code pageNumber * pageSize >= total} (computed in {@code long}, so huge values never overflow).
   * A page size ≤ 0, a negative total, or a page number ≤ 0 or {@link Integer#MAX_VALUE} ends paging with a WARN line.
   */
  public static OptionalInt nextPageByTotal(int pageNumber, int pageSize, long total) {
    if (pageSize <= 0) {
      stop("the server sent pageSize " + pageSize);
      return OptionalInt.empty();
    }
    if (total < 0) {
      stop("the server sent total " + total + " (negative)");
      return OptionalInt.empty();
    }
    if (pageNumber > 0 && (long) pageNumber * pageSize >= total) {
      return OptionalInt.empty();
    }
    return successor(pageNumber);
  }

  /** Cursor paging (VoIPBin {@code next_page_token}): last page when the token is absent or blank. */
  public static Optional<String> nextCursor(String token) {
    return token == null || token.isBlank() ? Optional.empty() : Optional.of(token);
  }

  /**
   * The guard of every page: returns {@code next} unless it equals {@code sent} (a server answering the same
   * cursor, offset or page forever) or, for comparable queries of the same class (offsets, page numbers), is not
   * greater than {@code sent}. A refused value ends paging with a WARN line naming it; {@code sent} empty (the
   * query of a first page is not known) lets every {@code next} through.
   *
   * @param sent the query the page was fetched with
   * @param next the next-page query the response announced
   */
  public static <Q> Optional<Q> checkedNext(Optional<Q> sent, Optional<Q> next) {
    Objects.requireNonNull(sent, "sent");
    Objects.requireNonNull(next, "next");
    if (sent.isEmpty() || next.isEmpty()) {
      return next;
    }
    Q s = sent.get();
    Q n = next.get();
    if (n.equals(s)) {
      stop("the next page query " + shown(n) + " is the one just sent");
      return Optional.empty();
    }
    if (behind(s, n)) {
      stop("the next page query " + shown(n) + " is behind the one just sent (" + shown(s) + ")");
      return Optional.empty();
    }
    return next;
  }

  /**
   * Builds the request parameters of the next page now, while the response is read: a server value that the
   * parameters' own request-side checks reject (a cursor of an odd shape, an offset out of range) ends paging with a
   * WARN line instead of surfacing later as an {@code IllegalArgumentException} from {@code nextPage()}.
   */
  public static <Q, P> Optional<P> nextRequest(Optional<Q> next, java.util.function.Function<Q, P> toRequest) {
    if (next.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(toRequest.apply(next.get()));
    } catch (IllegalArgumentException | NullPointerException | ArithmeticException e) {
      warn("the next page query " + shown(next.get()) + " cannot be sent (" + e.getMessage() + ")");
      return Optional.empty();
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  /**
   * Whether a fetched page only repeats the one before it (the same non-empty items): a server that ignores the
   * page it is asked for. Paging then stops with a WARN line; the repeated items are not yielded again.
   */
  public static boolean repeats(Page<?> previous, Page<?> fetched) {
    if (!fetched.items().isEmpty() && fetched.items().equals(previous.items())) {
      warn("the page fetched repeats the previous page's " + fetched.items().size() + " items");
      return true;
    }
    return false;
  }

  /**
   * Only offsets and page numbers have a direction; a cursor (VoIPBin's {@code next_page_token} is a timestamp that
   * goes back in time as pages go on) is opaque and only refused when it repeats.
   */
  private static boolean behind(Object sent, Object next) {
    if (sent instanceof Number && next instanceof Number) {
      return ((Number) next).longValue() <= ((Number) sent).longValue();
    }
    return false;
  }

  private static OptionalInt successor(int page) {
    if (page <= 0) {
      stop("the page number " + page + " is out of range (pages are 1-based)");
      return OptionalInt.empty();
    }
    if (page == Integer.MAX_VALUE) {
      stop("the page after " + page + " does not fit an int");
      return OptionalInt.empty();
    }
    return OptionalInt.of(page + 1);
  }

  private static OptionalLong stop(String why) {
    warn(why);
    return OptionalLong.empty();
  }

  /** Logs why paging stops (one WARN line on {@value #LOGGER_NAME}). */
  static void warn(String why) {
    LOG.warn("paging stops: {}; the items received so far are kept", why);
  }

  private static String shown(Object query) {
    String text = String.valueOf(query).replaceAll("[\\r\\n\\t]", " ");
    return text.length() > MAX_LOGGED_QUERY ? text.substring(0, MAX_LOGGED_QUERY) + "…" : text;
  }
}
