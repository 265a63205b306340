package dev.switchboard.models.callr;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.models.OpenEnum;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every CALLR enumeration is open: unknown values keep their raw string, known values map to their constant. */
class CallrEnumTest {
  static Stream<Class<?>> enumClasses() {
    Path dir = Path.of("target", "classes", "dev", "switchboard", "models", "callr");
    try (Stream<Path> files = Files.list(dir)) {
      List<Class<?>> found = files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".class") && !n.contains("$"))
          .map(n -> load("dev.switchboard.models.callr." + n.substring(0, n.length() - 6)))
          .filter(OpenEnum.class::isAssignableFrom)
          .sorted(java.util.Comparator.comparing(Class::getSimpleName))
          .collect(Collectors.toList());
      return found.stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void thereAre31DocumentedValueSetsPlusTheWebhookEventType() {
    assertThat(enumClasses().count()).isEqualTo(32);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enumClasses")
  void unknownRoundTripsAndKnownValuesMap(Class<?> type) throws Exception {
    Method of = type.getMethod("of", String.class);
    OpenEnum<?> unknown = (OpenEnum<?>) of.invoke(null, "SOMETHING_NEW-2030");
    assertThat(unknown.value().name()).isEqualTo("UNKNOWN");
    assertThat(unknown.raw()).isEqualTo("SOMETHING_NEW-2030");
    assertThat(unknown.isKnown()).isFalse();
    OpenEnum<?> read = (OpenEnum<?>) CallrSpec.read("\"SOMETHING_NEW-2030\"", type);
    assertThat(read).isEqualTo(unknown);
    assertThat(CallrSpec.MAPPER.writeValueAsString(read)).isEqualTo("\"SOMETHING_NEW-2030\"");

    @SuppressWarnings("unchecked")
    List<OpenEnum<?>> known = (List<OpenEnum<?>>) type.getMethod("knownValues").invoke(null);
    assertThat(known).isNotEmpty();
    Class<?> valueEnum = Class.forName(type.getName() + "$Value");
    assertThat(valueEnum.getEnumConstants()).hasSize(known.size() + 1);
    for (OpenEnum<?> constant : known) {
      assertThat(of.invoke(null, constant.raw())).isSameAs(constant);
      assertThat(CallrSpec.read("\"" + constant.raw() + "\"", type)).isSameAs(constant);
      assertThat(constant.isKnown()).isTrue();
      String expectedName = constant.raw().toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
      assertThat(constant.value().name()).isEqualTo(expectedName);
      assertThat(type.getField(expectedName).get(null)).isSameAs(constant);
      // the Java enum is usable in a switch: its constant resolves by name
      assertThat(switchOn(constant.value())).isEqualTo(expectedName);
    }
  }

  private static String switchOn(Enum<?> value) {
    return value.name();
  }

  @Test
  void worksInASwitch() {
    assertThat(describe(DidNumberType.of("NON-GEOGRAPHIC"))).isEqualTo("non-geographic");
    assertThat(describe(DidNumberType.of("SATELLITE"))).isEqualTo("unknown: SATELLITE");
    assertThat(TtsVoice.of("TTS_FR-FR_AUDREY")).isSameAs(TtsVoice.TTS_FR_FR_AUDREY);
    assertThat(RecordingFeeds.of("leg_a").value()).isEqualTo(RecordingFeeds.Value.LEG_A);
    assertThat(VmsFileFormat.MP3.raw()).isEqualTo("mp3");
  }

  private static String describe(DidNumberType type) {
    switch (type.value()) {
      case NON_GEOGRAPHIC:
        return "non-geographic";
      case UNKNOWN:
        return "unknown: " + type.raw();
      default:
        return type.raw();
    }
  }
}
