package dev.switchboard.reliability;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The distinctive credentials of the suite and the scan for them. Client credentials are long random-looking tokens
 * (the CALLR key holds {@code "}, {@code \} and {@code /}, which JSON escapes); server-sent secrets (an API key's
 * token, a REALTIME10 password, an odd-shaped {@code hmac_secret}, session tokens, lead tokens) are planted in the
 * valid bodies; the refresh token travels as a positional JSON-RPC param. Each is searched in every form it can leak
 * in: raw, JSON-escaped, PHP-escaped ({@code \/}), URL-encoded, and inside the Basic header's base64. Two short
 * credentials ({@code "x"}, {@code "FOUND"}) are never searched for (they are in every text) but the texts of their
 * clients are checked for masking that mangled a word ({@code IOE****ception}).
 */
final class Secrets {
  static final String CALLR_API_KEY = "ck-7Qm2Vx9LpR4tZ8nB3wK6yH1dF5sJ0gA\"q\\/u8Nc2Xe";
  static final String CALLR_LOGIN = "reliability.user";
  static final String CALLR_PASSWORD = "pw-Hq7rT2vX9zL4mN8bC3kJ6wYp";
  static final String VOIPBIN_TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJyZWxpYWJpbGl0eSJ9.Sg7Kd2Lq9Vx4Zt8Rm3Np6Wy1Hb5";
  static final String VOIPBIN_ACCESS_KEY = "ak_Vb93Lmq72XzTr58NkcP4Wd";
  static final String TRACKDRIVE_PUBLIC_KEY = "tdpub_4Hs8Kq2Lm7Xv9Rt3";
  static final String TRACKDRIVE_PRIVATE_KEY = "tdpriv_Zx6Wn1Qp8Ty5Ub2Vc7Rm";
  static final String TRACKDRIVE_TOKEN = "tdtok_Mk3Jh8Gf2Ds7Aq9Lz4Pw";
  static final String TELMETRICS_TOKEN = "tmorg_Pq4Wr9Et2Yu7Io3Kl8Zx";
  /** Sent by the caller as a positional JSON-RPC param of {@code session.refresh}. */
  static final String REFRESH_TOKEN_PARAM = "rt_Fh2Jk7Lm9Nb4Vc6Xz1QaWs";
  /** Sent by the caller in a lead's body ({@code lead_token}). */
  static final String LEAD_TOKEN_SENT = "lt_Ng4Bf7Vd2Cs9Xa3Ze8Rt";
  /** Planted by the server in valid bodies. */
  static final String SERVER_API_KEY_TOKEN = "srv_apikey_T0k3nQw8Er5Ty2Ui";
  static final String SERVER_APP_PASSWORD = "srv_app_pw_Zq8Xw3Ec6Rv1Bn";
  static final String SERVER_HMAC_SECRET = "srv_hmac_Ab9Cd4Ef7Gh2Ij5Kl";
  static final String SERVER_SESSION_TOKEN = "srv_session_Kl3Mn8Op1Qr6St";
  static final String SERVER_REFRESH_TOKEN = "srv_refresh_St4Uv9Wx2Yz7Ab";
  static final String SERVER_LEAD_TOKEN = "srv_leadtok_Lt5Ok8Ij3Uh6Yg";
  /** Short credentials: must never mangle ordinary words. */
  static final String SHORT_VOIPBIN_TOKEN = "x";
  static final String SHORT_TELMETRICS_TOKEN = "FOUND";

  private static final Pattern MANGLED = Pattern.compile("\\w\\*{4}|\\*{4}\\w");
  private static final Map<String, List<String>> FORMS = new LinkedHashMap<>();

  static {
    add("CALLR api key", CALLR_API_KEY);
    add("CALLR password", CALLR_PASSWORD);
    addForm("CALLR Basic header", base64(CALLR_LOGIN + ":" + CALLR_PASSWORD));
    add("VoIPBin token", VOIPBIN_TOKEN);
    add("VoIPBin access key", VOIPBIN_ACCESS_KEY);
    add("TrackDrive private key", TRACKDRIVE_PRIVATE_KEY);
    addForm("TrackDrive Basic header", base64(TRACKDRIVE_PUBLIC_KEY + ":" + TRACKDRIVE_PRIVATE_KEY));
    add("TrackDrive token", TRACKDRIVE_TOKEN);
    add("Telmetrics token", TELMETRICS_TOKEN);
    add("refresh token param", REFRESH_TOKEN_PARAM);
    add("lead token sent", LEAD_TOKEN_SENT);
    add("server api key token", SERVER_API_KEY_TOKEN);
    add("server app password", SERVER_APP_PASSWORD);
    add("server hmac secret", SERVER_HMAC_SECRET);
    add("server session token", SERVER_SESSION_TOKEN);
    add("server refresh token", SERVER_REFRESH_TOKEN);
    add("server lead token", SERVER_LEAD_TOKEN);
  }

  private Secrets() {}

  /** The secrets the server plants in valid bodies. */
  static List<String> planted() {
    return List.of(SERVER_API_KEY_TOKEN, SERVER_APP_PASSWORD, SERVER_HMAC_SECRET, SERVER_SESSION_TOKEN,
        SERVER_REFRESH_TOKEN, SERVER_LEAD_TOKEN);
  }

  private static void add(String name, String value) {
    List<String> forms = new ArrayList<>();
    forms.add(value);
    String json = value.replace("\\", "\\\\").replace("\"", "\\\"");
    forms.add(json);
    forms.add(json.replace("/", "\\/"));
    forms.add(URLEncoder.encode(value, StandardCharsets.UTF_8));
    forms.add(value.replace("\"", "\\\"")); // a message quoting with only quotes escaped
    FORMS.put(name, forms.stream().distinct().toList());
  }

  private static void addForm(String name, String value) {
    FORMS.put(name, List.of(value));
  }

  private static String base64(String s) {
    return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
  }

  /** The names of the secrets found in {@code text}, empty if none. */
  static List<String> find(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    List<String> found = new ArrayList<>(0);
    for (Map.Entry<String, List<String>> e : FORMS.entrySet()) {
      for (String form : e.getValue()) {
        if (text.contains(form)) {
          found.add(e.getKey());
          break;
        }
      }
    }
    return found;
  }

  /** An excerpt of {@code text} around the first secret found (for the report). */
  static String excerpt(String text) {
    for (List<String> forms : FORMS.values()) {
      for (String form : forms) {
        int at = text.indexOf(form);
        if (at >= 0) {
          return text.substring(Math.max(0, at - 40), Math.min(text.length(), at + form.length() + 15))
              .replace('\n', ' ');
        }
      }
    }
    return "";
  }

  /** A word mangled by masking a short credential inside it ({@code IOE****ception}), or null. */
  static String mangled(String text) {
    if (text == null) {
      return null;
    }
    java.util.regex.Matcher m = MANGLED.matcher(text);
    if (!m.find()) {
      return null;
    }
    return text.substring(Math.max(0, m.start() - 30), Math.min(text.length(), m.end() + 30)).replace('\n', ' ');
  }
}
