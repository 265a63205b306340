package dev.switchboard.models.trackdrive;

import dev.switchboard.models.Checks;
import dev.switchboard.models.ModelStyle;
import dev.switchboard.models.json.Timestamps;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The query parameters of TrackDrive {@code GET /api/v1/leads} ("List your leads"). Not a JSON body: the client
 * sends {@link #toQueryParameters()}.
 *
 * <p>Dates are written like {@code 2016-01-01 12:25:15 -0500} (in their own offset), {@code columns} comma-separated
 * in the documented column order, booleans as {@code true}/{@code false}. Ids ({@code offer_id}...) are strings
 * because TrackDrive accepts a numeric id or a UUID reference; the builder has {@code long} overloads. Request-side:
 * {@code build()} rejects {@code page} and {@code per_page} below 1 (the server's {@code per_page} default is 25;
 * its maximum is undocumented).
 */
@Value.Immutable
@ModelStyle
public abstract class LeadListParams {
  LeadListParams() {}

  /** {@code serializer}: the response format. */
  public abstract Optional<LeadSerializer> serializer();

  /** {@code page}: the page to return, from 1. */
  public abstract Optional<Integer> page();

  /** {@code per_page}: results per page (server default 25). */
  public abstract Optional<Integer> perPage();

  /** {@code created_at_to}: created at or before. */
  public abstract Optional<OffsetDateTime> createdAtTo();

  /** {@code created_at_from}: created at or after. */
  public abstract Optional<OffsetDateTime> createdAtFrom();

  /** {@code fulltext}: search for any record that matches this text. */
  public abstract Optional<String> fulltext();

  /** {@code time_zone}: the time zone date ranges are parsed in. */
  public abstract Optional<String> timeZone();

  /** {@code columns}: return only these columns (objects become sparse). */
  public abstract Set<LeadColumn> columns();

  /** {@code root}: {@code false} returns a bare array without root node and metadata (not a {@link LeadList}). */
  public abstract Optional<Boolean> root();

  /** {@code created_at_label}: a dynamic date range such as "Today". */
  public abstract Optional<CreatedAtLabel> createdAtLabel();

  /** {@code next_action_at_to}: next action due at or before. */
  public abstract Optional<OffsetDateTime> nextActionAtTo();

  /** {@code next_action_at_from}: next action due at or after. */
  public abstract Optional<OffsetDateTime> nextActionAtFrom();

  /** {@code offer_id}: the offer (numeric id or UUID). */
  public abstract Optional<String> offerId();

  /** {@code schedule_id}: the schedule's internal id. */
  public abstract Optional<String> scheduleId();

  /** {@code contact_id}: match leads of this caller/contact. */
  public abstract Optional<String> contactId();

  /** {@code traffic_source_id}: the traffic source (numeric id or UUID). */
  public abstract Optional<String> trafficSourceId();

  /** {@code buyer_id}: the buyer (numeric id or UUID). */
  public abstract Optional<String> buyerId();

  /** {@code status}: match leads with this status. */
  public abstract Optional<String> status();

  /** {@code status_wait}: leads waiting before performing an action. */
  public abstract Optional<String> statusWait();

  /** {@code number}: leads matching this caller id. */
  public abstract Optional<String> number();

  /** {@code email}: leads with this e-mail address. */
  public abstract Optional<String> email();

  /** {@code has_next_action}: leads that have more actions to perform. */
  public abstract Optional<Boolean> hasNextAction();

  /** {@code buyer_converted}: leads that converted for a buyer. */
  public abstract Optional<Boolean> buyerConverted();

  /** {@code offer_converted}: leads where a traffic source converted. */
  public abstract Optional<Boolean> offerConverted();

  /** {@code either_converted}: leads where a buyer or a traffic source converted. */
  public abstract Optional<Boolean> eitherConverted();

  /** {@code opt_out}: leads that opted out. */
  public abstract Optional<Boolean> optOut();

  /** Other query parameters, sent after the documented ones in insertion order (escape hatch). */
  public abstract Map<String, String> additionalQueryParameters();

  /**
   * The query parameters, in a stable order (documented order, then the additional ones), one value each. Only the
   * parameters set are present.
   */
  public Map<String, List<String>> toQueryParameters() {
    Map<String, List<String>> q = new LinkedHashMap<>();
    serializer().ifPresent(v -> put(q, "serializer", v.raw()));
    page().ifPresent(v -> put(q, "page", v.toString()));
    perPage().ifPresent(v -> put(q, "per_page", v.toString()));
    createdAtTo().ifPresent(v -> put(q, "created_at_to", Timestamps.TRACKDRIVE_QUERY.format(v)));
    createdAtFrom().ifPresent(v -> put(q, "created_at_from", Timestamps.TRACKDRIVE_QUERY.format(v)));
    fulltext().ifPresent(v -> put(q, "fulltext", v));
    timeZone().ifPresent(v -> put(q, "time_zone", v));
    if (!columns().isEmpty()) {
      put(q, "columns", columns().stream().sorted(COLUMN_ORDER).map(LeadColumn::raw).collect(Collectors.joining(",")));
    }
    root().ifPresent(v -> put(q, "root", v.toString()));
    createdAtLabel().ifPresent(v -> put(q, "created_at_label", v.raw()));
    nextActionAtTo().ifPresent(v -> put(q, "next_action_at_to", Timestamps.TRACKDRIVE_QUERY.format(v)));
    nextActionAtFrom().ifPresent(v -> put(q, "next_action_at_from", Timestamps.TRACKDRIVE_QUERY.format(v)));
    offerId().ifPresent(v -> put(q, "offer_id", v));
    scheduleId().ifPresent(v -> put(q, "schedule_id", v));
    contactId().ifPresent(v -> put(q, "contact_id", v));
    trafficSourceId().ifPresent(v -> put(q, "traffic_source_id", v));
    buyerId().ifPresent(v -> put(q, "buyer_id", v));
    status().ifPresent(v -> put(q, "status", v));
    statusWait().ifPresent(v -> put(q, "status_wait", v));
    number().ifPresent(v -> put(q, "number", v));
    email().ifPresent(v -> put(q, "email", v));
    hasNextAction().ifPresent(v -> put(q, "has_next_action", v.toString()));
    buyerConverted().ifPresent(v -> put(q, "buyer_converted", v.toString()));
    offerConverted().ifPresent(v -> put(q, "offer_converted", v.toString()));
    eitherConverted().ifPresent(v -> put(q, "either_converted", v.toString()));
    optOut().ifPresent(v -> put(q, "opt_out", v.toString()));
    additionalQueryParameters().forEach((k, v) -> put(q, k, v));
    return q;
  }

  /** Documented columns in their documented order, then unknown ones by raw string. */
  private static final Comparator<LeadColumn> COLUMN_ORDER =
      Comparator.comparing((LeadColumn c) -> c.value().ordinal()).thenComparing(LeadColumn::raw);

  private static void put(Map<String, List<String>> q, String name, String value) {
    q.put(name, List.of(value));
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link LeadListParams}; {@link #build()} checks {@code page} and {@code per_page}. */
  public static final class Builder extends ImmutableLeadListParams.Builder {
    Builder() {}

    /** Sets {@code offer_id} from a numeric id. */
    public Builder offerId(long id) {
      return offerId(Long.toString(id));
    }

    /** Sets {@code schedule_id} from a numeric id. */
    public Builder scheduleId(long id) {
      return scheduleId(Long.toString(id));
    }

    /** Sets {@code contact_id} from a numeric id. */
    public Builder contactId(long id) {
      return contactId(Long.toString(id));
    }

    /** Sets {@code traffic_source_id} from a numeric id. */
    public Builder trafficSourceId(long id) {
      return trafficSourceId(Long.toString(id));
    }

    /** Sets {@code buyer_id} from a numeric id. */
    public Builder buyerId(long id) {
      return buyerId(Long.toString(id));
    }

    /** Adds a query parameter this version of the SDK does not know (escape hatch); replaces a previous value. */
    public Builder putAdditionalQueryParameter(String name, String value) {
      return putAdditionalQueryParameters(name, value);
    }

    @Override
    public ImmutableLeadListParams build() {
      ImmutableLeadListParams built = super.build();
      Checks.range("page", built.page(), 1, Integer.MAX_VALUE);
      Checks.range("per_page", built.perPage(), 1, Integer.MAX_VALUE);
      return built;
    }
  }
}
