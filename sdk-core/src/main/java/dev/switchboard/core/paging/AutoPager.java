package dev.switchboard.core.paging;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Iterates over the items of a page and all following pages. Lazy: the next page is requested only when iteration
 * has consumed the current one, and never after the last page or after {@link #limit(long)} items. An iterator holds
 * one page at a time. Errors surface as the SDK's typed exceptions, unwrapped. Each {@link #iterator()} starts again
 * from the first page (re-fetching the pages after it).
 *
 * <p>It always terminates: besides the next-query guard of {@link ListPage} (a cursor, offset or page number equal
 * to or behind the one just sent ends paging), a fetched page whose non-empty items equal the previous page's (a
 * server ignoring the page parameter) is not yielded and ends paging; both log one WARN line on
 * {@value Paging#LOGGER_NAME}. Items the server sent as JSON {@code null} are yielded as {@code null}.
 *
 * @param <T> item type
 */
public final class AutoPager<T> implements Iterable<T> {
  private final Page<T> first;
  private final long limit;

  /** Iterates from {@code first}, without a limit. */
  public AutoPager(Page<T> first) {
    this(first, Long.MAX_VALUE);
  }

  private AutoPager(Page<T> first, long limit) {
    if (first == null) {
      throw new NullPointerException("first must not be null");
    }
    this.first = first;
    this.limit = limit;
  }

  /** Returns a pager that stops after {@code maxItems} items, requesting no page beyond what they need. */
  public AutoPager<T> limit(long maxItems) {
    if (maxItems < 0) {
      throw new IllegalArgumentException("maxItems must not be negative: " + maxItems);
    }
    return new AutoPager<>(first, Math.min(limit, maxItems));
  }

  @Override
  public Iterator<T> iterator() {
    return new PagingIterator<>(first, limit);
  }

  /** A sequential stream over the items; closing or short-circuiting it stops further requests. */
  public Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false);
  }

  /** Walks pages one by one. */
  private static final class PagingIterator<T> implements Iterator<T> {
    private Page<T> page;
    private Iterator<T> items;
    private long remaining;

    PagingIterator(Page<T> first, long limit) {
      this.page = first;
      this.items = first.items().iterator();
      this.remaining = limit;
    }

    @Override
    public boolean hasNext() {
      if (remaining <= 0) {
        return false;
      }
      while (!items.hasNext()) {
        if (page == null || !page.hasNextPage()) {
          page = null;
          return false;
        }
        Page<T> next = page.nextPage();
        if (Paging.repeats(page, next)) {
          page = null;
          return false;
        }
        page = next;
        items = next.items().iterator();
      }
      return true;
    }

    @Override
    public T next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      remaining--;
      return items.next();
    }
  }
}
