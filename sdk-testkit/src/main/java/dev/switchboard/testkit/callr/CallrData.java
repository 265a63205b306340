package dev.switchboard.testkit.callr;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * The whole in-memory CALLR account of one sandbox (rebuilt, identically for a given seed, after each reset).
 * Guarded by its own monitor: every RPC runs inside {@code synchronized (data)}.
 */
final class CallrData {

    static final BigDecimal INITIAL_CREDIT = new BigDecimal("100.00");
    static final BigDecimal SMS_PART_PRICE = new BigDecimal("0.05");
    static final int DID_ASSIGNED_MAX = 20;
    static final int DID_QUOTA_MAX_OVER_PERIOD = 50;
    static final int DID_QUOTA_PERIOD_DAYS = 30;
    static final Duration RESERVATION_TTL = Duration.ofMinutes(5);
    static final Duration SESSION_TTL = Duration.ofHours(1);
    static final Duration SESSION_REFRESHABLE = Duration.ofHours(24);
    static final int SEEDED_SMS = 120;
    static final BigInteger MAX_CALLID = Params.UINT64_MAX;

    final Random rnd;
    private final Set<String> usedIds = new HashSet<>();
    private final Clock clock;
    /** When this account was (re)built: the seeded history lies before it. */
    final Instant start;
    BigDecimal credit = INITIAL_CREDIT;

    final Map<String, ObjectNode> sms = new LinkedHashMap<>(); // insertion = creation order
    final Map<String, String> smsLoginAs = new LinkedHashMap<>();
    final Map<String, ObjectNode> smsDynamicWebhook = new LinkedHashMap<>();
    ObjectNode smsSettings;

    final Map<String, ObjectNode> dids = new LinkedHashMap<>();
    final Map<String, ObjectNode> apps = new LinkedHashMap<>();
    final Map<Integer, ObjectNode> areaCodes = new TreeMap<>();
    final Map<Integer, int[]> stock = new TreeMap<>(); // area code id -> {CLASSIC, GOLD}
    final Map<String, Order> orders = new LinkedHashMap<>();
    final List<Instant> purchases = new ArrayList<>();

    final Map<Integer, ObjectNode> library = new TreeMap<>();
    final Map<String, ObjectNode> recordings = new LinkedHashMap<>();
    final List<ObjectNode> cdrIn = new ArrayList<>();
    final List<ObjectNode> cdrOut = new ArrayList<>();
    final Map<String, ObjectNode> jobs = new LinkedHashMap<>();

    final Map<Integer, ApiKey> apiKeys = new LinkedHashMap<>();
    final Map<String, Session> sessions = new LinkedHashMap<>(); // by token
    final Map<String, ObjectNode> webhooks = new LinkedHashMap<>();
    final Map<String, String> webhookSecrets = new LinkedHashMap<>();

    final Map<String, String[]> broadcasts = new LinkedHashMap<>(); // id -> {status}
    final Map<BigInteger, String> realtimeCalls = new LinkedHashMap<>(); // callid -> status
    final Map<String, ObjectNode> clickToCalls = new LinkedHashMap<>();
    final List<CallrEmulation.LoginAs> loginAs = new ArrayList<>();
    int nextMediaId = 1000;
    int nextApiKeyId = 1;
    long nextCallid = 4_000_000_000L;

    static final class Order {
        final String token;
        final int areaCodeId;
        final String didClass;
        final ObjectNode reservation;
        boolean bought;

        Order(String token, int areaCodeId, String didClass, ObjectNode reservation) {
            this.token = token;
            this.areaCodeId = areaCodeId;
            this.didClass = didClass;
            this.reservation = reservation;
        }
    }

    static final class ApiKey {
        final int id;
        final String token;
        final ObjectNode json;

        ApiKey(int id, String token, ObjectNode json) {
            this.id = id;
            this.token = token;
            this.json = json;
        }
    }

    static final class Session {
        final String token;
        final String refreshToken;
        final Instant validUntil;
        final Instant refreshableUntil;
        String state = "VALID"; // VALID, REFRESHED, DELETED

        Session(String token, String refreshToken, Instant validUntil, Instant refreshableUntil) {
            this.token = token;
            this.refreshToken = refreshToken;
            this.validUntil = validUntil;
            this.refreshableUntil = refreshableUntil;
        }
    }

    CallrData(long seed, Clock clock) {
        this.rnd = new Random(seed * 31 + "callr".hashCode());
        this.clock = clock;
        this.start = now().truncatedTo(ChronoUnit.SECONDS);
        Seed.populate(this);
    }

    /** The sandbox clock's now, to the millisecond (CALLR's finest resolution, {@code datetime_ms}). */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** A fresh 8-char upper-case hex hash (CALLR "UNIQUEID" style). */
    String hash() {
        return hex(8).toUpperCase(java.util.Locale.ROOT);
    }

    /** {@code n} random lower-case hex chars, never handed out twice. */
    String hex(int n) {
        while (true) {
            StringBuilder sb = new StringBuilder(n);
            for (int i = 0; i < n; i++) {
                sb.append(Character.forDigit(rnd.nextInt(16), 16));
            }
            String s = sb.toString();
            if (usedIds.add(s)) {
                return s;
            }
        }
    }

    String nowDatetime() {
        return Json.datetime(now());
    }

    int assignedDidCount() {
        return dids.size();
    }

    int quotaCurrentCount() {
        Instant since = now().minus(Duration.ofDays(DID_QUOTA_PERIOD_DAYS));
        return (int) purchases.stream().filter(t -> t.isAfter(since)).count();
    }
}
