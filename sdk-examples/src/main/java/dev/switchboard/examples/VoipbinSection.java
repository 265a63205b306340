package dev.switchboard.examples;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.core.errors.NotFoundException;
import dev.switchboard.core.paging.Page;
import dev.switchboard.models.voipbin.Address;
import dev.switchboard.models.voipbin.AddressType;
import dev.switchboard.models.voipbin.AnswerMethod;
import dev.switchboard.models.voipbin.Groupcall;
import dev.switchboard.models.voipbin.GroupcallCreateRequest;
import dev.switchboard.models.voipbin.GroupcallListParams;
import dev.switchboard.models.voipbin.GroupcallStatus;
import dev.switchboard.models.voipbin.RingMethod;
import dev.switchboard.voipbin.GroupcallService;
import dev.switchboard.voipbin.VoipbinClient;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * VoIPBin: ring two endpoints at once, follow the groupcall to its hangup, list every groupcall with the auto-pager
 * and show a typed error. Runs against the sandbox, or a real server given with {@code --voipbin-url} and
 * {@code --voipbin-token} (or {@code --voipbin-accesskey}).
 */
final class VoipbinSection implements TourSection {

    @Override
    public String provider() {
        return Provider.VOIPBIN.id();
    }

    @Override
    public String title() {
        return "VoIPBin: ring a group";
    }

    /** The client for this tour run: the sandbox's or the live server's base URL and credentials. */
    static VoipbinClient client(TourContext ctx) {
        VoipbinClient.Builder b = VoipbinClient.builder().baseUrl(ctx.baseUrl(Provider.VOIPBIN));
        Optional<String> token = ctx.credential(Provider.VOIPBIN, "token");
        Optional<String> accessKey = ctx.credential(Provider.VOIPBIN, "accesskey");
        if (token.isPresent()) {
            b.token(token.get());
        } else if (accessKey.isPresent()) {
            b.accessKey(accessKey.get());
        } else {
            throw new IllegalStateException("VoIPBin needs --voipbin-token or --voipbin-accesskey");
        }
        return b.build();
    }

    @Override
    public void run(TourContext ctx) throws Exception {
        TourPrinter p = ctx.printer();
        try (VoipbinClient voipbin = client(ctx)) {
            GroupcallService groupcalls = voipbin.groupcalls();
            p.line("%-12s %s", "client", voipbin);

            // 1. create: ring two endpoints at once, the first to answer wins
            ObjectNode talk = JsonNodeFactory.instance.objectNode()
                    .put("id", UUID.randomUUID().toString()).put("type", "talk");
            talk.putObject("option").put("text", "Hello from the Switchboard tour").put("language", "en-US");
            GroupcallCreateRequest request = GroupcallCreateRequest.builder()
                    .source(Address.tel("+14155550100"))
                    .addDestinations(
                            Address.builder().type(AddressType.SIP).target("alice@example.com").build(),
                            Address.builder().type(AddressType.SIP).target("bob@example.com").build())
                    .ringMethod(RingMethod.RING_ALL)
                    .answerMethod(AnswerMethod.HANGUP_OTHERS)
                    .actions(List.of(talk))
                    .build();
            Groupcall created = groupcalls.create(request);
            UUID id = created.id().orElseThrow(() -> new IllegalStateException("created groupcall has no id"));
            p.line("created    %s status=%s ring_method=%s calls=%d", id, status(created),
                    created.ringMethod().map(RingMethod::raw).orElse("?"), created.callIds().size());

            // 2. get: still ringing
            Groupcall ringing = groupcalls.get(id);
            p.line("get        %s status=%s", id, status(ringing));
            expect(ringing, GroupcallStatus.Value.PROGRESSING);

            // 3. hang up, then get: hangup is final
            Groupcall hangingUp = groupcalls.hangup(id);
            p.line("hangup     %s status=%s", id, status(hangingUp));
            Groupcall done = groupcalls.get(id);
            p.line("get        %s status=%s (final: %s)", id, status(done), done.hasHungUp());
            expect(done, GroupcallStatus.Value.HANGUP);

            // 4. list every groupcall with the auto-pager, 10 per page
            AtomicInteger pages = new AtomicInteger();
            Page<Groupcall> first = groupcalls.list(GroupcallListParams.builder().pageSize(10).build());
            long count = new CountingPage<>(first, pages).autoPager().stream().count();
            p.line("list       %d groupcalls in %d page requests of up to 10", count, pages.get());

            // 5. a typed error: an unknown id is a NotFoundException carrying VoIPBin's reason and request id
            UUID unknown = UUID.fromString("00000000-0000-4000-8000-000000000404");
            try {
                groupcalls.get(unknown);
                throw new IllegalStateException("expected a 404 for " + unknown);
            } catch (NotFoundException e) {
                p.line("get        %s -> %s HTTP %d %s request-id=%s", unknown, e.getClass().getSimpleName(),
                        e.statusCode(), e.errorCode().orElse("?"), e.requestId().orElse("(none)"));
            }
        }
    }

    private static String status(Groupcall g) {
        return g.status().map(GroupcallStatus::raw).orElse("?");
    }

    private static void expect(Groupcall g, GroupcallStatus.Value value) {
        if (g.status().map(GroupcallStatus::value).orElse(null) != value) {
            throw new IllegalStateException("expected status " + value + ", got " + status(g));
        }
    }

    /** Counts the page requests the auto-pager makes (the first page included). */
    private static final class CountingPage<T> implements Page<T> {
        private final Page<T> page;
        private final AtomicInteger pages;

        CountingPage(Page<T> page, AtomicInteger pages) {
            this.page = page;
            this.pages = pages;
            pages.incrementAndGet();
        }

        @Override
        public List<T> items() {
            return page.items();
        }

        @Override
        public boolean hasNextPage() {
            return page.hasNextPage();
        }

        @Override
        public Page<T> nextPage() {
            return new CountingPage<>(page.nextPage(), pages);
        }
    }
}
