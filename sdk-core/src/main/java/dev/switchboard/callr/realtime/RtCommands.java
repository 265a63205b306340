package dev.switchboard.callr.realtime;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.models.callr.RtResponse;
import java.util.List;
import java.util.Objects;

/**
 * Typed helpers for a small set of REALTIME10 commands, producing {@link RtResponse}s.
 *
 * <p><b>Unverified</b>: the command names and their {@code params} keys are based on CALLR's REALTIME10
 * documentation as we understood it ({@code hangup}, {@code play} with {@code media_id}, {@code wait} with
 * {@code duration}, {@code dialout} with {@code targets}); the Objects reference only documents the envelope
 * ({@code command}, {@code command_id}, {@code params}, {@code variables}). For anything else build an
 * {@link RtResponse} yourself or use {@link #command(String, ObjectNode)}.
 */
public final class RtCommands {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private RtCommands() {}

  /** Any command with its params object. */
  public static RtResponse command(String command, ObjectNode params) {
    Objects.requireNonNull(command, "command");
    return RtResponse.builder().command(command).params(params == null ? NODES.objectNode() : params).build();
  }

  /** {@code hangup}: ends the call. The default fallback of {@link RealtimeHandler}. */
  public static RtResponse hangup() {
    return command("hangup", NODES.objectNode());
  }

  /** {@code play}: plays a media of your library ({@code params.media_id}). */
  public static RtResponse play(long mediaId) {
    return command("play", NODES.objectNode().put("media_id", mediaId));
  }

  /** Says {@code text} with a TTS voice: {@code play} with {@code media_id = "TTS|<voice>|<text>"}. */
  public static RtResponse say(String voice, String text) {
    Objects.requireNonNull(voice, "voice");
    Objects.requireNonNull(text, "text");
    return command("play", NODES.objectNode().put("media_id", "TTS|" + voice + "|" + text));
  }

  /** {@code wait}: waits {@code seconds} ({@code params.duration}). */
  public static RtResponse pause(int seconds) {
    return command("wait", NODES.objectNode().put("duration", seconds));
  }

  /** {@code dialout}: bridges the call to one of {@code numbers} (E.164) ({@code params.targets}). */
  public static RtResponse dialout(List<String> numbers, int timeoutSeconds) {
    ArrayNode targets = NODES.arrayNode();
    for (String n : Objects.requireNonNull(numbers, "numbers")) {
      targets.addObject().put("number", n).put("timeout", timeoutSeconds);
    }
    ObjectNode params = NODES.objectNode();
    params.set("targets", targets);
    return command("dialout", params);
  }
}
