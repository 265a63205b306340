package dev.switchboard.models.json;

import java.util.function.BiConsumer;

/**
 * Calls a builder setter from one of 64 call sites chosen by the member's slot number. The JIT keeps a receiver
 * profile per call site: through a single site, the setters of every member of every model make the call
 * megamorphic (an interface dispatch per member, the largest single cost of a model read in
 * sdk-benchmarks/RESULTS.md); with a site per slot number, each site sees the setter of that slot of the few models
 * being read, which the JIT inlines. Slots from 64 on share the last, megamorphic site.
 */
final class SetterSites {
  /** Distinct call sites. */
  static final int SITES = 64;

  private SetterSites() {}

  /** {@code setter.accept(builder, value)}, from the call site of {@code slot}. */
  static void accept(int slot, BiConsumer<Object, Object> setter, Object builder, Object value) {
    switch (slot) {
      case 0:
        setter.accept(builder, value);
        return;
      case 1:
        setter.accept(builder, value);
        return;
      case 2:
        setter.accept(builder, value);
        return;
      case 3:
        setter.accept(builder, value);
        return;
      case 4:
        setter.accept(builder, value);
        return;
      case 5:
        setter.accept(builder, value);
        return;
      case 6:
        setter.accept(builder, value);
        return;
      case 7:
        setter.accept(builder, value);
        return;
      case 8:
        setter.accept(builder, value);
        return;
      case 9:
        setter.accept(builder, value);
        return;
      case 10:
        setter.accept(builder, value);
        return;
      case 11:
        setter.accept(builder, value);
        return;
      case 12:
        setter.accept(builder, value);
        return;
      case 13:
        setter.accept(builder, value);
        return;
      case 14:
        setter.accept(builder, value);
        return;
      case 15:
        setter.accept(builder, value);
        return;
      case 16:
        setter.accept(builder, value);
        return;
      case 17:
        setter.accept(builder, value);
        return;
      case 18:
        setter.accept(builder, value);
        return;
      case 19:
        setter.accept(builder, value);
        return;
      case 20:
        setter.accept(builder, value);
        return;
      case 21:
        setter.accept(builder, value);
        return;
      case 22:
        setter.accept(builder, value);
        return;
      case 23:
        setter.accept(builder, value);
        return;
      case 24:
        setter.accept(builder, value);
        return;
      case 25:
        setter.accept(builder, value);
        return;
      case 26:
        setter.accept(builder, value);
        return;
      case 27:
        setter.accept(builder, value);
        return;
      case 28:
        setter.accept(builder, value);
        return;
      case 29:
        setter.accept(builder, value);
        return;
      case 30:
        setter.accept(builder, value);
        return;
      case 31:
        setter.accept(builder, value);
        return;
      case 32:
        setter.accept(builder, value);
        return;
      case 33:
        setter.accept(builder, value);
        return;
      case 34:
        setter.accept(builder, value);
        return;
      case 35:
        setter.accept(builder, value);
        return;
      case 36:
        setter.accept(builder, value);
        return;
      case 37:
        setter.accept(builder, value);
        return;
      case 38:
        setter.accept(builder, value);
        return;
      case 39:
        setter.accept(builder, value);
        return;
      case 40:
        setter.accept(builder, value);
        return;
      case 41:
        setter.accept(builder, value);
        return;
      case 42:
        setter.accept(builder, value);
        return;
      case 43:
        setter.accept(builder, value);
        return;
      case 44:
        setter.accept(builder, value);
        return;
      case 45:
        setter.accept(builder, value);
        return;
      case 46:
        setter.accept(builder, value);
        return;
      case 47:
        setter.accept(builder, value);
        return;
      case 48:
        setter.accept(builder, value);
        return;
      case 49:
        setter.accept(builder, value);
        return;
      case 50:
        setter.accept(builder, value);
        return;
      case 51:
        setter.accept(builder, value);
        return;
      case 52:
        setter.accept(builder, value);
        return;
      case 53:
        setter.accept(builder, value);
        return;
      case 54:
        setter.accept(builder, value);
        return;
      case 55:
        setter.accept(builder, value);
        return;
      case 56:
        setter.accept(builder, value);
        return;
      case 57:
        setter.accept(builder, value);
        return;
      case 58:
        setter.accept(builder, value);
        return;
      case 59:
        setter.accept(builder, value);
        return;
      case 60:
        setter.accept(builder, value);
        return;
      case 61:
        setter.accept(builder, value);
        return;
      case 62:
        setter.accept(builder, value);
        return;
      case 63:
        setter.accept(builder, value);
        return;
      default:
        setter.accept(builder, value);
    }
  }
}
