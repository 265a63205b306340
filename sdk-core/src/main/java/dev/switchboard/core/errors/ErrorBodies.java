package dev.switchboard.core.errors;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads error bodies as trees for {@link ErrorParser#jsonObject}: plain Jackson, no model binding, internal. */
final class ErrorBodies {
  static final ObjectMapper TREES = new ObjectMapper();

  private ErrorBodies() {}
}
