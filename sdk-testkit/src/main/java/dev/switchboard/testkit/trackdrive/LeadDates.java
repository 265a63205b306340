package dev.switchboard.testkit.trackdrive;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as the lead filters read them: the {@code time_zone} parameter (IANA id, offset or Rails name), the filter
 * date format {@code 2016-01-01 12:25:15 -0500}, and the range of a {@code created_at_label}.
 */
final class LeadDates {

    private static final Pattern FILTER_DATE = Pattern.compile(
            "^(\\d{4}-\\d{2}-\\d{2})[ T](\\d{2}:\\d{2}:\\d{2})(?:\\.\\d+)?\\s*(Z|[+-]\\d{2}:?\\d{2}|\\d{4})?$");
    private static final Map<String, String> RAILS_ZONES = Map.of(
            "eastern time (us & canada)", "America/New_York",
            "central time (us & canada)", "America/Chicago",
            "mountain time (us & canada)", "America/Denver",
            "pacific time (us & canada)", "America/Los_Angeles",
            "arizona", "America/Phoenix",
            "utc", "UTC");

    private LeadDates() {
    }

    /** The zone of a {@code time_zone} parameter (UTC when blank), else 422. */
    static ZoneId zone(String tz) throws Reject {
        if (tz == null || tz.isBlank()) {
            return ZoneOffset.UTC;
        }
        String mapped = RAILS_ZONES.get(tz.trim().toLowerCase(Locale.ROOT));
        try {
            return ZoneId.of(mapped != null ? mapped : tz.trim());
        } catch (RuntimeException e) {
            throw new Reject(422, "time_zone is not a known time zone: " + tz);
        }
    }

    /** {@code 2016-01-01 12:25:15 -0500} (offset optional → {@code zone}; {@code T} and ISO offsets accepted), else null. */
    static Instant parseDate(String raw, ZoneId zone) {
        Matcher m = FILTER_DATE.matcher(raw.trim());
        if (!m.matches()) {
            return null;
        }
        try {
            LocalDateTime local = LocalDateTime.parse(m.group(1) + "T" + m.group(2));
            String off = m.group(3);
            if (off == null) {
                return local.atZone(zone).toInstant();
            }
            if (off.equals("Z")) {
                return local.toInstant(ZoneOffset.UTC);
            }
            if (Character.isDigit(off.charAt(0))) { // "+0500" whose '+' was URL-decoded to a space
                off = "+" + off;
            }
            off = off.replace(":", "");
            return local.toInstant(ZoneOffset.of(off.substring(0, 3) + ":" + off.substring(3)));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** [from, to) of a label, or null for Lifetime / Custom Range. */
    static Instant[] labelRange(String label, Instant now, ZoneId zone) throws Reject {
        String canonical = null;
        for (String l : TrackdriveEmulation.CREATED_AT_LABELS) {
            if (l.equalsIgnoreCase(label)) {
                canonical = l;
            }
        }
        if (canonical == null) {
            throw new Reject(422, "created_at_label must be one of: " + String.join(", ",
                    TrackdriveEmulation.CREATED_AT_LABELS));
        }
        ZonedDateTime z = now.atZone(zone);
        LocalDate today = z.toLocalDate();
        Instant end = now.plusNanos(1); // "ends now", inclusive
        Duration d = switch (canonical) {
            case "Last 5 Min" -> Duration.ofMinutes(5);
            case "Last 15 Min" -> Duration.ofMinutes(15);
            case "Last 30 Min" -> Duration.ofMinutes(30);
            case "Last Hour" -> Duration.ofHours(1);
            case "Last 4 Hours" -> Duration.ofHours(4);
            case "Last 6 Hours" -> Duration.ofHours(6);
            case "Last 12 Hours" -> Duration.ofHours(12);
            case "Last Day" -> Duration.ofDays(1);
            case "Last 2 Days" -> Duration.ofDays(2);
            default -> null;
        };
        if (d != null) {
            return new Instant[] {now.minus(d), end};
        }
        LocalDate weekStart = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate monthStart = today.withDayOfMonth(1);
        LocalDate quarterStart = today.withMonth(((today.getMonthValue() - 1) / 3) * 3 + 1).withDayOfMonth(1);
        LocalDate yearStart = today.withDayOfYear(1);
        return switch (canonical) {
            case "Today" -> new Instant[] {start(today, zone), start(today.plusDays(1), zone)};
            case "Yesterday" -> new Instant[] {start(today.minusDays(1), zone), start(today, zone)};
            case "This Week" -> new Instant[] {start(weekStart, zone), end};
            case "Last Week" -> new Instant[] {start(weekStart.minusWeeks(1), zone), start(weekStart, zone)};
            case "This Month" -> new Instant[] {start(monthStart, zone), end};
            case "Last Month" -> new Instant[] {start(monthStart.minusMonths(1), zone), start(monthStart, zone)};
            case "This Quarter" -> new Instant[] {start(quarterStart, zone), end};
            case "Last Quarter" -> new Instant[] {start(quarterStart.minusMonths(3), zone), start(quarterStart, zone)};
            case "Last 6 Months" -> new Instant[] {z.minusMonths(6).toInstant(), end};
            case "This Year" -> new Instant[] {start(yearStart, zone), end};
            case "Last Year" -> new Instant[] {start(yearStart.minusYears(1), zone), start(yearStart, zone)};
            default -> null; // Lifetime, Custom Range
        };
    }

    private static Instant start(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }
}
