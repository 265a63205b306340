package dev.switchboard.telmetrics;

import dev.switchboard.core.paging.Page;
import dev.switchboard.core.paging.PageFetcher;
import dev.switchboard.models.telmetrics.Group;
import dev.switchboard.models.telmetrics.GroupListParams;
import dev.switchboard.models.telmetrics.TelmetricsPaging;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One page of Telmetrics groups with the response's {@code paging} ({@code pageNumber}, {@code pageSize},
 * {@code total}). The last page is the one where {@code pageNumber * pageSize >= total}: {@link #nextPage()} then
 * sends nothing.
 */
public final class GroupPage implements Page<Group> {
  private final List<Group> groups;
  private final TelmetricsPaging paging;
  private final GroupListParams nextParams;
  private final PageFetcher<GroupListParams, Group> fetcher;

  GroupPage(List<Group> groups, TelmetricsPaging paging, GroupListParams nextParams,
      PageFetcher<GroupListParams, Group> fetcher) {
    this.groups = Collections.unmodifiableList(new ArrayList<>(groups));
    this.paging = paging;
    this.nextParams = nextParams;
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
  }

  /** The groups in the server's order; a JSON {@code null} element is a {@code null} item. */
  @Override
  public List<Group> items() {
    return groups;
  }

  /** The response's {@code paging} object, if it had one. */
  public Optional<TelmetricsPaging> paging() {
    return Optional.ofNullable(paging);
  }

  /** {@code paging.total}: the number of groups over all pages, if reported (and not negative). */
  @Override
  public OptionalLong total() {
    Optional<Long> total = paging == null ? Optional.empty() : paging.total();
    return total.filter(t -> t >= 0).map(OptionalLong::of).orElse(OptionalLong.empty());
  }

  /** {@code paging.pageNumber}, if reported. */
  public Optional<Integer> pageNumber() {
    return paging == null ? Optional.empty() : paging.pageNumber();
  }

  @Override
  public boolean hasNextPage() {
    return nextParams != null;
  }

  /** The parameters of the next page ({@code pagenumber + 1}, same size), to resume later; empty on the last. */
  public Optional<GroupListParams> nextPageParams() {
    return Optional.ofNullable(nextParams);
  }

  @Override
  public GroupPage nextPage() {
    if (nextParams == null) {
      throw new NoSuchElementException("no next page");
    }
    GroupPage next = (GroupPage) Objects.requireNonNull(fetcher.fetch(nextParams), "fetcher returned null");
    if (dev.switchboard.core.paging.Paging.repeats(this, next)) {
      return new GroupPage(List.of(), next.paging, null, fetcher); // the server ignores pagenumber: stop
    }
    return next;
  }

  @Override
  public String toString() {
    return "GroupPage{groups=" + groups.size() + ", paging=" + paging + ", hasNextPage=" + hasNextPage() + "}";
  }
}
