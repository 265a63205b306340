package dev.switchboard.models.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast path of {@link Timestamps#parse} gives exactly what the lenient formatter gives, or defers to it. */
class TimestampsTest {

  /** The Instant fast path gives {@code parseChars(...).toInstant()} (or null) for every date of the layouts. */
  @Test
  void instantFastPathAgreesWithTheDateTimePath() {
    java.util.Random random = new java.util.Random(11);
    String[] zones = {"", "Z", "+05:30", "-0800", " +00:00", "+18:00", "-18:00", "+01:07"};
    int checked = 0;
    for (int i = 0; i < 20_000; i++) {
      int year = i < 10 ? i : random.nextInt(10_000);
      String text = String.format(java.util.Locale.ROOT, "%04d-%02d-%02d%s%02d:%02d:%02d%s%s", year,
          1 + random.nextInt(12), 1 + random.nextInt(31), random.nextBoolean() ? "T" : " ", random.nextInt(24),
          random.nextInt(60), random.nextInt(60), random.nextBoolean() ? "." + random.nextInt(1_000_000) : "",
          zones[random.nextInt(zones.length)]);
      char[] padded = ("  " + text + " ").toCharArray();
      java.time.Instant fast = Timestamps.parseInstantChars(padded, 1, padded.length - 1);
      OffsetDateTime reference = Timestamps.parseChars(padded, 1, padded.length - 1);
      if (reference == null) {
        assertThat(fast).as(text).isNull();
      } else {
        assertThat(fast).as(text).isEqualTo(reference.toInstant());
        checked++;
      }
    }
    assertThat(checked).as("most generated dates are valid").isGreaterThan(15_000);
    assertThat(Timestamps.parseInstantChars("2023-02-29 00:00:00".toCharArray(), 0, 19)).isNull();
    assertThat(Timestamps.parseInstantChars("2024-02-29 00:00:00".toCharArray(), 0, 19))
        .isEqualTo(java.time.Instant.parse("2024-02-29T00:00:00Z"));
    assertThat(Timestamps.parseInstantChars(null, 0, 0)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "2024-04-24 00:42:42", "2024-04-24 00:42:42.123", "2024-04-24T00:42:42.123Z", "2024-04-24t00:42:42.123z",
      "2026-01-15T09:30:00.1234Z", "2023-04-21 15:33:28.569053", "9999-01-01 00:00:00.000000",
      "9999-01-01T00:00:00.000000Z", "2024-06-01T07:12:45.123-05:00", "2024-06-01T07:12:45.123+0530",
      "2016-01-01 12:25:15 -0500", "2016-01-01 12:25:15 +00:00", "2016-01-01 12:25:15 Z", "2024-02-29T23:59:59.999999999Z",
      "2024-04-24T00:42", "2024-04-24 00:42Z", "2024-04-24T00:42:42-00:00", "2024-04-24T00:42:42+18:00",
      "0001-01-01T00:00:00Z", "2024-04-24T00:42:42.1+01:00", "2024-04-24T00:42:42.000000000Z"})
  void fastPathAgreesWithTheFormatter(String text) {
    OffsetDateTime fast = Timestamps.parseCommon(text);
    assertThat(fast).as("fast path handles %s", text).isNotNull();
    assertThat(fast).isEqualTo(Timestamps.parseWithFormatter(text));
    assertThat(fast.getOffset()).isEqualTo(Timestamps.parseWithFormatter(text).getOffset());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "2024-02-30T00:00:00Z", "2023-02-29 00:00:00", "2024-13-01 00:00:00", "2024-04-24 24:00:00",
      "2024-04-24 23:60:00", "2024-04-24 23:59:60", "2024-04-24T00:42:42.Z", "2024-04-24T00:42:42.1234567890Z",
      "2024-04-24T00:42:42+19:00", "2024-04-24T00:42:42+05", "2024-04-24T00:42:42+05:7", "2024-04-24T00:42:42 x",
      "2024-04-24", "yesterday", "+12024-04-24T00:42:42Z", "2024-4-24 00:42:42", "2024-04-24T 00:42:42",
      "2024-04-24T00:42:42ZZ", "2024-04-24T00:42:42+05:00:00"})
  void unusualOrInvalidTextIsLeftToTheFormatter(String text) {
    assertThat(Timestamps.parseCommon(text)).isNull();
    OffsetDateTime reference;
    try {
      reference = Timestamps.parseWithFormatter(text);
    } catch (DateTimeParseException e) {
      assertThatThrownBy(() -> Timestamps.parse(text)).isInstanceOf(DateTimeParseException.class);
      return;
    }
    assertThat(Timestamps.parse(text)).isEqualTo(reference);
  }

  @Test
  void everyLayoutStillReads() {
    for (String text : List.of(" 2024-04-24 00:42:42 ", "2024-04-24T00:42:42.123Z", "2024-04-24T 00:42:42")) {
      assertThat(Timestamps.parse(text)).isEqualTo(Timestamps.parseWithFormatter(text.trim()));
    }
  }
}
