package dev.switchboard.examples;

import dev.switchboard.core.ClientOptions;
import dev.switchboard.core.errors.AuthenticationException;
import dev.switchboard.core.errors.ConflictException;
import dev.switchboard.core.errors.InternalServerException;
import dev.switchboard.models.telmetrics.Group;
import dev.switchboard.models.telmetrics.GroupCreateRequest;
import dev.switchboard.models.telmetrics.GroupListParams;
import dev.switchboard.models.telmetrics.GroupTimeZone;
import dev.switchboard.models.telmetrics.GroupUpdateRequest;
import dev.switchboard.models.trackdrive.Lead;
import dev.switchboard.models.trackdrive.LeadColumn;
import dev.switchboard.models.trackdrive.LeadCreateRequest;
import dev.switchboard.models.trackdrive.LeadListParams;
import dev.switchboard.models.trackdrive.LeadSerializer;
import dev.switchboard.models.trackdrive.LeadUpdateRequest;
import dev.switchboard.telmetrics.GroupPage;
import dev.switchboard.telmetrics.TelmetricsClient;
import dev.switchboard.testkit.Fault;
import dev.switchboard.testkit.Sandbox;
import dev.switchboard.testkit.SandboxCredentials;
import dev.switchboard.testkit.SandboxExtension;
import dev.switchboard.testkit.telmetrics.TelmetricsEmulation;
import dev.switchboard.testkit.trackdrive.TrackdriveEmulation;
import dev.switchboard.trackdrive.LeadPage;
import dev.switchboard.trackdrive.TrackdriveClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The TrackDrive and Telmetrics clients against the in-process sandbox emulations, and their tour sections. */
class TrackdriveTelmetricsSandboxTest {

    @RegisterExtension
    static final SandboxExtension SANDBOX = new SandboxExtension(() -> Sandbox.builder().seed(7));

    private static ClientOptions fastRetries() {
        return ClientOptions.builder().initialRetryDelay(Duration.ofMillis(1)).maxRetryDelay(Duration.ofMillis(5))
                .build();
    }

    private static TrackdriveClient trackdrive(Sandbox sandbox) {
        return TrackdriveClient.builder().baseUrl(sandbox.trackdriveBaseUrl()).clientOptions(fastRetries())
                .keys(SandboxCredentials.TRACKDRIVE_PUBLIC_KEY, SandboxCredentials.TRACKDRIVE_PRIVATE_KEY).build();
    }

    private static TelmetricsClient telmetrics(Sandbox sandbox) {
        return TelmetricsClient.builder().baseUrl(sandbox.telmetricsBaseUrl()).clientOptions(fastRetries())
                .organizationToken(SandboxCredentials.TELMETRICS_TOKEN).build();
    }

    @Test
    void trackdriveLeadsEndToEnd() {
        Sandbox sandbox = SANDBOX.sandbox();
        try (TrackdriveClient td = trackdrive(sandbox)) {
            LeadPage page = td.leads().list(LeadListParams.builder().serializer(LeadSerializer.LEAD_GRID)
                    .addColumns(LeadColumn.ID, LeadColumn.UUID, LeadColumn.CALLER_ID, LeadColumn.CREATED_AT)
                    .perPage(100).build());
            assertThat(page.items()).hasSize(100);
            assertThat(page.metadata()).isNotEmpty();
            Lead sparse = page.items().get(0);
            assertThat(sparse.id()).isPresent();
            assertThat(sparse.uuid()).isPresent();
            assertThat(sparse.callerId()).isPresent();
            assertThat(sparse.createdAt()).isPresent();
            assertThat(sparse.email()).isEmpty();
            assertThat(sparse.additionalProperties()).isEmpty();

            int before = sandbox.requests("/trackdrive").size();
            long all = td.leads().list(LeadListParams.builder().perPage(100).root(false).build())
                    .autoPager().stream().count();
            int requests = sandbox.requests("/trackdrive").size() - before;
            assertThat(all).isEqualTo(TrackdriveEmulation.SEEDED_LEADS);
            // 50 full pages, then the empty 51st ends the iteration (no total: a full last page needs one more)
            assertThat(requests).isEqualTo(TrackdriveEmulation.SEEDED_LEADS / 100 + 1);

            Lead created = td.leads().create(LeadCreateRequest.builder().leadToken(TrackdriveEmulation.LEAD_TOKEN)
                    .callerId("+15551230000").putLeadToken("first_name", "Ada").build());
            assertThat(created.data().orElseThrow().get("first_name").asText()).isEqualTo("Ada");
            Lead updated = td.leads().update(created.uuid().orElseThrow(),
                    LeadUpdateRequest.builder().optOut(true).build());
            assertThat(updated.optOut()).contains(true);
            assertThat(td.leads().get(created.uuid().orElseThrow()).optOut()).contains(true);
            assertThat(td.leads().get(String.valueOf(created.id().orElseThrow())).uuid()).isEqualTo(created.uuid());
        }
    }

    @Test
    void trackdriveCreateNeedsOnlyTheLeadToken() {
        Sandbox sandbox = SANDBOX.sandbox();
        try (TrackdriveClient keyless = TrackdriveClient.builder().baseUrl(sandbox.trackdriveBaseUrl()).build()) {
            Lead lead = keyless.leads().create(LeadCreateRequest.builder().leadToken(TrackdriveEmulation.LEAD_TOKEN)
                    .callerId("+15551239999").build());
            assertThat(lead.uuid()).isPresent();
            assertThatThrownBy(() -> keyless.leads().list()).isInstanceOf(AuthenticationException.class)
                    .satisfies(e -> assertThat(((AuthenticationException) e).rawBody()).contains("Unauthorized"));
        }
    }

    @Test
    void createIsNotRetriedAfter503ButListIs() {
        Sandbox sandbox = SANDBOX.sandbox();
        try (TrackdriveClient td = trackdrive(sandbox); TelmetricsClient tm = telmetrics(sandbox)) {
            sandbox.faults().enqueue(Fault.status(503).onPath(sandbox.trackdriveBaseUrl() + "/leads"));
            assertThatThrownBy(() -> td.leads().create(LeadCreateRequest.builder()
                    .leadToken(TrackdriveEmulation.LEAD_TOKEN).callerId("+15551238888").build()))
                    .isInstanceOf(InternalServerException.class);
            sandbox.faults().enqueue(Fault.status(503).onPath(sandbox.trackdriveBaseUrl() + "/leads"));
            assertThat(td.leads().list().items()).hasSize(25);

            sandbox.faults().enqueue(Fault.status(503).onPath(sandbox.telmetricsBaseUrl() + "/groups"));
            assertThatThrownBy(() -> tm.groups().create(GroupCreateRequest.builder().name("x")
                    .timeZone(GroupTimeZone.EASTERN).build())).isInstanceOf(InternalServerException.class);
            sandbox.faults().enqueue(Fault.status(503).onPath(sandbox.telmetricsBaseUrl() + "/groups"));
            assertThat(tm.groups().list().items()).hasSize(TelmetricsEmulation.SEEDED_GROUPS);
        }
    }

    @Test
    void telmetricsGroupsEndToEnd() {
        Sandbox sandbox = SANDBOX.sandbox();
        try (TelmetricsClient tm = telmetrics(sandbox)) {
            Group created = tm.groups().create(GroupCreateRequest.builder().name("Sandbox test group")
                    .timeZone(GroupTimeZone.CENTRAL).build());
            long id = created.id().orElseThrow();
            assertThat(tm.groups().get(id).name()).contains("Sandbox test group");
            assertThat(tm.groups().update(id, GroupUpdateRequest.builder().timeZone(GroupTimeZone.MOUNTAIN).build())
                    .timeZone()).contains(GroupTimeZone.MOUNTAIN);
            assertThatThrownBy(() -> tm.groups().create(GroupCreateRequest.builder().name("Sandbox test group")
                    .timeZone(GroupTimeZone.CENTRAL).build()))
                    .isInstanceOf(ConflictException.class)
                    .satisfies(e -> assertThat(((ConflictException) e).errorMessage()).isPresent());

            int before = sandbox.requests("/telmetrics").size();
            GroupPage first = tm.groups().list(GroupListParams.builder().pageSize(100).build());
            long total = first.total().orElseThrow();
            assertThat(total).isEqualTo(TelmetricsEmulation.SEEDED_GROUPS + 1);
            assertThat(first.autoPager().stream().count()).isEqualTo(total);
            int requests = sandbox.requests("/telmetrics").size() - before;
            assertThat(requests).as("first page + pages 2..3, never a 4th").isEqualTo(1 + 2);
        }
    }

    @Test
    void tourSectionsPassAgainstTheSandbox() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Tour.run(new String[]{"--only", "trackdrive,telmetrics"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of());
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(code).as(text + err).isZero();
        assertThat(text).contains("TrackDrive: leads", "Telmetrics: number groups", "opt_out=true",
                "root=false -> 5 leads", "1000 leads in 10 pages", "listed 251 groups in 3 pages", "all passed");
        assertThat(text).doesNotContain(SandboxCredentials.TRACKDRIVE_PRIVATE_KEY)
                .doesNotContain(SandboxCredentials.TELMETRICS_TOKEN);
    }
}
