package dev.switchboard.models.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every slot number, the 64 sites and the shared one past them, calls the setter it is given exactly once. */
class SetterSitesTest {
  @Test
  void eachSlotCallsItsSetterOnce() {
    for (int slot = 0; slot < SetterSites.SITES + 8; slot++) {
      List<Object> calls = new ArrayList<>();
      Object builder = new Object();
      SetterSites.accept(slot, (b, v) -> calls.add(List.of(b, v)), builder, "v" + slot);
      assertThat(calls).as("slot %d", slot).containsExactly(List.of(builder, "v" + slot));
    }
  }
}
