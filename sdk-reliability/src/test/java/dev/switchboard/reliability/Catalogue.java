package dev.switchboard.reliability;

import dev.switchboard.callr.CallrClient;
import dev.switchboard.core.RequestOptions;
import dev.switchboard.models.callr.AppCreateParams;
import dev.switchboard.models.callr.DidStoreReserveParams;
import dev.switchboard.models.callr.SearchOptions;
import dev.switchboard.models.callr.SmsSendParams;
import dev.switchboard.models.callr.WebhookSubscribeParams;
import dev.switchboard.models.telmetrics.GroupCreateRequest;
import dev.switchboard.models.telmetrics.GroupListParams;
import dev.switchboard.models.telmetrics.GroupTimeZone;
import dev.switchboard.models.telmetrics.GroupUpdateRequest;
import dev.switchboard.models.trackdrive.LeadCreateRequest;
import dev.switchboard.models.trackdrive.LeadListParams;
import dev.switchboard.models.trackdrive.LeadUpdateRequest;
import dev.switchboard.models.voipbin.Address;
import dev.switchboard.models.voipbin.AnswerMethod;
import dev.switchboard.models.voipbin.GroupcallCreateRequest;
import dev.switchboard.models.voipbin.GroupcallListParams;
import dev.switchboard.models.voipbin.RingMethod;
import dev.switchboard.telmetrics.TelmetricsClient;
import dev.switchboard.trackdrive.TrackdriveClient;
import dev.switchboard.voipbin.VoipbinClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Every provider operation the suite exercises, each with the idempotency its client declares (CALLR:
 * {@code CallrMethod.of(name, idempotent, ..)}; VoIPBin, TrackDrive, Telmetrics: {@code ApiRequest.idempotent(..)}
 * in their services) and its sync and {@code ...Async} calls. CALLR is a representative set of its JSON-RPC methods
 * (sends, gets, searches, lists, the secret-bearing results and the positional-secret {@code session.refresh});
 * the other three are complete (Telmetrics has no delete in the SDK). A few operations are repeated on the clients
 * with other credential kinds: CALLR Basic, VoIPBin access key, TrackDrive token, and the short credentials.
 */
final class Catalogue {
  private static final UUID GROUPCALL_ID = UUID.fromString("0e7a5b1e-3f2a-4c1d-9b8e-7a6f5e4d3c2b");
  private static final String LEAD_UUID = "e36e2da0-0d68-4c1d-9b8e-7a6f5e4d3c2b";

  private Catalogue() {}

  static List<Operation> of(SuiteClients c) {
    List<Operation> ops = new ArrayList<>();
    callr(ops, c.callr);
    Operation smsGet = ops.get(1);
    ops.add(smsGet.renamed("[basic auth]", o -> c.callrBasic.sms().get("SMSHASH0001", o),
        o -> c.callrBasic.sms().getAsync("SMSHASH0001", o)));
    voipbin(ops, c.voipbin);
    Operation gcGet = find(ops, "groupcalls.get");
    Operation gcCreate = find(ops, "groupcalls.create");
    ops.add(gcGet.renamed("[access key]", o -> c.voipbinAccessKey.groupcalls().get(GROUPCALL_ID, o),
        o -> c.voipbinAccessKey.groupcalls().getAsync(GROUPCALL_ID, o)));
    ops.add(gcGet.withShortCredential("[token x]", o -> c.voipbinShort.groupcalls().get(GROUPCALL_ID, o),
        o -> c.voipbinShort.groupcalls().getAsync(GROUPCALL_ID, o)));
    ops.add(gcCreate.withShortCredential("[token x]", o -> c.voipbinShort.groupcalls().create(groupcall(), o),
        o -> c.voipbinShort.groupcalls().createAsync(groupcall(), o)));
    trackdrive(ops, c.trackdrive);
    Operation leadGet = find(ops, "leads.get");
    ops.add(leadGet.renamed("[token]", o -> c.trackdriveToken.leads().get(LEAD_UUID, o),
        o -> c.trackdriveToken.leads().getAsync(LEAD_UUID, o)));
    telmetrics(ops, c.telmetrics);
    Operation groupGet = find(ops, "groups.get");
    Operation groupCreate = find(ops, "groups.create");
    ops.add(groupGet.withShortCredential("[token FOUND]", o -> c.telmetricsShort.groups().get(12L, o),
        o -> c.telmetricsShort.groups().getAsync(12L, o)));
    ops.add(groupCreate.withShortCredential("[token FOUND]", o -> c.telmetricsShort.groups().create(group(), o),
        o -> c.telmetricsShort.groups().createAsync(group(), o)));
    return List.copyOf(ops);
  }

  private static Operation find(List<Operation> ops, String name) {
    return ops.stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
  }

  private static void callr(List<Operation> ops, CallrClient callr) {
    ops.add(Operation.of("callr", "sms.send", false, ValidBodies.rpc("\"SMSHASH0001\""),
        o -> callr.sms().send(sms(), o), o -> callr.sms().sendAsync(sms(), o)));
    ops.add(Operation.of("callr", "sms.get", true, ValidBodies.rpc(ValidBodies.SMS),
        o -> callr.sms().get("SMSHASH0001", o), o -> callr.sms().getAsync("SMSHASH0001", o)));
    ops.add(Operation.of("callr", "sms.search", true, ValidBodies.rpc(ValidBodies.SMS_SEARCH),
        o -> callr.sms().search(null, SearchOptions.builder().quantity(2).build(), o),
        o -> callr.sms().searchAsync(null, SearchOptions.builder().quantity(2).build(), o)));
    ops.add(Operation.of("callr", "sms.get_quote", true, ValidBodies.rpc(ValidBodies.SMS_QUOTE),
        o -> callr.sms().getQuote(sms(), o), o -> callr.sms().getQuoteAsync(sms(), o)));
    ops.add(Operation.of("callr", "apps.create", false, ValidBodies.rpc(ValidBodies.APP),
        o -> callr.apps().create(app(), o), o -> callr.apps().createAsync(app(), o)));
    ops.add(Operation.of("callr", "apps.get", true, ValidBodies.rpc(ValidBodies.APP),
        o -> callr.apps().get("APPH0001", o), o -> callr.apps().getAsync("APPH0001", o)));
    ops.add(Operation.of("callr", "webhooks.subscribe", false, ValidBodies.rpc(ValidBodies.WEBHOOK),
        o -> callr.webhooks().subscribe(webhook(), o), o -> callr.webhooks().subscribeAsync(webhook(), o)));
    ops.add(Operation.of("callr", "webhooks.get_list", true,
        ValidBodies.rpc("[" + ValidBodies.WEBHOOK + ",null]"),
        o -> callr.webhooks().getList(o), o -> callr.webhooks().getListAsync(o)));
    ops.add(Operation.of("callr", "api-key.create", false, ValidBodies.rpc(ValidBodies.API_KEY),
        o -> callr.apiKeys().create("ci", o), o -> callr.apiKeys().createAsync("ci", o)));
    ops.add(Operation.of("callr", "session.refresh", false, ValidBodies.rpc(ValidBodies.SESSION),
        o -> callr.sessions().refresh(Secrets.REFRESH_TOKEN_PARAM, o),
        o -> callr.sessions().refreshAsync(Secrets.REFRESH_TOKEN_PARAM, o)));
    ops.add(Operation.of("callr", "system.get_timestamp", true, ValidBodies.rpc("1704103200"),
        o -> callr.system().getTimestamp(o), o -> callr.system().getTimestampAsync(o)));
    ops.add(Operation.of("callr", "did/store.reserve", false, ValidBodies.rpc(ValidBodies.RESERVATION),
        o -> callr.didStore().reserve(reserve(), o), o -> callr.didStore().reserveAsync(reserve(), o)));
    ops.add(Operation.of("callr", "jobs.get", true, ValidBodies.rpc(ValidBodies.JOB),
        o -> callr.jobs().get("JOB0001", o), o -> callr.jobs().getAsync("JOB0001", o)));
    ops.add(Operation.of("callr", "media/library.get_list", true, ValidBodies.rpc(ValidBodies.MEDIA_LIST),
        o -> callr.mediaLibrary().getList(null, o), o -> callr.mediaLibrary().getListAsync(null, o)));
  }

  private static void voipbin(List<Operation> ops, VoipbinClient voipbin) {
    ops.add(Operation.of("voipbin", "groupcalls.create", false, ValidBodies.GROUPCALL,
        o -> voipbin.groupcalls().create(groupcall(), o), o -> voipbin.groupcalls().createAsync(groupcall(), o)));
    ops.add(Operation.of("voipbin", "groupcalls.get", true, ValidBodies.GROUPCALL,
        o -> voipbin.groupcalls().get(GROUPCALL_ID, o), o -> voipbin.groupcalls().getAsync(GROUPCALL_ID, o)));
    ops.add(Operation.of("voipbin", "groupcalls.list", true, ValidBodies.GROUPCALL_LIST,
        o -> voipbin.groupcalls().list(GroupcallListParams.builder().pageSize(2).build(), o),
        o -> voipbin.groupcalls().listAsync(GroupcallListParams.builder().pageSize(2).build(), o)));
    ops.add(Operation.of("voipbin", "groupcalls.delete", true, ValidBodies.GROUPCALL,
        o -> voipbin.groupcalls().delete(GROUPCALL_ID, o), o -> voipbin.groupcalls().deleteAsync(GROUPCALL_ID, o)));
    ops.add(Operation.of("voipbin", "groupcalls.hangup", false, ValidBodies.GROUPCALL,
        o -> voipbin.groupcalls().hangup(GROUPCALL_ID, o), o -> voipbin.groupcalls().hangupAsync(GROUPCALL_ID, o)));
  }

  private static void trackdrive(List<Operation> ops, TrackdriveClient td) {
    ops.add(Operation.of("trackdrive", "leads.list", true, ValidBodies.LEAD_LIST,
        o -> td.leads().list(LeadListParams.builder().perPage(5).build(), o),
        o -> td.leads().listAsync(LeadListParams.builder().perPage(5).build(), o)));
    ops.add(Operation.of("trackdrive", "leads.get", true, ValidBodies.LEAD,
        o -> td.leads().get(LEAD_UUID, o), o -> td.leads().getAsync(LEAD_UUID, o)));
    ops.add(Operation.of("trackdrive", "leads.create", false, ValidBodies.LEAD,
        o -> td.leads().create(lead(), o), o -> td.leads().createAsync(lead(), o)));
    ops.add(Operation.of("trackdrive", "leads.update", true, ValidBodies.LEAD,
        o -> td.leads().update(LEAD_UUID, LeadUpdateRequest.builder().optOut(true).build(), o),
        o -> td.leads().updateAsync(LEAD_UUID, LeadUpdateRequest.builder().optOut(true).build(), o)));
  }

  private static void telmetrics(List<Operation> ops, TelmetricsClient tm) {
    ops.add(Operation.of("telmetrics", "groups.list", true, ValidBodies.GROUP_LIST,
        o -> tm.groups().list(GroupListParams.builder().pageSize(2).pageNumber(1).build(), o),
        o -> tm.groups().listAsync(GroupListParams.builder().pageSize(2).pageNumber(1).build(), o)));
    ops.add(Operation.of("telmetrics", "groups.get", true, ValidBodies.GROUP,
        o -> tm.groups().get(12L, o), o -> tm.groups().getAsync(12L, o)));
    ops.add(Operation.of("telmetrics", "groups.create", false, ValidBodies.GROUP,
        o -> tm.groups().create(group(), o), o -> tm.groups().createAsync(group(), o)));
    ops.add(Operation.of("telmetrics", "groups.update", true, ValidBodies.GROUP,
        o -> tm.groups().update(12L, GroupUpdateRequest.builder().name("Summer").build(), o),
        o -> tm.groups().updateAsync(12L, GroupUpdateRequest.builder().name("Summer").build(), o)));
  }

  private static SmsSendParams sms() {
    return SmsSendParams.builder().sender("SMS").recipient("+33612345678").text("Hello from Switchboard").build();
  }

  private static AppCreateParams app() {
    return AppCreateParams.builder().appPackage("REALTIME10").name("rt")
        .params(Map.of("url", "https://example.com/rt", "login", "rtuser")).build();
  }

  private static WebhookSubscribeParams webhook() {
    return WebhookSubscribeParams.builder().type("sms.mt.status_update").endpoint("https://example.com/hook").build();
  }

  private static DidStoreReserveParams reserve() {
    return DidStoreReserveParams.builder().areaCodeId(101).didClass("CLASSIC").quantity(1).build();
  }

  private static GroupcallCreateRequest groupcall() {
    return GroupcallCreateRequest.builder().source(Address.tel("+14155550100"))
        .addDestinations(Address.tel("+14155550101"), Address.tel("+14155550102"))
        .ringMethod(RingMethod.RING_ALL).answerMethod(AnswerMethod.HANGUP_OTHERS)
        .flowId(UUID.fromString("c1d2e3f4-a5b6-7890-cdef-1234567890ab")).build();
  }

  private static LeadCreateRequest lead() {
    return LeadCreateRequest.builder().leadToken(Secrets.LEAD_TOKEN_SENT).callerId("+15551234567")
        .putLeadToken("first_name", "Ada").build();
  }

  private static GroupCreateRequest group() {
    return GroupCreateRequest.builder().name("Spring campaign").timeZone(GroupTimeZone.EASTERN).build();
  }
}
