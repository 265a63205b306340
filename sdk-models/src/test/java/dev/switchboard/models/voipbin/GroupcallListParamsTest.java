package dev.switchboard.models.voipbin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GroupcallListParamsTest {

  @Test
  void writesOnlyTheParametersSetInDocumentedOrder() {
    assertThat(GroupcallListParams.defaults().toQueryParameters()).isEmpty();
    GroupcallListParams p = GroupcallListParams.builder().pageToken("2026-01-15T09:30:00.000000Z").pageSize(25).build();
    assertThat(p.toQueryParameters()).containsExactly(
        Map.entry("page_size", List.of("25")), Map.entry("page_token", List.of("2026-01-15T09:30:00.000000Z")));
  }

  @Test
  void nextPageTokenKeepsThePageSize() {
    GroupcallListParams p = GroupcallListParams.builder().pageSize(10).build().withNextPageToken("t1");
    assertThat(p.pageSize()).contains(10);
    assertThat(p.pageToken()).contains("t1");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 101, Integer.MAX_VALUE})
  void rejectsPageSizeOutsideOneToHundred(int size) {
    assertThatThrownBy(() -> GroupcallListParams.builder().pageSize(size).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("page_size:");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 100})
  void acceptsTheBounds(int size) {
    assertThat(GroupcallListParams.builder().pageSize(size).build().pageSize()).contains(size);
  }

  @Test
  void rejectsABlankPageToken() {
    assertThatThrownBy(() -> GroupcallListParams.builder().pageToken(" ").build())
        .hasMessageStartingWith("page_token:");
  }
}
