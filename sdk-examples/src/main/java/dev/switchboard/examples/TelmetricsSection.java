package dev.switchboard.examples;

import dev.switchboard.models.telmetrics.Group;
import dev.switchboard.models.telmetrics.GroupCreateRequest;
import dev.switchboard.models.telmetrics.GroupListParams;
import dev.switchboard.models.telmetrics.GroupTimeZone;
import dev.switchboard.models.telmetrics.GroupUpdateRequest;
import dev.switchboard.models.telmetrics.RichDataType;
import dev.switchboard.telmetrics.GroupPage;
import dev.switchboard.telmetrics.TelmetricsClient;

import java.util.List;

/** Telmetrics number groups: create, get, update, and the list page by page with totals. */
final class TelmetricsSection implements TourSection {

    @Override
    public String provider() {
        return Provider.TELMETRICS.id();
    }

    @Override
    public String title() {
        return "Telmetrics: number groups";
    }

    /** The client for the sandbox or a live server. */
    static TelmetricsClient client(TourContext ctx) {
        String token = ctx.credential(Provider.TELMETRICS, "token").orElseThrow(() -> new IllegalStateException(
                "Telmetrics: no token (--telmetrics-token or TELMETRICS_TOKEN)"));
        return TelmetricsClient.builder().baseUrl(ctx.baseUrl(Provider.TELMETRICS)).organizationToken(token).build();
    }

    @Override
    public void run(TourContext ctx) {
        TourPrinter p = ctx.printer();
        try (TelmetricsClient tm = client(ctx)) {
            p.kv("client", tm);
            p.line("note: the groups paths are unverified (inferred from the other v3 resources)");

            String name = "Switchboard tour " + System.currentTimeMillis();
            Group created = tm.groups().create(GroupCreateRequest.builder()
                    .name(name)
                    .timeZone(GroupTimeZone.EASTERN)
                    .richDataType(RichDataType.BASIC)
                    .emailNotifications(List.of("ops@example.com", "sales@example.com"))
                    .build());
            long id = created.id().orElseThrow(() -> new IllegalStateException("created group has no id"));
            p.line("POST /groups -> id=%d name=%s time_zone=%s status=%s", id, created.name().orElse(null),
                    created.timeZone().orElse(null), created.status().orElse(null));

            Group got = tm.groups().get(id);
            p.line("GET /groups/%d -> name=%s email_notifications=%s created=%s", id, got.name().orElse(null),
                    got.emailNotifications().orElse(null), got.createdDatetime().orElse(null));

            Group updated = tm.groups().update(id, GroupUpdateRequest.builder()
                    .name(name + " (renamed)")
                    .timeZone(GroupTimeZone.PACIFIC)
                    .build());
            p.line("PUT /groups/%d -> name=%s time_zone=%s", id, updated.name().orElse(null),
                    updated.timeZone().orElse(null));
            if (!updated.timeZone().map(GroupTimeZone.PACIFIC::equals).orElse(false)) {
                throw new IllegalStateException("expected time_zone Pacific after the update");
            }

            GroupPage page = tm.groups().list(GroupListParams.builder().pageSize(100).pageNumber(1).build());
            int pages = 1;
            long seen = page.items().size();
            p.line("GET /groups?pagesize=100&pagenumber=1 -> %d groups, total %s, %s page(s)", page.items().size(),
                    page.total().isPresent() ? page.total().getAsLong() : null, page.paging().flatMap(x -> x.pageCount()).orElse(null));
            while (page.hasNextPage() && pages < 50) {
                page = page.nextPage();
                pages++;
                seen += page.items().size();
                p.line("  pagenumber=%s -> %d groups", page.pageNumber().orElse(null), page.items().size());
            }
            p.line("listed %d groups in %d pages; no request after the last page", seen, pages);
        }
    }
}
