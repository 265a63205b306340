package dev.switchboard.examples;

import dev.switchboard.callr.v2.CallrV2Client;
import dev.switchboard.callr.v2.V2SearchPage;
import dev.switchboard.models.callr.v2.ActionCreateRequest;
import dev.switchboard.models.callr.v2.ActionRun;
import dev.switchboard.models.callr.v2.ActionRunRequest;
import dev.switchboard.models.callr.v2.CallrAction;
import dev.switchboard.models.callr.v2.SmsMessage;
import dev.switchboard.models.callr.v2.SmsSearchParams;
import dev.switchboard.models.callr.v2.SmsSendRequest;
import dev.switchboard.testkit.SandboxCredentials;

/**
 * CALLR REST API v2 (preview) through {@link CallrV2Client}: send an SMS, find it by get and search, then create a
 * Callr Actions scenario and run it. Runs on the sandbox's v2 emulation; skipped when CALLR is live (v2 is a
 * preview and CALLR has no sandbox environment, so a live run would send a real SMS through an unverified API).
 */
final class CallrV2Section implements TourSection {
    private static final String TO = "+33612345678";
    private static final String SCRIPT = "defaults:\n  language: en-US\nbranches:\n  api-initiated:\n"
            + "    actions:\n      - action: log@v1\n        params:\n          message: Hello from API\n";

    @Override
    public String provider() {
        return Provider.CALLR.id();
    }

    @Override
    public String title() {
        return "CALLR v2 (preview): send an SMS and run an action";
    }

    @Override
    public void run(TourContext ctx) {
        TourPrinter p = ctx.printer();
        if (ctx.live(Provider.CALLR)) {
            p.line("skipped against a live server: the v2 section runs on the sandbox only");
            return;
        }
        try (CallrV2Client callr = CallrV2Client.builder().apiKey(SandboxCredentials.CALLR_API_KEY)
                .baseUrl(ctx.requireSandbox().callrV2BaseUrl()).build()) {
            p.kv("base URL", callr.baseUrl());
            SmsMessage sent = callr.sms().send(SmsSendRequest.builder().to(TO).text("Hello from v2").build());
            String sid = sent.sid().orElseThrow();
            p.kv("POST /sms", "sid " + sid + ", status " + sent.status().map(Object::toString).orElse("?"));
            SmsMessage read = callr.sms().get(sid);
            p.kv("GET /sms/{sid}", "status " + read.status().map(Object::toString).orElse("?"));
            V2SearchPage<SmsMessage> found = callr.sms().search(SmsSearchParams.builder().to(TO).limit(10).build());
            boolean listed = found.items().stream().anyMatch(s -> s.sid().filter(sid::equals).isPresent());
            p.kv("GET /sms?to=...", found.items().size() + " hit(s) of " + found.total().orElse(-1)
                    + (listed ? ", including " + sid : ""));
            if (!listed) {
                throw new IllegalStateException("the SMS sent was not found by search");
            }

            CallrAction action = callr.actions().create(ActionCreateRequest.builder().name("Tour greeting")
                    .script(SCRIPT).format("yaml").build());
            String actionSid = action.sid().orElseThrow();
            p.kv("POST /actions", "sid " + actionSid + ", version " + action.version().orElse("?"));
            ActionRun run = callr.actions().run(actionSid, ActionRunRequest.builder().put("caller", TO).build());
            p.kv("POST /actions/{sid}/runs", "run " + run.id().orElse("?") + ", status " + run.status().orElse("?"));
            callr.actions().delete(actionSid);
            p.kv("DELETE /actions/{sid}", "deleted");
        }
    }
}
