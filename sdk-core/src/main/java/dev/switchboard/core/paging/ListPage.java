package dev.switchboard.core.paging;

import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * The generic {@link Page}: items, the query of the next page (empty on the last page) and the fetcher that loads a
 * page from such a query. Providers compute the next query with the {@link Paging} helpers.
 *
 * <pre>{@code
 * Optional<String> next = Paging.nextCursor(body.nextPageToken());
 * return ListPage.of(body.result(), next, token -> fetchGroupcalls(params.withPageToken(token), options));
 * }</pre>
 *
 * @param <Q> next-page query type
 * @param <T> item type
 */
public final class ListPage<Q, T> implements Page<T> {
  private final List<T> items;
  private final Q nextQuery;
  private final PageFetcher<Q, T> fetcher;

  private ListPage(List<T> items, Q nextQuery, PageFetcher<Q, T> fetcher) {
    this.items = List.copyOf(Objects.requireNonNull(items, "items"));
    this.nextQuery = nextQuery;
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
  }

  /** Creates a page; {@code nextQuery} empty means this is the last page. */
  public static <Q, T> ListPage<Q, T> of(List<T> items, Optional<Q> nextQuery, PageFetcher<Q, T> fetcher) {
    Objects.requireNonNull(nextQuery, "nextQuery");
    return new ListPage<>(items, nextQuery.orElse(null), fetcher);
  }

  @Override
  public List<T> items() {
    return items;
  }

  @Override
  public boolean hasNextPage() {
    return nextQuery != null;
  }

  /** The query of the next page, if any (for manual paging or resuming later). */
  public Optional<Q> nextPageQuery() {
    return Optional.ofNullable(nextQuery);
  }

  @Override
  public Page<T> nextPage() {
    if (nextQuery == null) {
      throw new NoSuchElementException("no next page");
    }
    return Objects.requireNonNull(fetcher.fetch(nextQuery), "fetcher returned null");
  }

  @Override
  public String toString() {
    return "ListPage{items=" + items.size() + ", next=" + nextQuery + "}";
  }
}
