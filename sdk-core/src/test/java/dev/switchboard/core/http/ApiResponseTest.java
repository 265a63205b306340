package dev.switchboard.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.nio.charset.StandardCharsets;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;

/** {@link ApiResponse}'s body accessors: copies for callers, a parser that reads the body in place. */
class ApiResponseTest {
  private static final byte[] BODY = "{\"a\":[1,2]}".getBytes(StandardCharsets.UTF_8);

  @Test
  void bodyIsACopyTheCallerCannotChange() {
    ApiResponse response = ApiResponse.of(200, Headers.of(), BODY);
    byte[] first = response.body();
    first[0] = 'x';
    assertThat(response.bodyString()).isEqualTo("{\"a\":[1,2]}");
  }

  @Test
  void parserReadsTheWholeBody() throws Exception {
    ApiResponse response = ApiResponse.of(200, Headers.of(), BODY);
    try (JsonParser p = response.parser()) {
      assertThat(p.nextToken()).isEqualTo(JsonToken.START_OBJECT);
      assertThat(p.nextFieldName()).isEqualTo("a");
      assertThat(p.nextToken()).isEqualTo(JsonToken.START_ARRAY);
      assertThat(p.nextIntValue(0)).isEqualTo(1);
      assertThat(p.nextIntValue(0)).isEqualTo(2);
      assertThat(p.nextToken()).isEqualTo(JsonToken.END_ARRAY);
      assertThat(p.nextToken()).isEqualTo(JsonToken.END_OBJECT);
      assertThat(p.nextToken()).isNull();
    }
  }
}
