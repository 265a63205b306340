package dev.switchboard.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The one deny-list of secret-bearing names, shared by model {@code toString()} ({@link ModelText}) and the SDK's
 * log redactor ({@code dev.switchboard.core.http.Redactor}): a JSON field, query parameter or header with such a
 * name has its value masked as {@value #MASK}, whatever the value's shape (string, number, object, array).
 *
 * <p>A name is secret when, lower-cased and with {@code _} and {@code -} removed, it is one of {@link #NAMES}
 * ({@code password}, {@code token}, {@code secret}, {@code hmac_secret}, {@code api_key}, {@code apikey},
 * {@code accesskey}, {@code refresh_token}, ...), or ends in {@code token}, {@code secret} or {@code password}, or
 * (as written) ends in {@code _key} or {@code -key}; except the paging cursors {@code page_token},
 * {@code next_page_token} and {@code next_cursor}, which are not credentials. Stateless and thread-safe.
 */
public final class SecretKeys {
  /** The replacement text for a masked value. */
  public static final String MASK = "****";

  /**
   * The secret names, normalised (lower case, without {@code _} and {@code -}): {@code refresh_token},
   * {@code refreshToken} and {@code Refresh-Token} all match {@code refreshtoken}.
   */
  public static final Set<String> NAMES = Set.of("password", "passwd", "token", "accesstoken", "refreshtoken",
      "idtoken", "authtoken", "sessiontoken", "leadtoken", "accesskey", "apikey", "privatekey", "secret",
      "hmacsecret", "clientsecret", "webhooksecret", "loginpassword", "auth", "authorization", "credentials");

  private static final Set<String> NOT_SECRET = Set.of("pagetoken", "nextpagetoken", "nextcursor");

  private SecretKeys() {}

  /** Whether a field, parameter or header called {@code name} holds a secret (case-insensitive). */
  public static boolean isSecret(String name) {
    if (name == null || name.isEmpty()) {
      return false;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    String normal = lower.replace("_", "").replace("-", "");
    if (NOT_SECRET.contains(normal)) {
      return false;
    }
    return NAMES.contains(normal) || normal.endsWith("token") || normal.endsWith("secret")
        || normal.endsWith("password") || lower.endsWith("_key") || lower.endsWith("-key");
  }

  /**
   * A copy of {@code node} in which the value of every field with a secret name, at any depth (objects inside
   * arrays included), is the text {@value #MASK}. {@code node} itself is never changed; {@code null} stays
   * {@code null}.
   */
  public static JsonNode masked(JsonNode node) {
    if (node == null || !node.isContainerNode()) {
      return node;
    }
    return maskedCopy(node);
  }

  private static JsonNode maskedCopy(JsonNode node) {
    if (node.isObject()) {
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> e = fields.next();
        copy.set(e.getKey(), isSecret(e.getKey()) ? JsonNodeFactory.instance.textNode(MASK) : maskedCopy(e.getValue()));
      }
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode(node.size());
      for (JsonNode child : node) {
        copy.add(maskedCopy(child));
      }
      return copy;
    }
    return node;
  }
}
