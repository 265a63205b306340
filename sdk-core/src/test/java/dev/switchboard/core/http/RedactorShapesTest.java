package dev.switchboard.core.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import org.junit.jupiter.api.Test;

/** Secrets are masked whatever their shape, and ordinary words are never mangled (issue 12 item 6). */
class RedactorShapesTest {
  private static final MediaType JSON = MediaType.get("application/json");
  private static final MediaType TEXT = MediaType.get("text/plain");

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void shortCredentialsNeverMangleOrdinaryWords() {
    Redactor r = new Redactor(Set.of("x", "FOUND"), Set.of());
    String text = "java.io.IOException: NOT_FOUND NotFound 0x1f exit";
    assertThat(r.scrub(text)).isEqualTo(text);
    assertThat(r.body(utf8("{\"error\":\"IOException\",\"code\":\"NOT_FOUND\"}"), JSON))
        .isEqualTo("{\"error\":\"IOException\",\"code\":\"NOT_FOUND\"}");
    // as a whole value it is still masked, however short
    assertThat(r.header("X-Echo", "x")).isEqualTo("****");
    assertThat(r.body(utf8("{\"echo\":\"x\",\"again\":\"FOUND\"}"), JSON))
        .isEqualTo("{\"echo\":\"****\",\"again\":\"****\"}");
    assertThat(r.url(HttpUrl.get("https://h/p?q=x&w=FOUND&e=exit"))).isEqualTo("https://h/p?q=****&w=****&e=exit");
    // a 4+ character credential is scrubbed from free text on token boundaries only
    assertThat(r.scrub("credential FOUND rejected, NOT_FOUND")).isEqualTo("credential **** rejected, NOT_FOUND");
  }

  @Test
  void jsonEscapedEchoOfACredentialIsScrubbedInEveryForm() {
    String secret = "k\"e\\y/ABCD-\u00e9-0123456789";
    Redactor r = new Redactor(Set.of(secret), Set.of());
    List<String> echoes = List.of(
        "k\\\"e\\\\y/ABCD-\u00e9-0123456789",          // Jackson
        "k\\\"e\\\\y\\/ABCD-\u00e9-0123456789",        // PHP: slash escaped
        "k\\\"e\\\\y\\/ABCD-\\u00e9-0123456789",       // ASCII-only, lower-case hex
        "k\\\"e\\\\y/ABCD-\\u00E9-0123456789",         // ASCII-only, upper-case hex
        "k\\u0022e\\u005cy\\u002fABCD\\u002d\\u00e9\\u002d0123456789"); // every special character
    for (String echo : echoes) {
      String body = "{\"error\":\"bad key " + echo + "\"}";
      assertThat(r.body(utf8(body), JSON)).as(echo).doesNotContain("ABCD").contains("bad key ****");
      assertThat(r.body(utf8("<html>" + body), MediaType.get("text/html"))).as(echo).doesNotContain("ABCD");
      assertThat(r.scrub("message: " + echo)).as(echo).doesNotContain("ABCD");
    }
  }

  @Test
  void urlEncodedEchoIsScrubbed() {
    String secret = "a b&c=d+e/f:0123456789";
    Redactor r = new Redactor(Set.of(secret), Set.of());
    for (String echo : List.of("a%20b%26c%3Dd%2Be%2Ff%3A0123456789", "a+b%26c%3Dd%2Be%2Ff%3A0123456789",
        "a%20b%26c%3dd%2be%2ff%3a0123456789")) {
      assertThat(r.scrub("GET /x?k=" + echo)).as(echo).doesNotContain("0123456789");
      assertThat(r.body(utf8("k=" + echo), TEXT)).as(echo).doesNotContain("0123456789");
    }
    assertThat(r.url(HttpUrl.get("https://h/p").newBuilder().addQueryParameter("q", secret)
        .addPathSegment(secret).build())).doesNotContain("0123456789");
  }

  @Test
  void aLongCredentialIsScrubbedEvenGluedToOtherCharacters() {
    Redactor r = new Redactor(Set.of("ABCDEFGHIJKLMNOP"), Set.of());
    assertThat(r.scrub("token%3DABCDEFGHIJKLMNOPxyz")).isEqualTo("token%3D****xyz");
  }

  @Test
  void secretsOfAnyShapeAreMaskedByName() {
    Redactor r = new Redactor(Set.of(), Set.of());
    String body = "{\"hmac_secret\":{\"v\":\"HS-1\"},\"extra\":{\"api_key\":12345678,\"refreshToken\":[\"RT-1\"]},"
        + "\"list\":[{\"password\":true}],\"next_page_token\":\"cursor\"}";
    assertThat(r.body(utf8(body), JSON)).isEqualTo("{\"hmac_secret\":\"****\",\"extra\":{\"api_key\":\"****\","
        + "\"refreshToken\":\"****\"},\"list\":[{\"password\":\"****\"}],\"next_page_token\":\"cursor\"}");
  }

  @Test
  void jsonRpcPositionalParamsDeclaredSecretAreMasked() {
    ProviderProfile callr = ProviderProfile.builder("callr").secretParams("session.refresh", 0)
        .secretParams("did/store.buy_order", 0).build();
    assertThat(callr.redactedKeys()).contains("session.refresh[0]");
    for (Redactor r : List.of(new Redactor(Set.of(), callr), new Redactor(Set.of(), callr.redactedKeys()))) {
      String refresh = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"session.refresh\",\"params\":[\"RT-77\"]}";
      assertThat(r.body(utf8(refresh), MediaType.get("application/json-rpc")))
          .isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"session.refresh\",\"params\":[\"****\"]}");
      String other = "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"sms.get\",\"params\":[\"RT-77\"]}";
      assertThat(r.body(utf8(other), MediaType.get("application/json-rpc"))).contains("RT-77");
      assertThat(r.isSecretParam("did/store.buy_order", 0)).isTrue();
      assertThat(r.isSecretParam("did/store.buy_order", 1)).isFalse();
    }
  }

  @Test
  void headerNamesAndValuesAreScrubbed() {
    Redactor r = new Redactor(Set.of("SECRETVALUE1"), Set.of());
    assertThat(r.headers(Headers.of("X-Echo", "was SECRETVALUE1", "Accept", "*/*")))
        .isEqualTo("X-Echo: was ****\nAccept: */*");
    assertThat(Redactor.scrub("HTTP 401: bad SECRETVALUE1", Set.of("SECRETVALUE1"))).isEqualTo("HTTP 401: bad ****");
  }
}
