package dev.switchboard.consumer;

import dev.switchboard.callr.CallrClient;
import dev.switchboard.models.callr.HmacAlgorithm;
import dev.switchboard.models.callr.Sms;
import dev.switchboard.models.callr.SmsSendParams;
import dev.switchboard.webhooks.WebhookVerifier;
import java.util.Map;

/** What a small application does with the SDK: send an SMS through CALLR, read it back, verify a webhook. */
public final class ConsumerApp {
  private ConsumerApp() {}

  /**
   * Sends an SMS and reads it back by its hash.
   *
   * @param callrBaseUrl the CALLR JSON-RPC endpoint (the sandbox's in the tests)
   * @param login the CALLR login
   * @param password the CALLR password
   * @param to the recipient, E.164
   * @return the SMS as CALLR stores it
   */
  public static Sms sendAndRead(String callrBaseUrl, String login, String password, String to) {
    try (CallrClient callr = CallrClient.builder().baseUrl(callrBaseUrl).login(login, password).build()) {
      String hash =
          callr.sms().send(SmsSendParams.builder().sender("SMS").recipient(to).text("Hello from a consumer").build());
      return callr.sms().get(hash);
    }
  }

  /**
   * Whether a CALLR webhook push is genuine.
   *
   * @param rawBody the exact bytes received
   * @param headers the request's headers
   * @param secret the {@code hmac_secret} the webhook was subscribed with
   * @return true when the {@code X-CALLR-HmacSignature} header matches the body
   */
  public static boolean webhookIsGenuine(byte[] rawBody, Map<String, String> headers, String secret) {
    return WebhookVerifier.callr(HmacAlgorithm.SHA256, secret).isValid(rawBody, headers::get);
  }
}
