package dev.switchboard.callr.realtime;

import dev.switchboard.models.callr.RtRequest;
import dev.switchboard.models.callr.RtResponse;

/** Your REALTIME10 app logic: answers each {@code RT.Request} CALLR posts with the next {@code RT.Response}. */
@FunctionalInterface
public interface RealtimeApp {

  /** Returns the next command for the call; may throw (the handler then answers its fallback). */
  RtResponse handle(RtRequest request) throws Exception;
}
