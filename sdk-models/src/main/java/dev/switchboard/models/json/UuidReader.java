package dev.switchboard.models.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.UUIDDeserializer;
import java.io.IOException;
import java.util.UUID;

/**
 * Reads a UUID in its canonical 36-character form straight from the parser's text buffer (no String made, no
 * generic from-string machinery); any other form or token goes to Jackson's own UUID reader, so what is accepted,
 * and how anything else fails, is exactly Jackson's.
 */
final class UuidReader extends StdScalarDeserializer<UUID> {
  private static final long serialVersionUID = 1L;

  private final UUIDDeserializer jackson = new UUIDDeserializer();

  UuidReader() {
    super(UUID.class);
  }

  @Override
  public UUID deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING && p.getTextLength() == 36) {
      UUID fast = parse(p.getTextCharacters(), p.getTextOffset());
      if (fast != null) {
        return fast;
      }
    }
    return jackson.deserialize(p, ctxt);
  }

  /** The canonical form {@code 8-4-4-4-12} hex digits at {@code off}, or {@code null}. */
  static UUID parse(char[] c, int off) {
    if (c == null || c[off + 8] != '-' || c[off + 13] != '-' || c[off + 18] != '-' || c[off + 23] != '-') {
      return null;
    }
    long msb = hex(c, off, 8);
    long mid = hex(c, off + 9, 4);
    long hi = hex(c, off + 14, 4);
    long lo = hex(c, off + 19, 4);
    long node = hex(c, off + 24, 12);
    if ((msb | mid | hi | lo | node) < 0) {
      return null;
    }
    return new UUID(msb << 32 | mid << 16 | hi, lo << 48 | node);
  }

  /** {@code count} (at most 15) hex digits as a number, or -1. */
  private static long hex(char[] c, int from, int count) {
    long value = 0;
    for (int i = from; i < from + count; i++) {
      char ch = c[i];
      int digit;
      if (ch >= '0' && ch <= '9') {
        digit = ch - '0';
      } else if (ch >= 'a' && ch <= 'f') {
        digit = ch - 'a' + 10;
      } else if (ch >= 'A' && ch <= 'F') {
        digit = ch - 'A' + 10;
      } else {
        return -1;
      }
      value = value << 4 | digit;
    }
    return value;
  }
}
