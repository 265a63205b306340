package dev.switchboard.webhooks;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.switchboard.core.errors.InvalidResponseException;
import dev.switchboard.models.SwitchboardJson;
import dev.switchboard.models.callr.WebhookEvent;
import dev.switchboard.models.telmetrics.TelmetricsWebhook;
import dev.switchboard.models.voipbin.VoipbinWebhookEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Reads a webhook body into its typed event, and {@code unwrap}s (verifies, then reads) a signed delivery. Parsing
 * is separate from verification on purpose: verify the raw bytes first, then parse them, never the other way round.
 *
 * <ul>
 *   <li>CALLR: {@link WebhookEvent} ({@code Webhook.Event}); {@code typedData()} gives the model of each of the 15
 *       documented event types, and an unknown type keeps its raw {@code data}.
 *   <li>VoIPBin: {@link VoipbinWebhookEvent} ({@code {type, data}}); {@code groupcall()} for the groupcall events.
 *   <li>Telmetrics: {@link TelmetricsWebhook} (the PascalCase envelope; Telmetrics does not sign it).
 * </ul>
 *
 * <p>Reads are lenient like every model read (unknown fields and types are kept). A body that is not JSON at all
 * throws {@link InvalidResponseException} with the raw body kept. Immutable and thread-safe: keep one.
 */
public final class WebhookParser {
  private final ObjectMapper mapper = SwitchboardJson.mapper();

  /** Creates a parser with the SDK's JSON configuration. */
  public WebhookParser() {}

  /** Reads a CALLR {@code Webhook.Event}. */
  public WebhookEvent callr(byte[] rawBody) {
    return read(rawBody, WebhookEvent.class);
  }

  /** Reads a VoIPBin webhook {@code {type, data}}. */
  public VoipbinWebhookEvent voipbin(byte[] rawBody) {
    return read(rawBody, VoipbinWebhookEvent.class);
  }

  /** Reads a Telmetrics webhook envelope (unsigned: protect the endpoint by other means). */
  public TelmetricsWebhook telmetrics(byte[] rawBody) {
    return read(rawBody, TelmetricsWebhook.class);
  }

  /**
   * Verifies a CALLR delivery on its raw bytes, then reads it.
   *
   * @throws WebhookVerificationException when the signature does not verify (nothing is parsed then)
   */
  public WebhookEvent unwrapCallr(WebhookVerifier verifier, byte[] rawBody, Function<String, String> headers) {
    Objects.requireNonNull(verifier, "verifier").verify(rawBody, headers);
    return callr(rawBody);
  }

  /** {@link #unwrapCallr(WebhookVerifier, byte[], Function)} with headers as a multi-map. */
  public WebhookEvent unwrapCallr(WebhookVerifier verifier, byte[] rawBody, Map<String, List<String>> headers) {
    Objects.requireNonNull(verifier, "verifier").verify(rawBody, headers);
    return callr(rawBody);
  }

  /**
   * Verifies a VoIPBin delivery on its raw bytes, then reads it.
   *
   * @throws WebhookVerificationException when the signature does not verify (nothing is parsed then)
   */
  public VoipbinWebhookEvent unwrapVoipbin(WebhookVerifier verifier, byte[] rawBody, Function<String, String> headers) {
    Objects.requireNonNull(verifier, "verifier").verify(rawBody, headers);
    return voipbin(rawBody);
  }

  /** {@link #unwrapVoipbin(WebhookVerifier, byte[], Function)} with headers as a multi-map. */
  public VoipbinWebhookEvent unwrapVoipbin(
      WebhookVerifier verifier, byte[] rawBody, Map<String, List<String>> headers) {
    Objects.requireNonNull(verifier, "verifier").verify(rawBody, headers);
    return voipbin(rawBody);
  }

  private <T> T read(byte[] rawBody, Class<T> type) {
    Objects.requireNonNull(rawBody, "rawBody");
    try {
      T event = mapper.readValue(rawBody, type);
      if (event == null) {
        throw new IOException("the body is JSON null");
      }
      return event;
    } catch (IOException e) {
      throw new InvalidResponseException(
          "webhook body is not a " + type.getSimpleName() + " JSON object: "
              + (e instanceof com.fasterxml.jackson.core.JsonProcessingException
                  ? ((com.fasterxml.jackson.core.JsonProcessingException) e).getOriginalMessage() : e.getMessage()),
          0, new String(rawBody, StandardCharsets.UTF_8), e);
    }
  }
}
