package dev.switchboard.core.http;

import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks secrets in a body that looks like JSON but does not parse (cut short, bytes flipped, invalid UTF-8): each
 * {@code "key": value} whose key is sensitive has its value replaced by {@link Redactor#MASK}, a whole object or
 * array included. The {@link Redactor} uses it for log lines, after a real JSON parse has failed.
 */
final class BrokenJsonMasker {
  private BrokenJsonMasker() {}

  private static final Pattern KEYED_VALUE = Pattern.compile(
      "\"((?:[^\"\\\\]|\\\\.){1,200})\"(\\s*:\\s*)(\"(?:[^\"\\\\]|\\\\.)*\"?|[{\\[]|[^,}\\]\\s\"]+)");

  /**
   * In text that does not parse as JSON, masks each {@code "key": value} whose key is sensitive: a string or scalar,
   * or a whole object or array (to its matching bracket, or to the end of a text cut short).
   */
  static String mask(String text, Predicate<String> sensitiveKey) {
    Matcher m = KEYED_VALUE.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    int last = 0;
    int from = 0;
    while (from < text.length() && m.find(from)) {
      from = m.end();
      if (!sensitiveKey.test(m.group(1)) || m.start() < last) {
        continue;
      }
      int valueStart = m.start(3);
      int valueEnd = m.end(3);
      char first = text.charAt(valueStart);
      if (first == '{' || first == '[') {
        valueEnd = closingBracket(text, valueStart);
      }
      out.append(text, last, valueStart).append('"').append(Redactor.MASK).append('"');
      last = valueEnd;
      from = Math.max(from, valueEnd);
    }
    return last == 0 ? text : out.append(text, last, text.length()).toString();
  }

  /** The index after the bracket closing the one at {@code start}, skipping strings; the text's end if none. */
  private static int closingBracket(String text, int start) {
    int depth = 0;
    boolean inString = false;
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        depth++;
      } else if ((c == '}' || c == ']') && --depth == 0) {
        return i + 1;
      }
    }
    return text.length();
  }

}
