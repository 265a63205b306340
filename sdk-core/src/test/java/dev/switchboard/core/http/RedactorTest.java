package dev.switchboard.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import org.junit.jupiter.api.Test;

class RedactorTest {
  private final Redactor redactor = new Redactor(Set.of("s3cr3t"), Set.of("lead_pin"));

  @Test
  void masksSensitiveHeaders() {
    for (String name : List.of("Authorization", "Proxy-Authorization", "Api-Key", "Session", "Cookie", "Set-Cookie",
        "x-organization-token", "X-CALLR-HmacSignature", "X-VoIPBIN-Signature", "X-My-Secret", "X-Api-Key")) {
      assertThat(redactor.header(name, "value")).as(name).isEqualTo("****");
    }
    assertThat(redactor.header("Content-Type", "application/json")).isEqualTo("application/json");
    assertThat(redactor.header("X-Echo", "a s3cr3t b")).isEqualTo("a **** b");
    assertThat(redactor.headers(Headers.of("Authorization", "Bearer x", "Accept", "a")))
        .isEqualTo("Authorization: ****\nAccept: a");
  }

  @Test
  void masksQueryAndBodyKeysCaseInsensitively() {
    HttpUrl url = HttpUrl.get("https://h/p?AccessKey=abc&page_size=5&Token=t&next_page_token=n&q=s3cr3t");
    assertThat(redactor.url(url))
        .isEqualTo("https://h/p?AccessKey=****&page_size=5&Token=****&next_page_token=n&q=****");
    String json = "{\"Password\":\"p\",\"refresh_token\":\"r\",\"hmac_secret\":\"h\",\"apikey\":\"k\","
        + "\"lead_pin\":\"1\",\"items\":[{\"secret\":{\"a\":1}}],\"login\":\"bob\",\"note\":\"s3cr3t\"}";
    assertThat(redactor.body(json.getBytes(StandardCharsets.UTF_8), MediaType.get("application/json")))
        .isEqualTo("{\"Password\":\"****\",\"refresh_token\":\"****\",\"hmac_secret\":\"****\",\"apikey\":\"****\","
            + "\"lead_pin\":\"****\",\"items\":[{\"secret\":\"****\"}],\"login\":\"bob\",\"note\":\"****\"}");
    assertThat(redactor.body("password=x&user=y".getBytes(StandardCharsets.UTF_8),
        MediaType.get("application/x-www-form-urlencoded"))).isEqualTo("password=****&user=y");
    assertThat(redactor.body("plain s3cr3t".getBytes(StandardCharsets.UTF_8), MediaType.get("text/plain")))
        .isEqualTo("plain ****");
  }
}
