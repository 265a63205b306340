package dev.switchboard.testkit;

/**
 * Every credential the sandbox accepts, one constant per value a client or a request needs; the tour uses them too.
 * They are not secrets. Anything else is refused as the real API would (CALLR {@code AUTHENTICATION_REQUIRED},
 * VoIPBin/TrackDrive/Telmetrics HTTP 401).
 *
 * <pre>{@code
 * CallrClient.builder().baseUrl(sandbox.callrBaseUrl()).apiKey(SandboxCredentials.CALLR_API_KEY).build();
 * TrackdriveClient.builder().baseUrl(sandbox.trackdriveBaseUrl())
 *     .keys(SandboxCredentials.TRACKDRIVE_PUBLIC_KEY, SandboxCredentials.TRACKDRIVE_PRIVATE_KEY).build();
 * LeadCreateRequest.builder().leadToken(SandboxCredentials.TRACKDRIVE_LEAD_TOKEN)...
 * }</pre>
 */
public final class SandboxCredentials {

    /** CALLR API key: {@code Authorization: Api-Key <key>} (keys made with {@code api-key.create} work too). */
    public static final String CALLR_API_KEY = "sandbox-callr-api-key";
    /** CALLR login, with {@link #CALLR_PASSWORD}: {@code Authorization: Basic base64(login:password)}. */
    public static final String CALLR_LOGIN = "sandbox";
    /** CALLR password of {@link #CALLR_LOGIN}. Session tokens come from {@code session.create} with either. */
    public static final String CALLR_PASSWORD = "sandbox-password";
    /**
     * CALLR v2: the main account SID (8 lower-case characters), the Basic username with {@link #CALLR_API_KEY} as
     * password. v2 also takes {@code x-api-key: CALLR_API_KEY} (existing keys work with v2 [C]).
     */
    public static final String CALLR_ACCOUNT_SID = "sandbox0";
    /** CALLR v2: a sub-account SID; Basic with it and the master {@link #CALLR_API_KEY} acts as the sub-account. */
    public static final String CALLR_SUBACCOUNT_SID = "sandsub1";
    /** VoIPBin JWT: {@code Authorization: Bearer <token>} (or {@code ?token=}). */
    public static final String VOIPBIN_TOKEN = "sandbox-voipbin-token";
    /** VoIPBin access key: {@code ?accesskey=<key>}. */
    public static final String VOIPBIN_ACCESSKEY = "sandbox-voipbin-accesskey";
    /** TrackDrive public key, with {@link #TRACKDRIVE_PRIVATE_KEY}: {@code Authorization: Basic base64(public:private)}. */
    public static final String TRACKDRIVE_PUBLIC_KEY = "sandbox-trackdrive-public";
    /** TrackDrive private key of {@link #TRACKDRIVE_PUBLIC_KEY}. */
    public static final String TRACKDRIVE_PRIVATE_KEY = "sandbox-trackdrive-private";
    /**
     * TrackDrive API token: {@code Authorization: Token <token>} ({@code TrackdriveClient.builder().token(...)}) or
     * {@code ?auth_token=}. The sandbox accepts the private key as the token.
     */
    public static final String TRACKDRIVE_TOKEN = TRACKDRIVE_PRIVATE_KEY;
    /**
     * TrackDrive offer lead token, the {@code lead_token} in the body of {@code POST /leads} (lead creation needs no
     * keys): offer id 1, schedule id 1.
     */
    public static final String TRACKDRIVE_LEAD_TOKEN = "sandbox-lead-token";
    /** Telmetrics organization token: {@code x-organization-token: <token>}. */
    public static final String TELMETRICS_TOKEN = "sandbox-telmetrics-token";

    private SandboxCredentials() {
    }
}
