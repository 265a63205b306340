package dev.switchboard.testkit.callr.v2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.callr.v2.CallrV2Client;
import dev.switchboard.callr.v2.V2SearchPage;
import dev.switchboard.core.ClientOptions;
import dev.switchboard.core.errors.ConflictException;
import dev.switchboard.core.errors.NotFoundException;
import dev.switchboard.models.callr.v2.ActionCreateRequest;
import dev.switchboard.models.callr.v2.ActionRun;
import dev.switchboard.models.callr.v2.ActionRunRequest;
import dev.switchboard.models.callr.v2.ActionSearchParams;
import dev.switchboard.models.callr.v2.AudioFile;
import dev.switchboard.models.callr.v2.AudioFileStatus;
import dev.switchboard.models.callr.v2.AudioFileUpload;
import dev.switchboard.models.callr.v2.AudioMimeType;
import dev.switchboard.models.callr.v2.CallrAction;
import dev.switchboard.models.callr.v2.CallsExportRequest;
import dev.switchboard.models.callr.v2.NumberReservation;
import dev.switchboard.models.callr.v2.NumberReserveRequest;
import dev.switchboard.models.callr.v2.SmsMessage;
import dev.switchboard.models.callr.v2.SmsMessageStatus;
import dev.switchboard.models.callr.v2.SmsSearchParams;
import dev.switchboard.models.callr.v2.SmsSendRequest;
import dev.switchboard.models.callr.v2.StoreQuery;
import dev.switchboard.models.callr.v2.Task;
import dev.switchboard.models.callr.v2.TrafficType;
import dev.switchboard.testkit.Sandbox;
import dev.switchboard.testkit.SandboxCredentials;
import dev.switchboard.testkit.SandboxExtension;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The typed v2 client ({@code dev.switchboard.callr.v2}) against the sandbox's v2 emulation: state across calls. */
@ExtendWith(SandboxExtension.class)
class CallrV2ClientSandboxTest {

  private static CallrV2Client client(Sandbox sandbox) {
    return CallrV2Client.builder().apiKey(SandboxCredentials.CALLR_API_KEY).baseUrl(sandbox.callrV2BaseUrl())
        .clientOptions(ClientOptions.builder().maxRetries(0).build()).build();
  }

  @Test
  void anSmsSentIsFoundByGetAndSearch(Sandbox sandbox) {
    try (CallrV2Client callr = client(sandbox)) {
      SmsMessage sent = callr.sms().send(SmsSendRequest.builder().to("+33612345678").text("Hello from v2")
          .trafficType(TrafficType.ALERTING).build());
      String sid = sent.sid().orElseThrow();
      assertThat(sent.status()).contains(SmsMessageStatus.CREATED);
      assertThat(callr.sms().get(sid).bodyText()).contains("Hello from v2");
      V2SearchPage<SmsMessage> found = callr.sms().search(SmsSearchParams.builder().to("+33612345678").build());
      assertThat(found.items()).extracting(s -> s.sid().orElseThrow()).contains(sid);
      assertThat(found.total()).hasValue(found.items().size());
    }
  }

  @Test
  void aReservedNumberCanBeBoughtOnceAndThenIsOwned(Sandbox sandbox) {
    try (CallrV2Client callr = client(sandbox)) {
      assertThat(callr.numberStore().countries()).isNotEmpty();
      assertThat(callr.numberStore().types(StoreQuery.builder().country("FR").build())).isNotEmpty();
      NumberReservation reservation = callr.numberStore().reserve(NumberReserveRequest.builder().prefix("+33")
          .build());
      String token = reservation.token().orElseThrow();
      callr.numberStore().buy(token);
      assertThatThrownBy(() -> callr.numberStore().buy(token)).isInstanceOf(ConflictException.class);
      String e164 = reservation.additionalProperties().get("numbers").get(0).get("e164").asText();
      assertThat(callr.numbers().get(e164).e164()).contains(e164);
      assertThat(callr.numbers().search().autoPager().stream().map(n -> n.e164().orElseThrow())
          .collect(Collectors.toList())).contains(e164);
    }
  }

  @Test
  void aCreatedActionCanBeRunAndTakesANumber(Sandbox sandbox) {
    try (CallrV2Client callr = client(sandbox)) {
      CallrAction action = callr.actions().create(ActionCreateRequest.builder().name("Tour action")
          .script("branches:\n  api-initiated:\n    actions:\n      - action: log@v1\n").build());
      String sid = action.sid().orElseThrow();
      ActionRun run = callr.actions().run(sid, ActionRunRequest.builder().put("greeting", "hi").build());
      assertThat(run.id()).hasValueSatisfying(id -> assertThat(id).startsWith("api:"));
      assertThat(callr.actions().search(ActionSearchParams.builder().name("Tour").build()).items())
          .extracting(a -> a.sid().orElseThrow()).contains(sid);
      callr.actions().delete(sid);
      assertThatThrownBy(() -> callr.actions().get(sid)).isInstanceOf(NotFoundException.class);
    }
  }

  @Test
  void audioUploadExportTasksAndBillingWork(Sandbox sandbox) {
    try (CallrV2Client callr = client(sandbox)) {
      AudioFile file = callr.audioFiles().upload(AudioFileUpload.builder().name("welcome").fileName("welcome.mp3")
          .mediaType(AudioMimeType.MPEG).content("ID3".getBytes(StandardCharsets.UTF_8)).build());
      assertThat(file.status()).contains(AudioFileStatus.PENDING_CONVERSION);
      assertThat(callr.audioFiles().get(file.sid().orElseThrow()).status()).contains(AudioFileStatus.READY);
      AudioFile empty = callr.audioFiles().create(dev.switchboard.models.callr.v2.AudioFileCreateRequest.builder()
          .name("later").build());
      assertThat(empty.status()).contains(AudioFileStatus.PENDING_CONTENT);
      String emptySid = empty.sid().orElseThrow();
      callr.audioFiles().setContent(emptySid, AudioFileUpload.builder().fileName("later.wav")
          .mediaType(AudioMimeType.WAV).content(new byte[] {1, 2, 3}).build());
      assertThat(callr.audioFiles().update(emptySid, dev.switchboard.models.callr.v2.AudioFileUpdateRequest.builder()
          .name("renamed").build()).name()).contains("renamed");
      Task task = callr.calls().export(CallsExportRequest.builder().build());
      assertThat(callr.tasks().get(task.taskId().orElseThrow()).status()).isPresent();
      assertThat(callr.billing().credit().additionalProperties()).containsKey("amount");
      assertThat(callr.system().ping().pong()).contains("pong");
    }
  }

  @Test
  void basicAndSubAccountAuthWork(Sandbox sandbox) {
    try (CallrV2Client basic = CallrV2Client.builder().basic(SandboxCredentials.CALLR_ACCOUNT_SID,
        SandboxCredentials.CALLR_API_KEY).baseUrl(sandbox.callrV2BaseUrl()).build();
        CallrV2Client sub = CallrV2Client.builder().subAccount(SandboxCredentials.CALLR_SUBACCOUNT_SID,
            SandboxCredentials.CALLR_API_KEY).baseUrl(sandbox.callrV2BaseUrl()).build()) {
      basic.sms().send(SmsSendRequest.builder().to("+33612345678").text("main").build());
      List<SmsMessage> subSms = sub.sms().search().items();
      assertThat(subSms).noneMatch(s -> s.bodyText().orElse("").equals("main"));
    }
  }
}
