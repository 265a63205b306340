package dev.switchboard.examples;

import dev.switchboard.core.errors.NotFoundException;
import dev.switchboard.models.trackdrive.Lead;
import dev.switchboard.models.trackdrive.LeadColumn;
import dev.switchboard.models.trackdrive.LeadCreateRequest;
import dev.switchboard.models.trackdrive.LeadListParams;
import dev.switchboard.models.trackdrive.LeadSerializer;
import dev.switchboard.models.trackdrive.LeadUpdateRequest;
import dev.switchboard.trackdrive.LeadPage;
import dev.switchboard.trackdrive.TrackdriveClient;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * TrackDrive leads: a lead_grid page with chosen columns, auto-paging through about 1,000 leads with a filter,
 * {@code root=false}, a lead submission with a lead token and extra keys, and an update (opt out).
 */
final class TrackdriveSection implements TourSection {

    @Override
    public String provider() {
        return Provider.TRACKDRIVE.id();
    }

    @Override
    public String title() {
        return "TrackDrive: leads";
    }

    /** The client for the sandbox or a live server: keys if both are given, else a token. */
    static TrackdriveClient client(TourContext ctx) {
        TrackdriveClient.Builder b = TrackdriveClient.builder().baseUrl(ctx.baseUrl(Provider.TRACKDRIVE));
        Optional<String> publicKey = ctx.credential(Provider.TRACKDRIVE, "public-key");
        Optional<String> privateKey = ctx.credential(Provider.TRACKDRIVE, "private-key");
        Optional<String> token = ctx.credential(Provider.TRACKDRIVE, "token");
        if (publicKey.isPresent() && privateKey.isPresent()) {
            b.keys(publicKey.get(), privateKey.get());
        } else if (token.isPresent()) {
            b.token(token.get());
        }
        return b.build();
    }

    @Override
    public void run(TourContext ctx) {
        TourPrinter p = ctx.printer();
        try (TrackdriveClient td = client(ctx)) {
            p.kv("client", td);

            // 1. one page, lead_grid serializer, four columns, 100 per page
            LeadListParams grid = LeadListParams.builder()
                    .serializer(LeadSerializer.LEAD_GRID)
                    .addColumns(LeadColumn.ID, LeadColumn.UUID, LeadColumn.CALLER_ID, LeadColumn.CREATED_AT)
                    .perPage(100)
                    .build();
            LeadPage first = td.leads().list(grid);
            p.line("GET /leads %s -> %d leads, metadata %s", grid.toQueryParameters().keySet(),
                    first.items().size(), first.metadata());
            first.items().stream().limit(3).forEach(l -> p.line("  id=%s uuid=%s caller_id=%s created_at=%s",
                    l.id().orElse(null), l.uuid().orElse(null), l.callerId().orElse(null),
                    l.createdAt().orElse(null)));

            // 2. auto-paging through about 1,000 leads with a filter
            LeadListParams filtered = LeadListParams.builder()
                    .optOut(false)
                    .addColumns(LeadColumn.ID, LeadColumn.STATUS)
                    .perPage(100)
                    .build();
            LeadPage page = td.leads().list(filtered);
            int pages = 1;
            int leads = page.items().size();
            Map<String, Integer> byStatus = new TreeMap<>();
            page.items().forEach(l -> byStatus.merge(l.status().orElse("(none)"), 1, Integer::sum));
            while (leads < 1_000 && page.hasNextPage()) {
                page = page.nextPage();
                pages++;
                leads += page.items().size();
                page.items().forEach(l -> byStatus.merge(l.status().orElse("(none)"), 1, Integer::sum));
            }
            p.line("opt_out=false, per_page=100: %d leads in %d pages (last page %d, more: %s)", leads, pages,
                    page.pageNumber(), page.hasNextPage());
            p.line("  by status: %s", byStatus);

            // 3. root=false: a bare array, no metadata
            LeadPage bare = td.leads().list(LeadListParams.builder().root(false).perPage(5).build());
            p.line("root=false -> %d leads, metadata %s", bare.items().size(),
                    bare.metadata().isEmpty() ? "(none: bare array)" : bare.metadata());

            // 4. lead submission, authenticated by the lead token in the body
            Optional<String> leadToken = ctx.credential(Provider.TRACKDRIVE, "lead-token");
            if (leadToken.isEmpty()) {
                p.line("create/update skipped: no lead token (--trackdrive-lead-token or TRACKDRIVE_LEAD_TOKEN)");
                return;
            }
            String phone = "+1555" + (1_000_000 + ThreadLocalRandom.current().nextInt(8_999_999));
            Lead created = td.leads().create(LeadCreateRequest.builder()
                    .leadToken(leadToken.get())
                    .callerId(phone)
                    .email("ada@example.com")
                    .putLeadToken("first_name", "Ada")
                    .putLeadToken("last_name", "Lovelace")
                    .putLeadToken("campaign", "switchboard-tour")
                    .build());
            String uuid = created.uuid().orElseThrow(() -> new IllegalStateException("created lead has no uuid"));
            p.line("POST /leads (lead_token + first_name, last_name, campaign) -> id=%s uuid=%s caller_id=%s data=%s",
                    created.id().orElse(null), uuid, created.callerId().orElse(null), created.data().orElse(null));

            // 5. update: opt the lead out
            Lead updated = td.leads().update(uuid, LeadUpdateRequest.builder().optOut(true).build());
            p.line("PUT /leads/%s {opt_out: true} -> opt_out=%s", uuid, updated.optOut().orElse(null));
            if (!updated.optOut().orElse(false)) {
                throw new IllegalStateException("expected opt_out=true after the update");
            }

            // 6. get by uuid (endpoint unverified on the real API)
            try {
                Lead got = td.leads().get(uuid);
                p.line("GET /leads/%s (unverified endpoint) -> opt_out=%s", uuid, got.optOut().orElse(null));
            } catch (NotFoundException e) {
                p.line("GET /leads/%s (unverified endpoint) -> 404: not available on this server", uuid);
            }
        }
    }
}
