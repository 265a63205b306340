package dev.switchboard.core.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.switchboard.models.SecretKeys;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.MediaType;

/**
 * Masks secrets in what the SDK logs and puts in exception messages. Immutable and thread-safe.
 *
 * <p><b>By name.</b> Always masked, whatever the value's shape (string, number, object, array): the headers
 * Authorization, Proxy-Authorization, Api-Key, Session, Cookie, Set-Cookie, x-organization-token, the signature
 * headers and any header whose name contains {@code signature}, {@code token}, {@code secret} or {@code key}; every
 * query parameter, form field and JSON field (at any depth) whose name is on the one deny-list,
 * {@link SecretKeys#isSecret} ({@code password}, {@code token}, {@code secret}, {@code hmac_secret},
 * {@code api_key}, {@code apikey}, {@code accesskey}, {@code refresh_token}, ...); and the provider's extra keys.
 *
 * <p><b>JSON-RPC positional params.</b> A JSON body {@code {"method": m, "params": [...]}} has the params at the
 * positions the provider declares secret for {@code m} masked ({@link ProviderProfile.Builder#secretParams}, e.g.
 * CALLR {@code session.refresh} param 0, the refresh token). The positions travel in the profile's redacted keys as
 * {@code method[index]}, so {@code new Redactor(secrets, profile.redactedKeys())} sees them too.
 *
 * <p><b>By value.</b> Every credential value the client holds ({@code Credentials.secrets()}) is replaced in every
 * form it can take in a log line or a message: as is, JSON-escaped (a {@code "}, {@code \} or {@code /} written
 * {@code \"}, {@code \\}, {@code \/}, a non-ASCII or special character as {@code \}{@code uXXXX} in either case), and
 * URL-encoded (percent-encoding in either case, {@code +} for a space). In a JSON body the tree is parsed first, so a
 * string value holding a credential is found whatever the escaping. So that a credential never mangles ordinary
 * words:
 *
 * <ul>
 *   <li>a credential of {@value #ANYWHERE_LENGTH} characters or more is replaced wherever it occurs;
 *   <li>a shorter one only as a whole token: not directly preceded or followed by a letter, digit or {@code _} where
 *       its own first or last character is one (a password {@code FOUND} is masked in {@code "FOUND"} or
 *       {@code pass=FOUND} but leaves {@code NOT_FOUND} alone);
 *   <li>one shorter than {@value #MIN_SCRUB_LENGTH} characters ({@code "x"}) is never searched for in free text
 *       ({@code IOException} stays {@code IOException}); it is masked where it is a whole value: a header value, a
 *       query or form value, a JSON string.
 * </ul>
 */
public final class Redactor {
  /** The replacement text. */
  public static final String MASK = SecretKeys.MASK;
  /** Credentials shorter than this are masked only as whole values, never searched for in free text. */
  public static final int MIN_SCRUB_LENGTH = 4;
  /** Credentials at least this long are replaced wherever they occur, even inside a word. */
  public static final int ANYWHERE_LENGTH = 12;

  private static final Set<String> HEADERS = Set.of("authorization", "proxy-authorization", "api-key", "session",
      "cookie", "set-cookie", "x-organization-token", "x-callr-hmacsignature", "x-voipbin-signature");
  private static final List<String> HEADER_PARTS = List.of("signature", "token", "secret", "key");
  private static final Pattern POSITIONAL = Pattern.compile("(.+)\\[(\\d+)]");
  private static final ObjectMapper MAPPER = JsonMapper.builder().build();

  private final Set<String> secrets;
  private final List<Variant> variants;
  private final Set<String> extraKeys;
  private final Map<String, Set<Integer>> secretParams;

  /**
   * Creates a redactor scrubbing {@code secrets} and also masking {@code extraKeys} (header, query or JSON names,
   * case-insensitive; an entry {@code method[index]} masks that JSON-RPC positional param).
   */
  public Redactor(Collection<String> secrets, Collection<String> extraKeys) {
    Objects.requireNonNull(secrets, "secrets");
    Objects.requireNonNull(extraKeys, "extraKeys");
    Set<String> values = new LinkedHashSet<>();
    for (String s : secrets) {
      if (s != null && !s.isEmpty()) {
        values.add(s);
      }
    }
    this.secrets = Set.copyOf(values);
    this.variants = variants(values);
    Set<String> keys = new LinkedHashSet<>();
    Map<String, Set<Integer>> params = new HashMap<>();
    for (String k : extraKeys) {
      String key = Objects.requireNonNull(k, "extraKeys element").toLowerCase(Locale.ROOT);
      Matcher m = POSITIONAL.matcher(key);
      if (m.matches()) {
        params.computeIfAbsent(m.group(1), x -> new LinkedHashSet<>()).add(Integer.parseInt(m.group(2)));
      } else {
        keys.add(key);
      }
    }
    this.extraKeys = Set.copyOf(keys);
    Map<String, Set<Integer>> frozen = new HashMap<>();
    params.forEach((method, indexes) -> frozen.put(method, Set.copyOf(indexes)));
    this.secretParams = Map.copyOf(frozen);
  }

  /** Creates a redactor for one client: its credential values and its provider's extra keys and secret params. */
  public Redactor(Collection<String> secrets, ProviderProfile profile) {
    this(secrets, Objects.requireNonNull(profile, "profile").redactedKeys());
  }

  /** {@code text} with every one of {@code secrets} scrubbed as {@link #scrub(String)} does (for messages). */
  public static String scrub(String text, Collection<String> secrets) {
    return new Redactor(secrets, Set.of()).scrub(text);
  }

  /**
   * A redactor that also scrubs the secrets a request body carries ({@link #secretValues}): a server echoing them
   * back, in an error message or a body that is not JSON, must not put them in a log line or an exception. Returns
   * this redactor when the body holds none.
   */
  public Redactor withSecretsOf(byte[] requestBody, String method) {
    Set<String> found = secretValues(requestBody, method);
    if (found.isEmpty()) {
      return this;
    }
    Set<String> all = new LinkedHashSet<>(secrets);
    all.addAll(found);
    Set<String> keys = new LinkedHashSet<>(extraKeys);
    secretParams.forEach((m, indexes) -> indexes.forEach(i -> keys.add(m + "[" + i + "]")));
    return new Redactor(all, keys);
  }

  /** The credential values and the request-body secrets this redactor scrubs. */
  public Set<String> secrets() {
    return secrets;
  }

  /**
   * The string values a JSON request body holds at sensitive keys (at any depth) and at {@code method}'s secret
   * positional params. Cheap for bodies that name no sensitive key and a method without secret params: the body is
   * parsed only when it may hold one.
   */
  Set<String> secretValues(byte[] body, String method) {
    if (body == null || body.length == 0 || body.length > 1 << 20) {
      return Set.of();
    }
    boolean positional = method != null && secretParams.containsKey(method.toLowerCase(Locale.ROOT));
    if (!positional && !mentionsSecretKey(body)) {
      return Set.of();
    }
    JsonNode tree;
    try {
      tree = MAPPER.readTree(body);
    } catch (java.io.IOException | RuntimeException notJson) {
      return Set.of();
    }
    Set<String> found = new LinkedHashSet<>();
    if (tree != null && positional && tree.path("params").isArray()) {
      JsonNode params = tree.get("params");
      for (int i = 0; i < params.size(); i++) {
        if (isSecretParam(method, i) && params.get(i).isTextual()) {
          found.add(params.get(i).asText());
        }
      }
    }
    collectSecretValues(tree, found);
    found.removeIf(v -> v.length() < MIN_SCRUB_LENGTH || v.equals(MASK));
    return found;
  }

  private void collectSecretValues(JsonNode node, Set<String> found) {
    if (node == null) {
      return;
    }
    if (node.isObject()) {
      node.fields().forEachRemaining(e -> {
        if (isSensitiveKey(e.getKey()) && e.getValue().isTextual()) {
          found.add(e.getValue().asText());
        } else {
          collectSecretValues(e.getValue(), found);
        }
      });
    } else if (node.isArray()) {
      node.forEach(child -> collectSecretValues(child, found));
    }
  }

  private static final String[] KEY_HINTS = {"token", "secret", "password", "key", "auth", "credential"};

  private static boolean mentionsSecretKey(byte[] body) {
    String text = new String(body, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    for (String hint : KEY_HINTS) {
      if (text.contains(hint)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the value of header {@code name} is always masked. */
  public boolean isSensitiveHeader(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (HEADERS.contains(n) || extraKeys.contains(n) || SecretKeys.isSecret(n)) {
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
    return SecretKeys.isSecret(key) || extraKeys.contains(key.toLowerCase(Locale.ROOT));
  }

  /** Whether JSON-RPC {@code method}'s positional param {@code index} is a secret. */
  public boolean isSecretParam(String method, int index) {
    Set<Integer> indexes = secretParams.get(method.toLowerCase(Locale.ROOT));
    return indexes != null && indexes.contains(index);
  }

  /** Replaces every known secret value in free text {@code text} by {@link #MASK} (see the class notes). */
  public String scrub(String text) {
    if (text == null || text.isEmpty() || variants.isEmpty()) {
      return text;
    }
    String result = text;
    for (Variant v : variants) {
      result = v.replaceIn(result);
    }
    return result;
  }

  /** A whole value (header, query, form or JSON string): masked if it is a secret, else scrubbed. */
  private String value(String value) {
    if (value == null) {
      return null;
    }
    return secrets.contains(value) ? MASK : scrub(value);
  }

  /** The header value as it may be logged. */
  public String header(String name, String value) {
    return isSensitiveHeader(name) ? MASK : value(value);
  }

  /** All headers as {@code Name: value} lines, redacted. */
  public String headers(Headers headers) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < headers.size(); i++) {
      if (out.length() > 0) {
        out.append('\n');
      }
      out.append(scrub(headers.name(i))).append(": ").append(header(headers.name(i), headers.value(i)));
    }
    return out.toString();
  }

  /** The URL with sensitive query values masked and secrets scrubbed. */
  public String url(HttpUrl url) {
    HttpUrl.Builder b = url.newBuilder().query(null);
    for (int i = 0; i < url.querySize(); i++) {
      String name = url.queryParameterName(i);
      String value = url.queryParameterValue(i);
      b.addQueryParameter(name, value == null ? null : isSensitiveKey(name) ? MASK : value(value));
    }
    return scrub(b.build().toString()).replace("%2A%2A%2A%2A", MASK);
  }

  /**
   * A body as it may be logged: JSON with sensitive fields, secret JSON-RPC params and string values holding a
   * secret masked; form fields masked; anything else scrubbed as text.
   */
  public String body(byte[] body, MediaType mediaType) {
    if (body == null || body.length == 0) {
      return "";
    }
    String text = new String(body, StandardCharsets.UTF_8);
    String subtype = mediaType == null ? "" : mediaType.subtype().toLowerCase(Locale.ROOT);
    if (subtype.contains("json") || looksLikeJson(text)) {
      try {
        JsonNode tree = MAPPER.readTree(body);
        if (tree != null && tree.isContainerNode()) {
          return scrub(MAPPER.writeValueAsString(json(tree)));
        }
      } catch (java.io.IOException | RuntimeException notJson) {
        // fall through to plain scrubbing
      }
    }
    if (!subtype.equals("x-www-form-urlencoded") && (subtype.contains("json") || looksLikeJson(text))) {
      return scrub(BrokenJsonMasker.mask(text, this::isSensitiveKey)); // broken JSON: mask the values of sensitive keys that still read as such
    }
    if (subtype.equals("x-www-form-urlencoded")) {
      HttpUrl parsed = HttpUrl.parse("http://x/?" + text);
      if (parsed != null) {
        String redacted = url(parsed);
        return redacted.substring(redacted.indexOf('?') + 1);
      }
    }
    return scrub(text);
  }

  /**
   * A copy of a JSON tree as it may be logged (the same masking as {@link #body} applies). The tree passed in is
   * never changed.
   */
  public JsonNode json(JsonNode tree) {
    if (tree == null) {
      return null;
    }
    JsonNode copy = tree.deepCopy();
    if (copy.isObject()) {
      JsonNode method = copy.get("method");
      JsonNode params = copy.get("params");
      if (method != null && method.isTextual() && params != null && params.isArray()) {
        ArrayNode array = (ArrayNode) params;
        for (int i = 0; i < array.size(); i++) {
          if (isSecretParam(method.asText(), i) && !array.get(i).isNull()) {
            array.set(i, TextNode.valueOf(MASK));
          }
        }
      }
    }
    return mask(copy);
  }

  private static boolean looksLikeJson(String text) {
    String t = text.stripLeading();
    return t.startsWith("{") || t.startsWith("[");
  }

  private JsonNode mask(JsonNode node) {
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      List<String> names = new ArrayList<>();
      object.fieldNames().forEachRemaining(names::add);
      for (String key : names) {
        JsonNode child = object.get(key);
        object.set(key, isSensitiveKey(key) ? TextNode.valueOf(MASK) : mask(child));
      }
      return object;
    }
    if (node.isArray()) {
      ArrayNode array = (ArrayNode) node;
      for (int i = 0; i < array.size(); i++) {
        array.set(i, mask(array.get(i)));
      }
      return array;
    }
    if (node.isTextual()) {
      String masked = value(node.asText());
      return masked.equals(node.asText()) ? node : TextNode.valueOf(masked);
    }
    return node;
  }

  // ---- value variants ---------------------------------------------------------------------------------------

  /** One form of one secret, and how freely it is replaced. */
  private static final class Variant {
    final String text;
    final boolean anywhere;

    Variant(String text, boolean anywhere) {
      this.text = text;
      this.anywhere = anywhere;
    }

    String replaceIn(String haystack) {
      int at = haystack.indexOf(text);
      if (at < 0) {
        return haystack;
      }
      StringBuilder out = new StringBuilder(haystack.length());
      int from = 0;
      while (at >= 0) {
        int end = at + text.length();
        if (anywhere || onBoundaries(haystack, at, end)) {
          out.append(haystack, from, at).append(MASK);
          from = end;
          at = haystack.indexOf(text, end);
        } else {
          at = haystack.indexOf(text, at + 1);
        }
      }
      return out.append(haystack, from, haystack.length()).toString();
    }

    private boolean onBoundaries(String haystack, int start, int end) {
      boolean before = start == 0 || !(word(haystack.charAt(start - 1)) && word(text.charAt(0)));
      boolean after = end == haystack.length() || !(word(haystack.charAt(end)) && word(text.charAt(text.length() - 1)));
      return before && after;
    }

    private static boolean word(char c) {
      return Character.isLetterOrDigit(c) || c == '_';
    }
  }

  private static List<Variant> variants(Set<String> secrets) {
    Map<String, Boolean> all = new HashMap<>();
    for (String s : secrets) {
      if (s.length() < MIN_SCRUB_LENGTH) {
        continue;
      }
      boolean anywhere = s.length() >= ANYWHERE_LENGTH;
      for (String form : forms(s)) {
        if (form.length() >= MIN_SCRUB_LENGTH) {
          all.merge(form, anywhere, Boolean::logicalOr);
        }
      }
    }
    List<Variant> out = new ArrayList<>();
    all.forEach((text, anywhere) -> out.add(new Variant(text, anywhere)));
    out.sort(Comparator.comparingInt((Variant v) -> v.text.length()).reversed().thenComparing(v -> v.text));
    return List.copyOf(out);
  }

  /** The forms a secret can take in text: as is, JSON-escaped in the usual ways, URL-encoded. */
  static Set<String> forms(String s) {
    Set<String> forms = new LinkedHashSet<>();
    forms.add(s);
    for (boolean slash : new boolean[] {false, true}) {
      forms.add(json(s, slash, Escape.CONTROL, false));
      forms.add(json(s, slash, Escape.NON_ASCII, false));
      forms.add(json(s, slash, Escape.NON_ASCII, true));
    }
    forms.add(json(s, false, Escape.ALL_SPECIAL, false));
    forms.add(json(s, false, Escape.ALL_SPECIAL, true));
    String percent = percent(s, false);
    forms.add(percent);
    forms.add(percent(s, true));
    forms.add(URLEncoder.encode(s, StandardCharsets.UTF_8));
    forms.add(percent.replace("%20", "+"));
    HttpUrl url = HttpUrl.get("http://x/").newBuilder().addPathSegment(s).addQueryParameter("q", s).build();
    forms.add(url.encodedPathSegments().get(0));
    forms.add(url.encodedQuery().substring(2));
    return forms;
  }

  private enum Escape { CONTROL, NON_ASCII, ALL_SPECIAL }

  private static String json(String s, boolean slash, Escape escape, boolean upperHex) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean special = !(Character.isLetterOrDigit(c) && c < 0x80);
      if (escape == Escape.ALL_SPECIAL && special) {
        out.append(unicode(c, upperHex));
      } else if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c == '/' && slash) {
        out.append("\\/");
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (c < 0x20 || (escape == Escape.NON_ASCII && c > 0x7e)) {
        out.append(unicode(c, upperHex));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String unicode(char c, boolean upperHex) {
    String hex = String.format("%04x", (int) c);
    return "\\u" + (upperHex ? hex.toUpperCase(Locale.ROOT) : hex);
  }

  private static String percent(String s, boolean lowerHex) {
    StringBuilder out = new StringBuilder();
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
          || c == '_' || c == '~') {
        out.append((char) c);
      } else {
        String hex = String.format("%%%02X", c);
        out.append(lowerHex ? hex.toLowerCase(Locale.ROOT) : hex);
      }
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return "Redactor{" + secrets.size() + " secrets, extra keys " + extraKeys + ", secret params "
        + secretParams.keySet() + "}";
  }
}
