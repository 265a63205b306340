package dev.switchboard.telmetrics;

/**
 * Every Telmetrics groups path, in one place, relative to the base URL ({@code https://api.telmetrics.com/v3/api}).
 *
 * <p><b>UNVERIFIED:</b> no public Telmetrics source shows the Groups CRUD paths (API-FACTS section 1). They are
 * inferred from the documented siblings ({@code POST /v3/api/groups/{group_id}/numbers},
 * {@code POST /v3/api/groups/{group_id}/numberpools}, {@code GET /v3/api/calls}). If the real API differs, change
 * them here only: {@link GroupServiceImpl} builds every request from these templates.
 */
final class TelmetricsPaths {
  /** Create a group: {@code POST groups} (unverified). */
  static final String CREATE_GROUP = "groups";
  /** List groups: {@code GET groups?pagesize=&pagenumber=} (unverified). */
  static final String LIST_GROUPS = "groups";
  /** Retrieve a group: {@code GET groups/{id}} (unverified). */
  static final String GET_GROUP = "groups/{id}";
  /** Update a group: {@code PUT groups/{id}} (unverified). */
  static final String UPDATE_GROUP = "groups/{id}";

  private TelmetricsPaths() {}

  /** The path segments of {@code template}, with {@code {id}} replaced by {@code id}. */
  static String[] segments(String template, long id) {
    String[] parts = template.split("/");
    for (int i = 0; i < parts.length; i++) {
      if (parts[i].equals("{id}")) {
        parts[i] = Long.toString(id);
      }
    }
    return parts;
  }

  /** The path segments of a template without placeholders. */
  static String[] segments(String template) {
    if (template.contains("{")) {
      throw new IllegalArgumentException("template has a placeholder: " + template);
    }
    return template.split("/");
  }
}
