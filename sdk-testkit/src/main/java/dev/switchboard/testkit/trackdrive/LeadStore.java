package dev.switchboard.testkit.trackdrive;

import dev.switchboard.testkit.SandboxState;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The leads of one sandbox, oldest first with dense ids from 1, kept in the {@link SandboxState} (so
 * {@code Sandbox.reset()} drops them) and seeded deterministically on first use. Callers synchronise on the store.
 */
final class LeadStore {

    private static final String STORE_KEY = "trackdrive.leads";
    private static final String[] FIRST = {"James", "Mary", "Robert", "Patricia", "John", "Jennifer", "Michael",
        "Linda", "David", "Elizabeth", "William", "Barbara", "Maria", "Wei", "Aisha", "Carlos"};
    private static final String[] LAST = {"Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller",
        "Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Nguyen", "Kim", "Patel", "Okafor"};
    private static final String[][] STATES = {{"NY", "America/New_York"}, {"TX", "America/Chicago"},
        {"CA", "America/Los_Angeles"}, {"FL", "America/New_York"}, {"IL", "America/Chicago"},
        {"CO", "America/Denver"}, {"AZ", "America/Phoenix"}, {"WA", "America/Los_Angeles"}};
    private static final String[] OTHER_STATUSES = {"contacted", "completed", "expired"};

    final List<Lead> leads = new ArrayList<>(); // oldest first
    final Map<String, Lead> byUuid = new LinkedHashMap<>();
    long nextId;

    private LeadStore() {
    }

    /** The sandbox's store, seeded from the sandbox seed and {@code clock} on the first call. */
    static LeadStore of(SandboxState state, Clock clock) {
        return state.get(STORE_KEY, () -> seed(state, clock));
    }

    private static LeadStore seed(SandboxState state, Clock clock) {
        LeadStore s = new LeadStore();
        Random r = state.random("trackdrive");
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Lead[] newestFirst = new Lead[TrackdriveEmulation.SEEDED_LEADS];
        long age = 5 + r.nextInt(60);
        for (int i = 0; i < TrackdriveEmulation.SEEDED_LEADS; i++) {
            if (i > 0) {
                age += i < 300 ? 30 + r.nextInt(300) : 600 + r.nextInt(24_000);
            }
            Lead l = new Lead();
            l.id = TrackdriveEmulation.SEEDED_LEADS - i;
            l.uuid = new UUID(r.nextLong() & 0xffffffffffff0fffL | 0x4000L,
                    r.nextLong() & 0x3fffffffffffffffL | 0x8000000000000000L).toString();
            l.createdAt = now.minusSeconds(age).plusMillis(r.nextInt(1000));
            String first = FIRST[r.nextInt(FIRST.length)];
            String last = LAST[r.nextInt(LAST.length)];
            l.fullName = r.nextInt(10) == 0 ? null : first + " " + last;
            l.callerId = String.format(Locale.ROOT, "+1%03d555%04d", 201 + r.nextInt(780), r.nextInt(10_000));
            l.email = r.nextInt(3) == 0 ? null
                    : (first + "." + last + l.id + "@example.com").toLowerCase(Locale.ROOT);
            String[] st = STATES[r.nextInt(STATES.length)];
            l.stateProvince = st[0];
            l.timeZone = st[1];
            l.zip = String.format(Locale.ROOT, "%05d", 10_000 + r.nextInt(89_999));
            l.subId = r.nextInt(4) == 0 ? "sub-" + r.nextInt(50) : null;
            l.offerId = 1L + r.nextInt(20);
            l.scheduleId = r.nextInt(3) == 0 ? null : 1L + r.nextInt(10);
            l.trafficSourceId = r.nextInt(5) == 0 ? null : 100L + r.nextInt(15);
            l.contactId = 10_000L + r.nextInt(4000);
            l.remoteIp = r.nextBoolean() ? "198.51.100." + r.nextInt(255) : null;
            l.leadImportId = r.nextInt(10) == 0 ? 700L + r.nextInt(5) : null;
            l.externalRecordId = r.nextInt(8) == 0 ? "EXT-" + (100_000 + l.id) : null;
            l.optOut = r.nextInt(20) == 0;
            l.blocked = r.nextInt(50) == 0;
            l.buyerConverted = !l.optOut && r.nextInt(6) == 0;
            l.offerConverted = l.buyerConverted ? r.nextInt(4) != 0 : !l.optOut && r.nextInt(12) == 0;
            if (l.buyerConverted) {
                l.buyerId = 300L + r.nextInt(12);
                l.revenue = BigDecimal.valueOf(500 + r.nextInt(5000), 2);
                l.callBuyerConversionId = 900_000L + l.id;
            }
            if (l.offerConverted) {
                l.payout = BigDecimal.valueOf(100 + r.nextInt(2000), 2);
                l.callOfferConversionId = 800_000L + l.id;
            }
            if (!l.optOut && !l.buyerConverted && r.nextInt(10) < 3) {
                // next action between 2 days before and 5 days after creation; some are still ahead of "now"
                l.nextActionAt = l.createdAt.plusSeconds(-172_800 + r.nextInt(604_800)).truncatedTo(ChronoUnit.SECONDS);
                l.scheduleTriggerType = r.nextBoolean() ? "lead_created" : "callback";
                if ("callback".equals(l.scheduleTriggerType)) {
                    l.scheduledCallbackId = 600_000L + l.id;
                }
            }
            if (r.nextInt(3) != 0) {
                l.firstQueuedAt = l.createdAt.plusSeconds(1);
                l.firstActionAt = l.createdAt.plusSeconds(5 + r.nextInt(300));
                l.lastActionAt = l.firstActionAt.plusSeconds(r.nextInt(86_400));
                l.attemptedCallId = 1_000_000L + l.id;
                l.dialNumberId = 50L + r.nextInt(5);
                l.dialTier = 1 + r.nextInt(3);
                if (r.nextBoolean()) {
                    l.connectedCallId = l.attemptedCallId;
                    l.lastCallAt = l.lastActionAt;
                }
            }
            l.smsNumberId = r.nextInt(6) == 0 ? 40L + r.nextInt(3) : null;
            l.isLive = i < 3;
            l.status = l.optOut ? "opted_out" : l.buyerConverted ? "converted"
                    : l.nextActionAt != null ? "scheduled" : OTHER_STATUSES[r.nextInt(OTHER_STATUSES.length)];
            if ("expired".equals(l.status)) {
                l.scheduleEndedAt = l.createdAt.plusSeconds(86_400);
                l.expiresIn = 0;
            }
            l.data.put("source", new String[] {"web", "facebook", "google", "tv"}[r.nextInt(4)]);
            if (r.nextBoolean()) {
                l.data.put("campaign", "spring-" + r.nextInt(9));
            }
            l.updatedAt = l.lastActionAt != null ? l.lastActionAt : l.createdAt;
            newestFirst[i] = l;
        }
        for (int i = TrackdriveEmulation.SEEDED_LEADS - 1; i >= 0; i--) {
            s.leads.add(newestFirst[i]);
            s.byUuid.put(newestFirst[i].uuid, newestFirst[i]);
        }
        s.nextId = TrackdriveEmulation.SEEDED_LEADS + 1L;
        return s;
    }

    /** The lead with this uuid or id, else 404. Caller holds the store lock. */
    Lead find(String ref) throws Reject {
        Lead l = byUuid.get(ref.toLowerCase(Locale.ROOT));
        if (l == null && ref.matches("\\d{1,18}")) {
            long id = Long.parseLong(ref);
            if (id >= 1 && id <= leads.size()) {
                Lead candidate = leads.get((int) id - 1); // ids are dense and in list order
                if (candidate.id == id) {
                    l = candidate;
                }
            }
        }
        if (l == null) {
            throw new Reject(404, "Not found");
        }
        return l;
    }
}
