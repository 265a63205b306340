package dev.switchboard.models.telmetrics;

import dev.switchboard.models.Checks;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Telmetrics {@code email_notifications}: a comma-delimited list of e-mail addresses in one string. */
final class EmailList {
  private static final Pattern EMAIL = Pattern.compile("[^@\\s,]+@[^@\\s,]+\\.[^@\\s,]+");

  private EmailList() {}

  static String join(List<String> emails) {
    return String.join(",", emails);
  }

  static List<String> split(Optional<String> joined) {
    return joined
        .map(s -> Arrays.stream(s.split(",")).map(String::trim).filter(e -> !e.isEmpty()).collect(Collectors.toList()))
        .map(List::copyOf)
        .orElse(List.of());
  }

  static void check(Optional<String> joined) {
    if (!Checks.active() || joined.isEmpty()) {
      return;
    }
    for (String email : joined.get().split(",", -1)) {
      if (!EMAIL.matcher(email.trim()).matches()) {
        throw new IllegalArgumentException(
            "email_notifications: each entry must be an e-mail address like ops@example.com (got \"" + email.trim()
                + "\")");
      }
    }
  }

  static void notBlank(String field, Optional<String> value) {
    if (Checks.active() && value.isPresent() && value.get().isBlank()) {
      throw new IllegalArgumentException(field + ": must not be blank");
    }
  }
}
