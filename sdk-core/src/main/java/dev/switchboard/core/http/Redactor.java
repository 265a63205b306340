package dev.switchboard.core.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;

/**
 * Masks secrets in what the SDK logs: sensitive header values, sensitive query and JSON body keys, and every
 * credential value ({@code Credentials.secrets()}) wherever it appears. Immutable and thread-safe.
 *
 * <p>Sensitive headers: Authorization, Proxy-Authorization, Api-Key, Session, Cookie, Set-Cookie,
 * x-organization-token, and any header whose name contains {@code signature}, {@code token}, {@code secret} or
 * {@code key}. Sensitive keys (case-insensitive): password, token, access_token, refresh_token, accesskey, api_key,
 * apikey, hmac_secret, secret, plus names ending in {@code _token}, {@code _secret}, {@code _key} or
 * {@code password}, plus the provider's extra keys.
 */
public final class Redactor {
  /** The replacement text. */
  public static final String MASK = "****";

  private static final Set<String> HEADERS = Set.of("authorization", "proxy-authorization", "api-key", "session",
      "cookie", "set-cookie", "x-organization-token", "x-callr-hmacsignature", "x-voipbin-signature");
  private static final List<String> HEADER_PARTS = List.of("signature", "token", "secret", "key");
  private static final Set<String> KEYS = Set.of("password", "token", "access_token", "refresh_token", "accesskey",
      "api_key", "apikey", "hmac_secret", "secret", "auth_token", "lead_token", "private_key", "login_password");
  private static final Set<String> NOT_SECRET = Set.of("page_token", "next_page_token", "next_cursor");

  private final List<String> secrets;
  private final Set<String> extraKeys;
  private final ObjectMapper mapper = JsonMapper.builder().build();

  /** Creates a redactor scrubbing {@code secrets} and also masking {@code extraKeys}. */
  public Redactor(Collection<String> secrets, Collection<String> extraKeys) {
    Objects.requireNonNull(secrets, "secrets");
    Objects.requireNonNull(extraKeys, "extraKeys");
    this.secrets = secrets.stream()
        .filter(s -> s != null && !s.isEmpty())
        .distinct()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .toList();
    this.extraKeys = extraKeys.stream().map(k -> k.toLowerCase(Locale.ROOT)).collect(
        java.util.stream.Collectors.toUnmodifiableSet());
  }

  /** Whether the value of header {@code name} is always masked. */
  public boolean isSensitiveHeader(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (HEADERS.contains(n) || extraKeys.contains(n)) {
      return true;
    }
    for (String part : HEADER_PARTS) {
      if (n.contains(part)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a query parameter or JSON field called {@code key} is masked. */
  public boolean isSensitiveKey(String key) {
    String k = key.toLowerCase(Locale.ROOT);
    if (NOT_SECRET.contains(k)) {
      return false;
    }
    return KEYS.contains(k) || extraKeys.contains(k) || k.endsWith("_token") || k.endsWith("_secret")
        || k.endsWith("_key") || k.endsWith("password");
  }

  /** Replaces every known secret value in {@code text} by {@link #MASK}. */
  public String scrub(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String result = text;
    for (String secret : secrets) {
      result = result.replace(secret, MASK);
    }
    return result;
  }

  /** The header value as it may be logged. */
  public String header(String name, String value) {
    return isSensitiveHeader(name) ? MASK : scrub(value);
  }

  /** All headers as {@code Name: value} lines, redacted. */
  public String headers(Headers headers) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < headers.size(); i++) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(headers.name(i)).append(": ").append(header(headers.name(i), headers.value(i)));
    }
    return out.toString();
  }

  /** The URL with sensitive query values masked and secrets scrubbed. */
  public String url(HttpUrl url) {
    HttpUrl.Builder b = url.newBuilder().query(null);
    for (int i = 0; i < url.querySize(); i++) {
      String name = url.queryParameterName(i);
      String value = url.queryParameterValue(i);
      b.addQueryParameter(name, value == null ? null : isSensitiveKey(name) ? MASK : value);
    }
    return scrub(b.build().toString()).replace("%2A%2A%2A%2A", MASK);
  }

  /** A body as it may be logged: JSON with sensitive fields masked, form fields masked, secrets scrubbed. */
  public String body(byte[] body, MediaType mediaType) {
    if (body == null || body.length == 0) {
      return "";
    }
    String text = new String(body, StandardCharsets.UTF_8);
    String subtype = mediaType == null ? "" : mediaType.subtype().toLowerCase(Locale.ROOT);
    if (subtype.contains("json") || (mediaType == null && looksLikeJson(text))) {
      try {
        JsonNode tree = mapper.readTree(body);
        if (tree != null) {
          maskJson(tree);
          return scrub(mapper.writeValueAsString(tree));
        }
      } catch (java.io.IOException | RuntimeException notJson) {
        // fall through to plain scrubbing
      }
    }
    if (subtype.equals("x-www-form-urlencoded")) {
      HttpUrl parsed = HttpUrl.get("http://x/?" + text);
      String redacted = url(parsed);
      return redacted.substring(redacted.indexOf('?') + 1);
    }
    return scrub(text);
  }

  private static boolean looksLikeJson(String text) {
    String t = text.stripLeading();
    return t.startsWith("{") || t.startsWith("[");
  }

  private void maskJson(JsonNode node) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
      List<String> masked = new java.util.ArrayList<>();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> e = fields.next();
        if (isSensitiveKey(e.getKey())) {
          masked.add(e.getKey());
        } else {
          maskJson(e.getValue());
        }
      }
      for (String key : masked) {
        object.set(key, TextNode.valueOf(MASK));
      }
    } else if (node.isArray()) {
      for (JsonNode child : node) {
        maskJson(child);
      }
    }
  }
}
