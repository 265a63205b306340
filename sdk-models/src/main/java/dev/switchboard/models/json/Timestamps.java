package dev.switchboard.models.json;

import static java.time.temporal.ChronoField.HOUR_OF_DAY;
import static java.time.temporal.ChronoField.MINUTE_OF_HOUR;
import static java.time.temporal.ChronoField.NANO_OF_SECOND;
import static java.time.temporal.ChronoField.SECOND_OF_MINUTE;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * The one lenient timestamp reader of the SDK, and the writers for each documented layout.
 *
 * <p>Reads a date, a {@code T} or a space, a time with 0 to 9 fraction digits, and an optional zone ({@code Z},
 * {@code +00:00}, {@code -0500}, optionally after a space). A timestamp without a zone is UTC, as every one of the
 * four APIs documents. Layouts written back:
 *
 * <ul>
 *   <li>CALLR {@code datetime}: {@code 2024-04-24 00:42:42}
 *   <li>CALLR {@code datetime_ms}: {@code 2024-04-24 00:42:42.123}
 *   <li>CALLR {@code datetime_ms_iso}: {@code 2024-04-24T00:42:42.123Z}
 *   <li>VoIPBin (Go RFC 3339 with nanoseconds, trailing zeros trimmed): {@code 2026-01-15T09:30:00.1234Z}
 *   <li>TrackDrive query dates: {@code 2016-01-01 12:25:15 -0500}
 * </ul>
 */
public final class Timestamps {
  private static final DateTimeFormatter LENIENT =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .append(DateTimeFormatter.ISO_LOCAL_DATE)
          .optionalStart()
          .appendLiteral('T')
          .optionalEnd()
          .optionalStart()
          .appendLiteral(' ')
          .optionalEnd()
          .appendValue(HOUR_OF_DAY, 2)
          .appendLiteral(':')
          .appendValue(MINUTE_OF_HOUR, 2)
          .optionalStart()
          .appendLiteral(':')
          .appendValue(SECOND_OF_MINUTE, 2)
          .optionalEnd()
          .optionalStart()
          .appendFraction(NANO_OF_SECOND, 0, 9, true)
          .optionalEnd()
          .optionalStart()
          .appendLiteral(' ')
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HH:MM", "Z")
          .optionalEnd()
          .optionalStart()
          .appendOffset("+HHMM", "Z")
          .optionalEnd()
          .toFormatter(Locale.ROOT)
          .withResolverStyle(ResolverStyle.STRICT);

  /** CALLR {@code datetime}. */
  public static final DateTimeFormatter CALLR_DATETIME =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);

  /** CALLR {@code datetime_ms}. */
  public static final DateTimeFormatter CALLR_DATETIME_MS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSS", Locale.ROOT).withZone(ZoneOffset.UTC);

  /** CALLR {@code datetime_ms_iso}. */
  public static final DateTimeFormatter CALLR_DATETIME_MS_ISO =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  /** TrackDrive's query-parameter dates ({@code 2016-01-01 12:25:15 -0500}). */
  public static final DateTimeFormatter TRACKDRIVE_QUERY =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss xx", Locale.ROOT);

  private Timestamps() {}

  /**
   * Reads any supported layout.
   *
   * @throws DateTimeParseException if the text is not a timestamp
   */
  public static OffsetDateTime parse(String text) {
    String trimmed = text.trim();
    OffsetDateTime fast = parseCommon(trimmed);
    return fast != null ? fast : parseWithFormatter(trimmed);
  }

  /**
   * The fast path of {@link #parse} over {@code len} characters of {@code chars} from {@code off} (a parser's text
   * buffer, read without making a String), trimmed as {@link String#trim()} trims; {@code null} when the text is not
   * in one of the common layouts, and the caller then takes the String path.
   */
  static OffsetDateTime parseChars(char[] chars, int off, int len) {
    return (OffsetDateTime) parseTrimmed(chars, off, len, false);
  }

  /** Trims {@code len} characters of {@code chars} from {@code off} as {@link String#trim()} does, then parses. */
  private static Object parseTrimmed(char[] chars, int off, int len, boolean toInstant) {
    if (chars == null) {
      return null;
    }
    int start = off;
    int end = off + len;
    while (start < end && chars[start] <= ' ') {
      start++;
    }
    while (end > start && chars[end - 1] <= ' ') {
      end--;
    }
    return parseFields(chars, start, end - start, toInstant);
  }

  /** The reference reader: the {@link #LENIENT} formatter (what {@link #parseCommon} must agree with). */
  static OffsetDateTime parseWithFormatter(String trimmed) {
    TemporalAccessor parsed = LENIENT.parseBest(trimmed, OffsetDateTime::from, LocalDateTime::from);
    if (parsed instanceof OffsetDateTime) {
      return (OffsetDateTime) parsed;
    }
    return ((LocalDateTime) parsed).atOffset(ZoneOffset.UTC);
  }

  /**
   * Fast path for the layouts the APIs actually send ({@code uuuu-MM-dd}, {@code T} or a space, {@code HH:mm},
   * optional {@code :ss}, optional 1 to 9 fraction digits, an optional space, then nothing, {@code Z} or an offset
   * {@code +HH:MM} / {@code +HHMM}). Returns {@code null} for anything else, or any value out of range, so that the
   * {@link #LENIENT} formatter decides (and reports the error): the result is always the one the formatter would
   * give. It exists because the formatter's optional sections copy its parse state once per section and
   * {@code parseBest} throws an exception for every timestamp without an offset, which made timestamps the
   * dominant cost of decoding a large page (see sdk-benchmarks/RESULTS.md).
   */
  static OffsetDateTime parseCommon(String s) {
    return parseCommon(s.toCharArray(), 0, s.length());
  }

  /** {@link #parseCommon(String)} over {@code len} characters of {@code chars} from {@code off}. */
  static OffsetDateTime parseCommon(char[] chars, int off, int len) {
    return (OffsetDateTime) parseFields(chars, off, len, false);
  }

  /**
   * {@link #parseChars} straight to an {@link Instant}: the same layouts, the same {@code null} for anything else,
   * the instant {@code parseChars(...).toInstant()} gives, without the intermediate date-time objects.
   */
  static Instant parseInstantChars(char[] chars, int off, int len) {
    return (Instant) parseTrimmed(chars, off, len, true);
  }

  /** The fast path's parse: an OffsetDateTime, or (toInstant) an Instant, or null. */
  private static Object parseFields(char[] chars, int off, int len, boolean toInstant) {
    int n = len;
    if (n < 16 || chars[off + 4] != '-' || chars[off + 7] != '-' || chars[off + 13] != ':') {
      return null;
    }
    char sep = chars[off + 10];
    if (sep != 'T' && sep != 't' && sep != ' ') {
      return null;
    }
    int year = digits(chars, off, n, 0, 4);
    int month = digits(chars, off, n, 5, 2);
    int day = digits(chars, off, n, 8, 2);
    int hour = digits(chars, off, n, 11, 2);
    int minute = digits(chars, off, n, 14, 2);
    if ((year | month | day | hour | minute) < 0) {
      return null;
    }
    int i = 16;
    int second = 0;
    int nano = 0;
    if (i < n && chars[off + i] == ':') {
      second = digits(chars, off, n, i + 1, 2);
      if (second < 0) {
        return null;
      }
      i += 3;
      if (i < n && chars[off + i] == '.') {
        int start = ++i;
        while (i < n && i - start < 9 && isDigit(chars[off + i])) {
          nano = nano * 10 + (chars[off + i] - '0');
          i++;
        }
        int count = i - start;
        if (count == 0) {
          return null;
        }
        for (int k = count; k < 9; k++) {
          nano *= 10;
        }
      }
    }
    if (i < n && chars[off + i] == ' ') {
      i++;
    }
    ZoneOffset offset;
    if (i == n) {
      offset = ZoneOffset.UTC;
    } else {
      char c = chars[off + i];
      if ((c == 'Z' || c == 'z') && i + 1 == n) {
        offset = ZoneOffset.UTC;
      } else if (c == '+' || c == '-') {
        int oh = digits(chars, off, n, i + 1, 2);
        int om;
        if (i + 6 == n && chars[off + i + 3] == ':') {
          om = digits(chars, off, n, i + 4, 2);
        } else if (i + 5 == n) {
          om = digits(chars, off, n, i + 3, 2);
        } else {
          return null;
        }
        if (oh < 0 || om < 0 || oh > 18 || om > 59) {
          return null;
        }
        offset = offset(c == '-' ? -1 : 1, oh, om);
        if (offset == null) {
          return null;
        }
      } else {
        return null;
      }
    }
    if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) {
      return null;
    }
    if (toInstant) {
      if (day > lengthOfMonth(year, month)) {
        return null; // e.g. February 30th: let the formatter report it
      }
      long seconds = epochDay(year, month, day) * 86_400L + hour * 3_600L + minute * 60L + second
          - offset.getTotalSeconds();
      return Instant.ofEpochSecond(seconds, nano);
    }
    try {
      return OffsetDateTime.of(year, month, day, hour, minute, second, nano, offset);
    } catch (DateTimeException e) {
      return null; // e.g. February 30th: let the formatter report it
    }
  }

  private static boolean isLeap(int year) {
    return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
  }

  private static int lengthOfMonth(int year, int month) {
    switch (month) {
      case 2:
        return isLeap(year) ? 29 : 28;
      case 4:
      case 6:
      case 9:
      case 11:
        return 30;
      default:
        return 31;
    }
  }

  /** Days from 1970-01-01 to a valid ISO date with a year from 0 to 9999 (as {@code LocalDate.toEpochDay}). */
  private static long epochDay(int year, int month, int day) {
    long y = year;
    long total = 365 * y + (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400;
    total += (367L * month - 362) / 12;
    total += day - 1;
    if (month > 2) {
      total--;
      if (!isLeap(year)) {
        total--;
      }
    }
    return total - 719_528L; // days from 0000-01-01 to 1970-01-01
  }

  /** Offsets on the quarter hour, -18:00 to +18:00 (every offset in use): ZoneOffset's own cache is a map. */
  private static final ZoneOffset[] QUARTER_HOURS = new ZoneOffset[145];

  static {
    for (int q = -72; q <= 72; q++) {
      QUARTER_HOURS[q + 72] = ZoneOffset.ofTotalSeconds(q * 900);
    }
  }

  /** The offset {@code sign hours:minutes}, or {@code null} when out of range (the formatter then decides). */
  private static ZoneOffset offset(int sign, int hours, int minutes) {
    if (minutes % 15 == 0) {
      int q = sign * (hours * 4 + minutes / 15);
      if (q >= -72 && q <= 72) {
        return QUARTER_HOURS[q + 72];
      }
      return null;
    }
    try {
      return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The value of {@code count} ASCII digits at {@code from}, or -1. */
  private static int digits(char[] chars, int off, int n, int from, int count) {
    if (from + count > n) {
      return -1;
    }
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = chars[off + i];
      if (!isDigit(c)) {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /**
   * The instant {@code seconds} after the epoch, or empty when it lies outside {@link Instant}'s range (a server's
   * epoch value is never trusted: the caller keeps it as sent instead of failing with a {@code DateTimeException}).
   */
  public static java.util.Optional<Instant> epochSecond(long seconds) {
    if (seconds < Instant.MIN.getEpochSecond() || seconds > Instant.MAX.getEpochSecond()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(Instant.ofEpochSecond(seconds));
  }

  /**
   * The instant {@code seconds} after the epoch in UTC, or empty when it lies outside {@link OffsetDateTime}'s
   * range (which is narrower than {@link Instant}'s).
   */
  public static java.util.Optional<OffsetDateTime> epochSecondUtc(long seconds) {
    if (seconds < OffsetDateTime.MIN.toEpochSecond() || seconds > OffsetDateTime.MAX.toEpochSecond()) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(Instant.ofEpochSecond(seconds).atOffset(ZoneOffset.UTC));
  }

  /** Reads any supported layout as an instant. */
  public static Instant parseInstant(String text) {
    return parse(text).toInstant();
  }

  /** Writes Go's RFC 3339 with nanoseconds, trailing zeros trimmed, always in UTC ({@code Z}). */
  public static String formatRfc3339Nano(Instant instant) {
    String iso = DateTimeFormatter.ISO_INSTANT.format(instant);
    int dot = iso.indexOf('.');
    if (dot < 0) {
      return iso;
    }
    int end = iso.length() - 1; // the 'Z'
    int last = end - 1;
    while (last > dot && iso.charAt(last) == '0') {
      last--;
    }
    return last == dot ? iso.substring(0, dot) + "Z" : iso.substring(0, last + 1) + "Z";
  }
}
