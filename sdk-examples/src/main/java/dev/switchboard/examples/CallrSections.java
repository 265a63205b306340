package dev.switchboard.examples;

import com.sun.net.httpserver.HttpServer;
import dev.switchboard.callr.CallrClient;
import dev.switchboard.callr.realtime.RealtimeHandler;
import dev.switchboard.callr.realtime.RtCommands;
import dev.switchboard.core.paging.AutoPager;
import dev.switchboard.core.paging.Page;
import dev.switchboard.models.SwitchboardJson;
import dev.switchboard.models.callr.Did;
import dev.switchboard.models.callr.DidAreaCode;
import dev.switchboard.models.callr.DidStoreBuyStatus;
import dev.switchboard.models.callr.DidStoreQuote;
import dev.switchboard.models.callr.DidStoreQuoteParams;
import dev.switchboard.models.callr.DidStoreReservation;
import dev.switchboard.models.callr.DidStoreReserveParams;
import dev.switchboard.models.callr.HmacAlgorithm;
import dev.switchboard.models.callr.RtResponse;
import dev.switchboard.models.callr.SearchOptions;
import dev.switchboard.models.callr.Sms;
import dev.switchboard.models.callr.SmsSendParams;
import dev.switchboard.models.callr.Webhook;
import dev.switchboard.models.callr.WebhookEvent;
import dev.switchboard.models.callr.WebhookOptions;
import dev.switchboard.models.callr.WebhookSubscribeParams;
import dev.switchboard.testkit.callr.CallrEmulation;
import dev.switchboard.webhooks.WebhookDeduplicator;
import dev.switchboard.webhooks.WebhookVerifier;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The CALLR sections of the tour; each runs against the sandbox or a live JSON-RPC server. */
final class CallrSections {
    private static final String TO = "+33612345678";

    private CallrSections() {}

    static List<TourSection> all() {
        return List.of(new SendSms(), new BuyNumber(), new SearchPaging(), new RealtimeApp(), new Webhooks());
    }

    static CallrClient client(TourContext ctx) {
        Map<String, String> c = ctx.credentials(Provider.CALLR);
        CallrClient.Builder b = CallrClient.builder().baseUrl(ctx.baseUrl(Provider.CALLR));
        if (c.get("api-key") != null) {
            b.apiKey(c.get("api-key"));
        } else if (c.get("login") != null && c.get("password") != null) {
            b.login(c.get("login"), c.get("password"));
        } else {
            throw new IllegalStateException("CALLR needs --callr-api-key or --callr-login/--callr-password");
        }
        return b.build();
    }

    static Optional<CallrEmulation> emulation(TourContext ctx) {
        if (ctx.live(Provider.CALLR)) {
            return Optional.empty();
        }
        return Optional.of(ctx.requireSandbox().callr());
    }

    abstract static class Base implements TourSection {
        @Override
        public String provider() {
            return Provider.CALLR.id();
        }
    }

    static final class SendSms extends Base {
        @Override
        public String title() {
            return "CALLR: send an SMS";
        }

        @Override
        public void run(TourContext ctx) {
            TourPrinter p = ctx.printer();
            try (CallrClient callr = client(ctx)) {
                String hash = callr.sms().send(SmsSendParams.builder().sender("SMS").recipient(TO)
                        .text("Hello from Switchboard").build());
                p.kv("sms.send", hash);
                Sms sms = callr.sms().get(hash);
                p.kv("sms.get status", sms.status().map(Object::toString).orElse("?"));
                p.kv("to / parts", sms.recipient().orElse("?") + " / " + sms.parts().map(String::valueOf).orElse("?"));
                p.kv("prepaid credit", callr.billing().getPrepaidCredit());
            }
        }
    }

    static final class BuyNumber extends Base {
        @Override
        public String title() {
            return "CALLR: buy a number";
        }

        @Override
        public void run(TourContext ctx) {
            TourPrinter p = ctx.printer();
            if (ctx.live(Provider.CALLR)) {
                p.line("skipped against a live server: buying a number costs money");
                return;
            }
            try (CallrClient callr = client(ctx)) {
                List<DidAreaCode> areaCodes = callr.didAreaCodes().getList("FR", null);
                DidAreaCode ac = areaCodes.get(0);
                p.kv("did/areacode.get_list FR", areaCodes.size() + " area codes, first " + ac.label().orElse("?")
                        + " (id " + ac.id().orElseThrow() + ")");
                DidStoreQuote quote = callr.didStore().getQuote(DidStoreQuoteParams.builder()
                        .areaCodeId(ac.id().orElseThrow()).didClass("CLASSIC").quantity(1).build());
                p.kv("did/store.get_quote", "available " + quote.available().map(String::valueOf).orElse("?")
                        + ", per month " + quote.cost().flatMap(c -> c.amountPerMonth()).map(Object::toString)
                        .orElse("?"));
                DidStoreReservation r = callr.didStore().reserve(DidStoreReserveParams.builder()
                        .areaCodeId(ac.id().orElseThrow()).quantity(1).build());
                p.kv("did/store.reserve", "token " + r.token().orElse("?") + ", expires "
                        + r.expire().map(Object::toString).orElse("?"));
                DidStoreBuyStatus bought = callr.didStore().buyOrder(r.token().orElseThrow());
                p.kv("did/store.buy_order", bought.success().map(List::size).orElse(0) + " bought, "
                        + bought.errors().map(List::size).orElse(0) + " errors");
                Page<Did> dids = callr.did().search(null, SearchOptions.builder().quantity(100).build());
                List<Did> all = dids.autoPager().stream().toList();
                p.kv("did.search", all.size() + " numbers, e.g. " + all.get(all.size() - 1).intlNumber().orElse("?"));
            }
        }
    }

    static final class SearchPaging extends Base {
        @Override
        public String title() {
            return "CALLR: search paging";
        }

        @Override
        public void run(TourContext ctx) {
            TourPrinter p = ctx.printer();
            try (CallrClient callr = client(ctx)) {
                if (!ctx.live(Provider.CALLR)) {
                    for (int i = 0; i < 60; i++) {
                        callr.sms().send(SmsSendParams.builder().sender("SMS").recipient(TO).text("paging " + i).build());
                    }
                    p.line("sent 60 SMS to the sandbox");
                }
                int before = ctx.live(Provider.CALLR) ? 0 : ctx.requireSandbox().requests().size();
                AtomicInteger pages = new AtomicInteger();
                Page<Sms> page = callr.sms().search(null, SearchOptions.builder().quantity(25).build());
                int items = 0;
                while (true) {
                    pages.incrementAndGet();
                    items += page.items().size();
                    if (!page.hasNextPage()) {
                        break;
                    }
                    page = page.nextPage();
                }
                p.kv("pages / SMS", pages.get() + " / " + items);
                AutoPager<Sms> pager = callr.sms().search(null, SearchOptions.builder().quantity(25).build())
                        .autoPager();
                p.kv("auto-pager SMS", pager.stream().count());
                if (!ctx.live(Provider.CALLR)) {
                    p.kv("requests", ctx.requireSandbox().requests().size() - before);
                }
            }
        }
    }

    static final class RealtimeApp extends Base {
        @Override
        public String title() {
            return "CALLR: a real-time app";
        }

        @Override
        public void run(TourContext ctx) throws Exception {
            TourPrinter p = ctx.printer();
            RealtimeHandler handler = RealtimeHandler.builder(req -> RtCommands.say("TTS_EN-GB_SERENA",
                    "Hello " + req.number().orElse("caller"))).budget(Duration.ofMillis(4500)).build();
            try (RealtimeAppServer server = RealtimeAppServer.start(0, handler, "rt-login", "rt-password")) {
                p.kv("listening", server.url());
                String rtRequest = "{\"app\":\"APP1\",\"callid\":18446744073709551615,\"call_status\":\"UP\","
                        + "\"command\":\"\",\"command_id\":1,\"number\":\"+33612345678\",\"request_hash\":\"RH1\","
                        + "\"variables\":{\"step\":1}}";
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5)).build();
                HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(server.url()))
                        .timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                                .encodeToString("rt-login:rt-password".getBytes()))
                        .POST(HttpRequest.BodyPublishers.ofString(rtRequest)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                RtResponse response = SwitchboardJson.mapper().readValue(r.body(), RtResponse.class);
                p.kv("HTTP", r.statusCode());
                p.kv("RT.Response command", response.command().orElse("?"));
                p.kv("params", response.params().map(Object::toString).orElse("{}"));
                p.kv("variables", response.variables().map(Object::toString).orElse("{}"));
                if (!"play".equals(response.command().orElse(""))) {
                    throw new IllegalStateException("expected a play command");
                }
            }
        }
    }

    static final class Webhooks extends Base {
        @Override
        public String title() {
            return "CALLR: webhooks";
        }

        @Override
        public void run(TourContext ctx) throws Exception {
            TourPrinter p = ctx.printer();
            String secret = "tour-secret-" + Long.toHexString(System.nanoTime());
            WebhookVerifier verifier = WebhookVerifier.callr(HmacAlgorithm.SHA256, secret);
            WebhookDeduplicator dedup = new WebhookDeduplicator();
            CompletableFuture<WebhookEvent> received = new CompletableFuture<>();
            HttpServer hook = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            hook.createContext("/hook", exchange -> {
                try (exchange) {
                    byte[] raw;
                    try (InputStream in = exchange.getRequestBody()) {
                        raw = in.readAllBytes();
                    }
                    if (!verifier.isValid(raw, name -> exchange.getRequestHeaders().getFirst(name))) {
                        exchange.sendResponseHeaders(401, -1);
                        return;
                    }
                    exchange.sendResponseHeaders(200, -1);
                    String eventId = exchange.getRequestHeaders().getFirst(WebhookVerifier.CALLR_EVENT_ID_HEADER);
                    if (eventId != null && dedup.firstDelivery(eventId)) {
                        received.complete(SwitchboardJson.mapper().readValue(raw, WebhookEvent.class));
                    }
                } catch (Exception e) {
                    received.completeExceptionally(e);
                }
            });
            hook.start();
            String endpoint = "http://127.0.0.1:" + hook.getAddress().getPort() + "/hook";
            try (CallrClient callr = client(ctx)) {
                if (ctx.live(Provider.CALLR)) {
                    p.line("live server: subscribing needs a public endpoint; listing event types only");
                    p.kv("webhooks.get_event_types", callr.webhooks().getEventTypes());
                    return;
                }
                Webhook w = callr.webhooks().subscribe(WebhookSubscribeParams.builder()
                        .type("sms.mt.status_update").endpoint(endpoint)
                        .options(WebhookOptions.builder()
                                .hmacAlgo(HmacAlgorithm.SHA256)
                                .hmacSecret(secret).build())
                        .build());
                p.kv("webhooks.subscribe", w.hash().orElse("?") + " -> " + endpoint);
                String hash = callr.sms().send(SmsSendParams.builder().sender("SMS").recipient(TO)
                        .text("webhook tour").build());
                callr.sms().get(hash); // the sandbox moves the SMS to SENT and pushes sms.mt.status_update
                WebhookEvent event = received.get(10, TimeUnit.SECONDS);
                p.kv("verified push", event.eventId().orElse("?") + " " + event.type().orElse("?"));
                Object data = event.typedData().orElse(null);
                if (data instanceof Sms) {
                    Sms sms = (Sms) data;
                    p.kv("typed event", "SMS " + sms.hash().orElse("?") + " status "
                            + sms.status().map(Object::toString).orElse("?"));
                } else {
                    p.kv("typed event", data);
                }
                callr.webhooks().unsubscribe(w.hash().orElseThrow());
            } finally {
                hook.stop(0);
            }
        }
    }
}
