package dev.switchboard.testkit.trackdrive;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.testkit.SandboxExchange;
import dev.switchboard.testkit.SandboxState;

import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * {@code GET /leads}: paging ({@code page}, {@code per_page}), newest first, in the envelope
 * {@code {"leads":[...],"metadata":{...}}} or as a bare array ({@code root=false}).
 */
final class LeadListing {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final SandboxState state;
    private final Clock clock;

    LeadListing(SandboxState state, Clock clock) {
        this.state = state;
        this.clock = clock;
    }

    /** Answers one page of the leads the query's filters select. */
    void list(SandboxExchange ex) throws IOException, Reject {
        ZoneId zone = LeadDates.zone(ex.queryParam("time_zone"));
        List<String> cols = LeadJson.listColumns(ex.queryParam("serializer"), ex.queryParam("columns"));
        int page = Math.max(1, LeadParams.number(ex, "page", 1));
        int perPage = LeadParams.number(ex, "per_page", TrackdriveEmulation.DEFAULT_PER_PAGE);
        perPage = perPage <= 0 ? TrackdriveEmulation.DEFAULT_PER_PAGE
                : Math.min(perPage, TrackdriveEmulation.MAX_PER_PAGE);
        Boolean root = LeadParams.bool(ex, "root");
        Predicate<Lead> filter = LeadFilter.of(ex, zone, clock.instant());

        LeadStore s = LeadStore.of(state, clock);
        List<ObjectNode> pageItems = new ArrayList<>();
        int total = 0;
        long from = (long) (page - 1) * perPage;
        synchronized (s) {
            for (int i = s.leads.size() - 1; i >= 0; i--) { // newest first
                Lead l = s.leads.get(i);
                if (filter.test(l)) {
                    if (total >= from && total < from + perPage) {
                        pageItems.add(LeadJson.serialize(l, cols, zone));
                    }
                    total++;
                }
            }
        }
        ArrayNode arr = NODES.arrayNode();
        pageItems.forEach(arr::add);
        if (Boolean.FALSE.equals(root)) {
            ex.respondJson(200, arr);
            return;
        }
        ObjectNode body = NODES.objectNode();
        body.set("leads", arr);
        ObjectNode meta = body.putObject("metadata");
        meta.put("page", page);
        meta.put("per_page", perPage);
        meta.put("total_count", total);
        meta.put("total_pages", (total + perPage - 1) / perPage);
        ex.respondJson(200, body);
    }
}
