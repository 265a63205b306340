package dev.switchboard.testkit;

/**
 * The credentials the tour (and anyone else) presents to the sandbox; emulations that check authentication
 * accept these. They are not secrets.
 */
public final class SandboxCredentials {

    public static final String CALLR_API_KEY = "sandbox-callr-api-key";
    public static final String CALLR_LOGIN = "sandbox";
    public static final String CALLR_PASSWORD = "sandbox-password";
    /**
     * CALLR v2: the main account SID (8 lower-case characters), the Basic username with {@link #CALLR_API_KEY} as
     * password. v2 also takes {@code x-api-key: CALLR_API_KEY} (existing keys work with v2 [C]).
     */
    public static final String CALLR_ACCOUNT_SID = "sandbox0";
    /** CALLR v2: a sub-account SID; Basic with it and the master {@link #CALLR_API_KEY} acts as the sub-account. */
    public static final String CALLR_SUBACCOUNT_SID = "sandsub1";
    public static final String VOIPBIN_TOKEN = "sandbox-voipbin-token";
    public static final String VOIPBIN_ACCESSKEY = "sandbox-voipbin-accesskey";
    public static final String TRACKDRIVE_PUBLIC_KEY = "sandbox-trackdrive-public";
    public static final String TRACKDRIVE_PRIVATE_KEY = "sandbox-trackdrive-private";
    public static final String TELMETRICS_TOKEN = "sandbox-telmetrics-token";

    private SandboxCredentials() {
    }
}
