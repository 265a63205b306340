/** A user's application: it names the SDK's core module and nothing else (OkHttp, Jackson and the models follow). */
module dev.switchboard.consumer {
  requires dev.switchboard.core;

  exports dev.switchboard.consumer;
}
