package dev.switchboard.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Base64;
import java.nio.charset.StandardCharsets;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

class ClientOptionsTest {

  @Test
  void defaults() {
    ClientOptions o = ClientOptions.builder().build();
    assertThat(o.baseUrl()).isEmpty();
    assertThat(o.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(o.readTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(o.writeTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(o.callTimeout()).isEqualTo(Duration.ofSeconds(60));
    assertThat(o.maxRetries()).isEqualTo(2);
    assertThat(o.initialRetryDelay()).isEqualTo(Duration.ofMillis(500));
    assertThat(o.maxRetryDelay()).isEqualTo(Duration.ofSeconds(8));
    assertThat(o.maxRetryAfter()).isEqualTo(Duration.ofSeconds(60));
    assertThat(o.credentials().secrets()).isEmpty();
    assertThat(o.okHttpClient()).isEmpty();
    assertThat(o.sleeper()).isEmpty();
  }

  @Test
  void validationNamesTheField() {
    assertThatThrownBy(() -> ClientOptions.builder().baseUrl("not a url"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("baseUrl");
    assertThatThrownBy(() -> ClientOptions.builder().baseUrl((String) null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("baseUrl");
    assertThatThrownBy(() -> ClientOptions.builder().readTimeout(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("readTimeout");
    assertThatThrownBy(() -> ClientOptions.builder().maxRetries(-1)).hasMessageContaining("maxRetries");
    assertThatThrownBy(() -> ClientOptions.builder().credentials(null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("credentials");
    assertThatThrownBy(() -> ClientOptions.builder().userAgentSuffix("a\nb")).hasMessageContaining("userAgentSuffix");
    assertThatThrownBy(() -> ClientOptions.builder().initialRetryDelay(Duration.ZERO))
        .hasMessageContaining("initialRetryDelay");
  }

  @Test
  void toBuilderCopiesAndToStringHidesSecrets() {
    ClientOptions o = ClientOptions.builder().baseUrl("https://api.voipbin.net/v1.0/")
        .credentials(Credentials.authorization("Bearer", "JWT-SECRET").and(Credentials.basic("u", "PW-SECRET")))
        .maxRetries(5).build();
    ClientOptions copy = o.toBuilder().maxRetries(1).build();
    assertThat(copy.baseUrl()).isEqualTo(o.baseUrl());
    assertThat(copy.maxRetries()).isEqualTo(1);
    assertThat(o.maxRetries()).isEqualTo(5);
    assertThat(o.toString()).contains("api.voipbin.net", "****").doesNotContain("JWT-SECRET", "PW-SECRET");
  }

  @Test
  void credentialsApplyAndExposeSecrets() {
    Request base = new Request.Builder().url("https://h/p?x=1").build();
    String basic = "Basic " + Base64.getEncoder().encodeToString("user:pw".getBytes(StandardCharsets.UTF_8));
    assertThat(Credentials.basic("user", "pw").authenticate(base).header("Authorization")).isEqualTo(basic);
    assertThat(Credentials.basic("user", "pw").secrets()).contains("pw", basic.substring(6));
    assertThat(Credentials.authorization("Session", "tok").authenticate(base).header("Authorization"))
        .isEqualTo("Session tok");
    assertThat(Credentials.header("x-organization-token", "org").authenticate(base).header("x-organization-token"))
        .isEqualTo("org");
    Request q = Credentials.queryParameter("accesskey", "a b").authenticate(base);
    assertThat(q.url().queryParameter("accesskey")).isEqualTo("a b");
    assertThat(q.url().queryParameter("x")).isEqualTo("1");
    assertThat(Credentials.queryParameter("accesskey", "a b").secrets()).contains("a b", "a%20b");
    Credentials both = Credentials.authorization("Api-Key", "k").and(Credentials.header("CALLR-Login-As", "user x"));
    Request r = both.authenticate(base);
    assertThat(r.header("Authorization")).isEqualTo("Api-Key k");
    assertThat(r.header("CALLR-Login-As")).isEqualTo("user x");
    assertThat(both.secrets()).contains("k", "user x");
    assertThat(both.toString()).doesNotContain("Api-Key k", "user x").contains("****");
    assertThat(Credentials.none().authenticate(base)).isSameAs(base);
    assertThatThrownBy(() -> Credentials.header("x", " ")).hasMessageContaining("value");
  }

  @Test
  void requestOptionsValidateIdempotencyKey() {
    assertThatThrownBy(() -> RequestOptions.builder().idempotencyKey(" ")).hasMessageContaining("idempotencyKey");
    assertThatThrownBy(() -> RequestOptions.builder().idempotencyKey("k".repeat(256)))
        .hasMessageContaining("255");
    RequestOptions o = RequestOptions.builder().idempotencyKey("k".repeat(255)).timeout(Duration.ofSeconds(2))
        .header("A", "1").queryParameter("q", "1").queryParameter("q", "2").build();
    assertThat(o.idempotencyKey()).contains("k".repeat(255));
    assertThat(o.queryParameters().get("q")).containsExactly("1", "2");
    assertThat(o.toString()).doesNotContain("kkk");
    assertThat(o.toBuilder().maxRetries(0).build().maxRetries()).hasValue(0);
    assertThat(RequestOptions.none().timeout()).isEmpty();
  }

  @Test
  void responseCapAndConcurrencyHaveDefaultsAreValidatedAndPrinted() {
    ClientOptions o = ClientOptions.builder().build();
    assertThat(o.maxResponseBytes()).isEqualTo(64L * 1024 * 1024);
    assertThat(o.maxConcurrentRequests()).isEqualTo(64);
    assertThat(o.toString()).contains("maxResponseBytes=67108864", "maxConcurrentRequests=64");

    ClientOptions custom = ClientOptions.builder().maxResponseBytes(1).maxConcurrentRequests(1000).build();
    assertThat(custom.toBuilder().build().maxResponseBytes()).isEqualTo(1);
    assertThat(custom.toBuilder().build().maxConcurrentRequests()).isEqualTo(1000);

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ClientOptions.builder().maxResponseBytes(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxResponseBytes");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ClientOptions.builder().maxConcurrentRequests(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxConcurrentRequests");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ClientOptions.builder().maxConcurrentRequests(1001))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxConcurrentRequests");
  }
}
