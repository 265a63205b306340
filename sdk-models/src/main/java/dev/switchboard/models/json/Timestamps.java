package dev.switchboard.models.json;

import static java.time.temporal.ChronoField.HOUR_OF_DAY;
import static java.time.temporal.ChronoField.MINUTE_OF_HOUR;
import static java.time.temporal.ChronoField.NANO_OF_SECOND;
import static java.time.temporal.ChronoField.SECOND_OF_MINUTE;

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
    TemporalAccessor parsed = LENIENT.parseBest(trimmed, OffsetDateTime::from, LocalDateTime::from);
    if (parsed instanceof OffsetDateTime) {
      return (OffsetDateTime) parsed;
    }
    return ((LocalDateTime) parsed).atOffset(ZoneOffset.UTC);
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
