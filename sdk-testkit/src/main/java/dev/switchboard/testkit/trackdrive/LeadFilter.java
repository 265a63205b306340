package dev.switchboard.testkit.trackdrive;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.testkit.SandboxExchange;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The {@code GET /leads} filters: dates and labels, full text, status, number, email, id lists and booleans, read
 * from the query into one predicate over leads (all filters ANDed).
 */
final class LeadFilter {

    private LeadFilter() {
    }

    /** The filter of a list request; {@code now} is the instant date labels and {@code status_wait} are relative to. */
    static Predicate<Lead> of(SandboxExchange ex, ZoneId zone, Instant now) throws Reject {
        List<Predicate<Lead>> all = new ArrayList<>();
        String label = ex.queryParam("created_at_label");
        if (label != null && !label.isBlank()) {
            Instant[] range = LeadDates.labelRange(label.trim(), now, zone);
            if (range != null) {
                Instant a = range[0];
                Instant b = range[1];
                all.add(l -> !l.createdAt.isBefore(a) && l.createdAt.isBefore(b));
            }
        }
        Instant caFrom = LeadParams.date(ex, "created_at_from", zone);
        Instant caTo = LeadParams.date(ex, "created_at_to", zone);
        if (caFrom != null) {
            all.add(l -> !l.createdAt.isBefore(caFrom));
        }
        if (caTo != null) {
            all.add(l -> !l.createdAt.isAfter(caTo));
        }
        Instant naFrom = LeadParams.date(ex, "next_action_at_from", zone);
        Instant naTo = LeadParams.date(ex, "next_action_at_to", zone);
        if (naFrom != null) {
            all.add(l -> l.nextActionAt != null && !l.nextActionAt.isBefore(naFrom));
        }
        if (naTo != null) {
            all.add(l -> l.nextActionAt != null && !l.nextActionAt.isAfter(naTo));
        }
        String fulltext = ex.queryParam("fulltext");
        if (fulltext != null && !fulltext.isBlank()) {
            String q = fulltext.trim().toLowerCase(Locale.ROOT);
            all.add(l -> matchesText(l, q));
        }
        String status = ex.queryParam("status");
        if (status != null && !status.isBlank()) {
            all.add(l -> l.status.equalsIgnoreCase(status.trim()));
        }
        String number = ex.queryParam("number");
        if (number != null && !number.isBlank()) {
            String digits = usDigits(number);
            all.add(l -> l.callerId != null && usDigits(l.callerId).equals(digits));
        }
        String email = ex.queryParam("email");
        if (email != null && !email.isBlank()) {
            all.add(l -> l.email != null && l.email.equalsIgnoreCase(email.trim()));
        }
        idFilter(ex, "offer_id", all, l -> l.offerId);
        idFilter(ex, "buyer_id", all, l -> l.buyerId);
        idFilter(ex, "schedule_id", all, l -> l.scheduleId);
        idFilter(ex, "traffic_source_id", all, l -> l.trafficSourceId);
        idFilter(ex, "contact_id", all, l -> l.contactId);
        boolFilter(ex, "has_next_action", all, l -> l.nextActionAt != null);
        boolFilter(ex, "buyer_converted", all, l -> l.buyerConverted);
        boolFilter(ex, "offer_converted", all, l -> l.offerConverted);
        boolFilter(ex, "either_converted", all, l -> l.buyerConverted || l.offerConverted);
        boolFilter(ex, "opt_out", all, l -> l.optOut);
        boolFilter(ex, "status_wait", all, l -> l.nextActionAt != null && l.nextActionAt.isAfter(now));
        return l -> {
            for (Predicate<Lead> p : all) {
                if (!p.test(l)) {
                    return false;
                }
            }
            return true;
        };
    }

    private static boolean matchesText(Lead l, String q) {
        if (Long.toString(l.id).equals(q) || l.uuid.contains(q)) {
            return true;
        }
        for (String v : new String[] {l.fullName, l.callerId, l.email, l.subId, l.zip, l.stateProvince}) {
            if (v != null && v.toLowerCase(Locale.ROOT).contains(q)) {
                return true;
            }
        }
        for (Iterator<JsonNode> it = l.data.elements(); it.hasNext(); ) {
            JsonNode v = it.next();
            String t = v.isTextual() ? v.asText() : v.toString();
            if (t.toLowerCase(Locale.ROOT).contains(q)) {
                return true;
            }
        }
        return false;
    }

    /** Digits without a leading US country code 1 (for 11-digit numbers). */
    static String usDigits(String number) {
        String d = number.replaceAll("\\D", "");
        return d.length() == 11 && d.startsWith("1") ? d.substring(1) : d;
    }

    private interface LongGetter {
        Long get(Lead l);
    }

    private static void idFilter(SandboxExchange ex, String name, List<Predicate<Lead>> all, LongGetter getter)
            throws Reject {
        String v = ex.queryParam(name);
        if (v == null || v.isBlank()) {
            return;
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (String p : v.split(",")) {
            try {
                ids.add(Long.parseLong(p.trim()));
            } catch (NumberFormatException e) {
                throw new Reject(422, name + " must be an integer id (or a comma separated list of ids)");
            }
        }
        all.add(l -> {
            Long x = getter.get(l);
            return x != null && ids.contains(x);
        });
    }

    private static void boolFilter(SandboxExchange ex, String name, List<Predicate<Lead>> all, Predicate<Lead> p)
            throws Reject {
        Boolean b = LeadParams.bool(ex, name);
        if (b != null) {
            all.add(b ? p : p.negate());
        }
    }
}
