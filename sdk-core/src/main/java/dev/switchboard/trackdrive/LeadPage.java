package dev.switchboard.trackdrive;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.paging.Page;
import dev.switchboard.core.paging.PageFetcher;
import dev.switchboard.models.trackdrive.Lead;
import dev.switchboard.models.trackdrive.LeadListParams;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of TrackDrive leads: the leads, the response's {@code metadata} (a generic map, its keys are
 * undocumented; empty for {@code root=false}), and the parameters of the next page. A page with fewer leads than
 * {@code per_page} (default 25), or none, is the last one: {@link #nextPage()} then sends nothing.
 */
public final class LeadPage implements Page<Lead> {
  private final List<Lead> leads;
  private final Map<String, JsonNode> metadata;
  private final int pageNumber;
  private final LeadListParams nextParams;
  private final PageFetcher<LeadListParams, Lead> fetcher;

  LeadPage(List<Lead> leads, Map<String, JsonNode> metadata, int pageNumber, LeadListParams nextParams,
      PageFetcher<LeadListParams, Lead> fetcher) {
    this.leads = Collections.unmodifiableList(new ArrayList<>(leads));
    this.metadata = Map.copyOf(metadata);
    this.pageNumber = pageNumber;
    this.nextParams = nextParams;
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
  }

  /** The leads in the server's order; a JSON {@code null} element is a {@code null} item. */
  @Override
  public List<Lead> items() {
    return leads;
  }

  /** The response's {@code metadata} object as sent (keys undocumented); empty for a bare-array response. */
  public Map<String, JsonNode> metadata() {
    return metadata;
  }

  /** The page number requested ({@code page}, 1 when not set). */
  public int pageNumber() {
    return pageNumber;
  }

  @Override
  public boolean hasNextPage() {
    return nextParams != null;
  }

  /** The parameters of the next page (same filters, {@code page + 1}), to resume later; empty on the last page. */
  public Optional<LeadListParams> nextPageParams() {
    return Optional.ofNullable(nextParams);
  }

  @Override
  public LeadPage nextPage() {
    if (nextParams == null) {
      throw new NoSuchElementException("no next page");
    }
    LeadPage next = (LeadPage) Objects.requireNonNull(fetcher.fetch(nextParams), "fetcher returned null");
    if (dev.switchboard.core.paging.Paging.repeats(this, next)) {
      return new LeadPage(List.of(), next.metadata, next.pageNumber, null, fetcher); // the server ignores page: stop
    }
    return next;
  }

  @Override
  public String toString() {
    return "LeadPage{page=" + pageNumber + ", leads=" + leads.size() + ", metadata=" + metadata.keySet()
        + ", hasNextPage=" + hasNextPage() + "}";
  }
}
