package dev.switchboard.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Credentials and per-call options reject bad input when built, naming the field, never quoting a secret. */
class CredentialsAndOptionsCheckTest {
  private static final String SECRET = "S3CRET-\u00e9t\u00e9-42";

  @Test
  void headerCredentialsMustBePrintableAscii() {
    assertThatThrownBy(() -> Credentials.header("x-organization-token", SECRET))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value: must be printable ASCII (no control or non-ASCII characters)");
    assertThatThrownBy(() -> Credentials.authorization("Bearer", "abc\r\nX-Injected: 1"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("value: must not contain control characters");
    assertThatThrownBy(() -> Credentials.authorization("Bearer", "abc\u0000")).hasMessageNotContaining("abc");
    assertThatThrownBy(() -> Credentials.header("x-token:", "abc")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("name: must be an HTTP header name");
    assertThatThrownBy(() -> Credentials.header("x token", "abc")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Credentials.authorization("Bear er", "abc")).hasMessageStartingWith("scheme:");
    assertThatCode(() -> Credentials.header("x-organization-token", "tok-~!#$%")).doesNotThrowAnyException();
  }

  @Test
  void basicCredentialsRejectAColonInTheUserAndControlCharacters() {
    assertThatThrownBy(() -> Credentials.basic("alice:admin", "pw")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("user: must not contain ':'");
    assertThatThrownBy(() -> Credentials.basic("alice", "pw\nX")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("password: must not contain control characters");
    assertThatThrownBy(() -> Credentials.basic("al\rice", "pw")).hasMessage("user: must not contain control characters");
    // Basic is base64: a non-ASCII password is fine
    assertThatCode(() -> Credentials.basic("alice", "p\u00e4ss")).doesNotThrowAnyException();
  }

  @Test
  void queryCredentialsRejectControlCharacters() {
    assertThatThrownBy(() -> Credentials.queryParameter("accesskey", "ab\r\ncd"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("value: must not contain control characters");
    assertThatThrownBy(() -> Credentials.queryParameter("", "abcd")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void requestOptionsHeaderNamesAndValuesAreChecked() {
    RequestOptions.Builder b = RequestOptions.builder();
    assertThatThrownBy(() -> b.header("X-Trace: 1", "v")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("header name: must be an HTTP header name");
    assertThatThrownBy(() -> b.header("X-Trace\r\nX-Evil", "v")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("\r").hasMessageNotContaining("\n");
    assertThatThrownBy(() -> b.header("", "v")).isInstanceOf(IllegalArgumentException.class);
    for (String bad : new String[] {"v\r\nX-Evil: 1", "v\nX", "v\u0000", "SECRET\r"}) {
      assertThatThrownBy(() -> b.header("X-Auth", bad)).isInstanceOf(IllegalArgumentException.class)
          .hasMessage("header X-Auth: must not contain CR, LF, NUL or other control characters");
    }
    assertThatThrownBy(() -> b.header("X-Auth", SECRET)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageNotContaining("S3CRET");
    assertThatThrownBy(() -> b.header("X-Auth", null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> b.queryParameter("", "v")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("queryParameter name:");
    assertThatCode(() -> b.header("X-Trace", "a\tb c").queryParameter("q", "a b&c")).doesNotThrowAnyException();
    assertThat(b.build().headers().get("X-Trace")).isEqualTo("a\tb c");
  }
}
