package dev.switchboard.callr.v2;

import dev.switchboard.core.paging.Page;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.LongFunction;

/**
 * One page of a v2 search, read from the {@code {"offset", "total", "hasMore", "hits"}} envelope [C]: the shared
 * {@link Page} (so {@link #autoPager()} iterates over all hits, lazily) plus the envelope's {@link #total()} and
 * {@link #offset()}. The next page is requested at {@code offset + hits} while {@code hasMore} is true, with the
 * first call's request options. Immutable.
 *
 * @param <T> hit type
 */
public final class V2SearchPage<T> implements Page<T> {
  private final List<T> items;
  private final long offset;
  private final OptionalLong total;
  private final OptionalLong nextOffset;
  private final LongFunction<V2SearchPage<T>> fetcher;

  V2SearchPage(List<T> items, long offset, OptionalLong total, OptionalLong nextOffset,
      LongFunction<V2SearchPage<T>> fetcher) {
    this.items = List.copyOf(items);
    this.offset = offset;
    this.total = total;
    this.nextOffset = nextOffset;
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
  }

  @Override
  public List<T> items() {
    return items;
  }

  @Override
  public boolean hasNextPage() {
    return nextOffset.isPresent();
  }

  @Override
  public V2SearchPage<T> nextPage() {
    if (nextOffset.isEmpty()) {
      throw new NoSuchElementException("no next page");
    }
    return Objects.requireNonNull(fetcher.apply(nextOffset.getAsLong()), "fetcher returned null");
  }

  /** {@code total}: the number of hits of the whole search, when the server sent it. */
  public OptionalLong total() {
    return total;
  }

  /** {@code offset}: the index of this page's first hit. */
  public long offset() {
    return offset;
  }

  /** The offset of the next page, empty on the last page (for resuming later with {@code withOffset}). */
  public OptionalLong nextOffset() {
    return nextOffset;
  }

  @Override
  public String toString() {
    return "V2SearchPage{offset=" + offset + ", items=" + items.size() + ", total=" + total + ", next=" + nextOffset
        + "}";
  }
}
