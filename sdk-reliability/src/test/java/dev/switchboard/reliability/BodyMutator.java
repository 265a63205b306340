package dev.switchboard.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Mutates a valid response body of an operation for the {@link FaultFamily#BODY} faults. Every choice comes from the
 * case's random source, so a case number replays the same bytes. Values that Jackson cannot hold in a tree (10,000
 * levels of nesting, numbers beyond any type, invalid UTF-8, duplicate keys) are spliced into the serialized text
 * through a placeholder.
 */
final class BodyMutator {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String PLACEHOLDER = "@@raw-splice@@";
  private static final String DUPLICATE = "@@duplicate-key@@";

  private static final String[] HUGE_NUMBERS = {"1e400", "-1e400", "1E-400", "123456789012345678901234567890123",
      "18446744073709551616", "-9223372036854775809", "9223372036854775808", "2147483648", "-2147483649",
      "1" + "0".repeat(400), "0." + "0".repeat(400) + "1", "-0", "1.7976931348623157e309", "4.9e-325"};
  private static final String[] EPOCHS = {"99999999999999999", "-99999999999999999", "1e20", "-1e20",
      "9223372036854775807", "-9223372036854775808", "31556889864403200", "\"+999999999-12-31T23:59:59Z\"",
      "\"-999999999-01-01T00:00:00Z\"", "\"0000-00-00 00:00:00\"", "\"9999-99-99 99:99:99\"",
      "\"99999999999-01-01 00:00:00\"", "\"2024-02-30T25:61:61.9999999999Z\"", "\"\"", "\"1e300\""};
  private static final String[] PAGING = {"0", "-1", "2147483647", "2147483648", "-2147483648",
      "9223372036854775807", "1e300", "\"2\"", "null", "true", "[]", "{}", "\"\"", "1.5"};
  private static final String[] PAGING_KEYS = {"pageNumber", "pageSize", "total", "offset", "has_more",
      "next_page_token", "paging", "metadata", "hits", "results", "result", "leads"};
  private static final String[] WRONG_TYPES = {"1", "-1", "1.5", "true", "false", "\"text\"", "\"\"", "[]", "{}",
      "[1,\"a\",null,{}]", "{\"x\":{\"y\":[1]}}", "0", "\"null\"", "\"9999-01-01 00:00:00\""};

  private BodyMutator() {}

  static Mutation mutate(Fault fault, byte[] valid, SplittableRandom r) {
    switch (fault) {
      case VALID:
        return new Mutation(valid, "valid body");
      case TRUNCATE: {
        int n = r.nextInt(Math.max(1, valid.length));
        return new Mutation(Arrays.copyOf(valid, n), "truncated to " + n + " of " + valid.length + " bytes");
      }
      case FLIP_BYTES: {
        byte[] b = valid.clone();
        int flips = 1 + r.nextInt(4);
        StringBuilder where = new StringBuilder();
        boolean[] planted = plantedSecrets(valid);
        for (int i = 0; i < flips && b.length > 0; i++) {
          int at = r.nextInt(b.length);
          if (planted[at]) {
            continue;
          }
          int mask = 1 + r.nextInt(255);
          b[at] = (byte) (b[at] ^ mask);
          where.append(at).append('^').append(mask).append(' ');
        }
        return new Mutation(b, "flipped bytes " + where.toString().trim());
      }
      case BOM: {
        byte[] bom = r.nextBoolean() ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}
            : new byte[] {(byte) 0xFE, (byte) 0xFF};
        return new Mutation(concat(bom, valid), "byte order mark " + hex(bom));
      }
      case ROOT_NULL:
        return text("null", "null at root");
      case ROOT_ARRAY:
        return text(pick(r, "[]", "[null]", "[1,2,3]", "[{}]", "[" + new String(valid, StandardCharsets.UTF_8) + "]"),
            "array at root");
      case ROOT_STRING:
        return text(pick(r, "\"\"", "\"ok\"", "\"" + "a".repeat(1000) + "\""), "string at root");
      case ROOT_NUMBER:
        return text(pick(r, "0", "42", "-1", "1e400", "3.14"), "number at root");
      case EMPTY_BODY:
        return text(pick(r, "", " ", "\n", "{}", "{ }"), "empty body");
      case HTML_BODY:
        return text("<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>", "html page");
      default:
        return tree(fault, valid, r);
    }
  }

  /**
   * The bytes of each server-sent secret planted in a valid body and of the 30 bytes before it (its key): a flipped
   * byte there would rename the key or change the value, leaving a secret no SDK could know to mask.
   */
  private static boolean[] plantedSecrets(byte[] valid) {
    boolean[] planted = new boolean[valid.length];
    for (String secret : Secrets.planted()) {
      byte[] s = secret.getBytes(StandardCharsets.UTF_8);
      for (int at = indexOf(valid, s, 0); at >= 0; at = indexOf(valid, s, at + 1)) {
        java.util.Arrays.fill(planted, Math.max(0, at - 30), at + s.length, true);
      }
    }
    return planted;
  }

  private static Mutation tree(Fault fault, byte[] valid, SplittableRandom r) {
    JsonNode root;
    try {
      root = JSON.readTree(valid);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Slot> slots = new ArrayList<>();
    collect(root, "", slots);
    if (slots.isEmpty() || !root.isContainerNode()) {
      return new Mutation(valid, "valid body (nothing to mutate)");
    }
    Slot slot = choose(fault, slots, r);
    String raw;
    String detail;
    switch (fault) {
      case DROP_KEY: {
        Slot field = firstObjectField(slots, slot, r);
        ((ObjectNode) field.parent).remove(field.key);
        return serialize(root, null, null, "dropped " + field.path);
      }
      case DUPLICATE_KEY: {
        Slot field = firstObjectField(slots, slot, r);
        ((ObjectNode) field.parent).set(DUPLICATE, rawNode(r, WRONG_TYPES));
        return serialize(root, null, field.key, "duplicated key " + field.path);
      }
      case WRONG_TYPE:
        raw = pick(r, WRONG_TYPES);
        detail = "wrong type at " + slot.path + ": " + raw;
        break;
      case NULL_VALUE:
        raw = "null";
        detail = "null at " + slot.path;
        break;
      case NULL_ELEMENTS:
        raw = slot.node.isArray() && slot.node.size() > 0
            ? "[null," + slot.node.get(0) + ",null]" : pick(r, "[null]", "[null,null]", "[" + slot.node + ",null]");
        detail = "null elements at " + slot.path + ": " + raw;
        break;
      case DEEP_NESTING: {
        int depth = 10_000;
        boolean arrays = r.nextBoolean();
        raw = arrays ? "[".repeat(depth) + "]".repeat(depth) : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
        detail = depth + " levels of " + (arrays ? "arrays" : "objects") + " at " + slot.path;
        break;
      }
      case HUGE_NUMBER:
        raw = pick(r, HUGE_NUMBERS);
        detail = "huge number at " + slot.path + ": " + abbreviate(raw);
        break;
      case HUGE_STRING: {
        int length = 256 * 1024 + r.nextInt(768 * 1024);
        raw = r.nextBoolean() ? "\"" + "x".repeat(length) + "\"" : "\"" + "\\u00e9".repeat(length / 6) + "\"";
        detail = "string of " + length + " chars at " + slot.path;
        break;
      }
      case EPOCH_OUT_OF_RANGE:
        raw = pick(r, EPOCHS);
        detail = "epoch out of range at " + slot.path + ": " + raw;
        break;
      case PAGING_OUT_OF_RANGE:
        raw = pick(r, PAGING);
        detail = "paging value at " + slot.path + ": " + raw;
        break;
      case NON_UTF8: {
        byte[][] bad = {{(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0xFE, (byte) 0xFE}, {(byte) 0xED, (byte) 0xA0,
            (byte) 0x80}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}};
        byte[] b = bad[r.nextInt(bad.length)];
        return serializeRaw(root, slot, concat(concat("\"ab".getBytes(StandardCharsets.US_ASCII), b),
            "cd\"".getBytes(StandardCharsets.US_ASCII)), "invalid UTF-8 " + hex(b) + " at " + slot.path);
      }
      default:
        throw new IllegalArgumentException("not a tree mutation: " + fault);
    }
    return serializeRaw(root, slot, raw.getBytes(StandardCharsets.UTF_8), detail);
  }

  /** Paging and epoch faults aim at the keys they are about; the others at any value, mostly inside the result. */
  private static Slot choose(Fault fault, List<Slot> slots, SplittableRandom r) {
    List<Slot> preferred = new ArrayList<>();
    for (Slot s : slots) {
      String key = s.key == null ? "" : s.key.toLowerCase(Locale.ROOT);
      boolean match;
      if (fault == Fault.PAGING_OUT_OF_RANGE) {
        match = Arrays.stream(PAGING_KEYS).anyMatch(k -> k.equalsIgnoreCase(s.key));
      } else if (fault == Fault.EPOCH_OUT_OF_RANGE) {
        match = key.contains("date") || key.contains("time") || key.startsWith("tm_") || key.endsWith("_at")
            || key.contains("until") || key.contains("expire") || s.path.equals("/result");
      } else if (fault == Fault.NULL_ELEMENTS) {
        match = s.node.isArray();
      } else {
        match = s.path.startsWith("/result") || !slots.get(0).path.startsWith("/jsonrpc");
      }
      if (match) {
        preferred.add(s);
      }
    }
    List<Slot> from = preferred.isEmpty() || r.nextInt(10) == 0 ? slots : preferred;
    return from.get(r.nextInt(from.size()));
  }

  private static Slot firstObjectField(List<Slot> slots, Slot chosen, SplittableRandom r) {
    if (chosen.parent instanceof ObjectNode) {
      return chosen;
    }
    List<Slot> fields = new ArrayList<>();
    for (Slot s : slots) {
      if (s.parent instanceof ObjectNode) {
        fields.add(s);
      }
    }
    return fields.get(r.nextInt(fields.size()));
  }

  private static void collect(JsonNode node, String path, List<Slot> out) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> it = node.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        String p = path + "/" + e.getKey();
        out.add(new Slot((ContainerNode<?>) node, e.getKey(), -1, e.getValue(), p));
        collect(e.getValue(), p, out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        String p = path + "/" + i;
        out.add(new Slot((ContainerNode<?>) node, null, i, node.get(i), p));
        collect(node.get(i), p, out);
      }
    }
  }

  private static Mutation serializeRaw(JsonNode root, Slot slot, byte[] raw, String detail) {
    if (slot.parent instanceof ObjectNode) {
      ((ObjectNode) slot.parent).set(slot.key, TextNode.valueOf(PLACEHOLDER));
    } else {
      ((ArrayNode) slot.parent).set(slot.index, TextNode.valueOf(PLACEHOLDER));
    }
    return serialize(root, raw, null, detail);
  }

  private static Mutation serialize(JsonNode root, byte[] raw, String duplicateKey, String detail) {
    byte[] text;
    try {
      text = JSON.writeValueAsBytes(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (raw != null) {
      text = replace(text, ("\"" + PLACEHOLDER + "\"").getBytes(StandardCharsets.UTF_8), raw);
    }
    if (duplicateKey != null) {
      byte[] key;
      try {
        key = JSON.writeValueAsBytes(duplicateKey);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      text = replace(text, ("\"" + DUPLICATE + "\"").getBytes(StandardCharsets.UTF_8), key);
    }
    return new Mutation(text, detail);
  }

  private static JsonNode rawNode(SplittableRandom r, String[] choices) {
    try {
      return JSON.readTree(pick(r, choices));
    } catch (IOException e) {
      return NODES.nullNode();
    }
  }

  static byte[] replace(byte[] text, byte[] what, byte[] with) {
    int at = indexOf(text, what);
    if (at < 0) {
      return text;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(text.length + with.length);
    out.write(text, 0, at);
    out.write(with, 0, with.length);
    out.write(text, at + what.length, text.length - at - what.length);
    return out.toByteArray();
  }

  private static int indexOf(byte[] text, byte[] what) {
    return indexOf(text, what, 0);
  }

  private static int indexOf(byte[] text, byte[] what, int from) {
    outer:
    for (int i = from; i <= text.length - what.length; i++) {
      for (int j = 0; j < what.length; j++) {
        if (text[i + j] != what[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] c = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }

  private static Mutation text(String body, String detail) {
    return new Mutation(body.getBytes(StandardCharsets.UTF_8), detail + ": " + abbreviate(body));
  }

  @SafeVarargs
  static <T> T pick(SplittableRandom r, T... choices) {
    return choices[r.nextInt(choices.length)];
  }

  static String abbreviate(String s) {
    return s.length() <= 60 ? s : s.substring(0, 57) + "...(" + s.length() + " chars)";
  }

  private static String hex(byte[] b) {
    StringBuilder sb = new StringBuilder();
    for (byte x : b) {
      sb.append(String.format("%02X", x & 0xFF));
    }
    return sb.toString();
  }

  /** A value inside the tree and where it sits. */
  private record Slot(ContainerNode<?> parent, String key, int index, JsonNode node, String path) {}
}
