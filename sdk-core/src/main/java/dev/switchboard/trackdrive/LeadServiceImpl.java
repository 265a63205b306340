package dev.switchboard.trackdrive;

import dev.switchboard.core.http.HttpTransport;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.RequestOptions;
import dev.switchboard.core.http.ApiRequest;
import dev.switchboard.core.http.ApiResponse;
import dev.switchboard.core.http.ResponseHandler;
import dev.switchboard.core.paging.Paging;
import dev.switchboard.models.Checks;
import dev.switchboard.models.json.LenientLists;
import dev.switchboard.models.trackdrive.Lead;
import dev.switchboard.models.trackdrive.LeadCreateRequest;
import dev.switchboard.models.trackdrive.LeadList;
import dev.switchboard.models.trackdrive.LeadListParams;
import dev.switchboard.models.trackdrive.LeadUpdateRequest;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;

/** {@link LeadService} over the client's single invoke path. */
final class LeadServiceImpl implements LeadService {
  /** TrackDrive's documented {@code per_page} default. */
  static final int DEFAULT_PER_PAGE = 25;
  private static final String LEADS = "leads";
  private static final TypeReference<List<Lead>> LEAD_LIST = new TypeReference<>() {};

  private final HttpTransport transport;

  LeadServiceImpl(HttpTransport transport) {
    this.transport = transport;
  }

  @Override
  public LeadPage list(LeadListParams params, RequestOptions options) {
    return transport.execute(listRequest(params, options), listHandler(params, options));
  }

  @Override
  public CompletableFuture<LeadPage> listAsync(LeadListParams params, RequestOptions options) {
    return transport.executeAsync(listRequest(params, options), listHandler(params, options));
  }

  @Override
  public Lead create(LeadCreateRequest request, RequestOptions options) {
    return transport.execute(createRequest(request, options), LeadServiceImpl::readLead);
  }

  @Override
  public CompletableFuture<Lead> createAsync(LeadCreateRequest request, RequestOptions options) {
    return transport.executeAsync(createRequest(request, options), LeadServiceImpl::readLead);
  }

  @Override
  public Lead update(String uuid, LeadUpdateRequest request, RequestOptions options) {
    return transport.execute(updateRequest(uuid, request, options), LeadServiceImpl::readLead);
  }

  @Override
  public CompletableFuture<Lead> updateAsync(String uuid, LeadUpdateRequest request, RequestOptions options) {
    return transport.executeAsync(updateRequest(uuid, request, options), LeadServiceImpl::readLead);
  }

  @Override
  public Lead get(String idOrUuid, RequestOptions options) {
    return transport.execute(getRequest(idOrUuid, options), LeadServiceImpl::readLead);
  }

  @Override
  public CompletableFuture<Lead> getAsync(String idOrUuid, RequestOptions options) {
    return transport.executeAsync(getRequest(idOrUuid, options), LeadServiceImpl::readLead);
  }

  // ---- requests

  private static ApiRequest listRequest(LeadListParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    ApiRequest.Builder b = ApiRequest.builder().method("GET").path(LEADS).operation("leads.list")
        .idempotent(true).options(Objects.requireNonNull(options, "options"));
    params.toQueryParameters().forEach((name, values) -> values.forEach(v -> b.query(name, v)));
    return b.build();
  }

  private static ApiRequest createRequest(LeadCreateRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    return ApiRequest.builder().method("POST").path(LEADS).jsonBody(request).operation("leads.create")
        .idempotent(false).options(Objects.requireNonNull(options, "options")).build();
  }

  private static ApiRequest updateRequest(String uuid, LeadUpdateRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    return ApiRequest.builder().method("PUT").path(LEADS, Checks.id("leads.update", "uuid", uuid)).jsonBody(request)
        .operation("leads.update").idempotent(true).options(Objects.requireNonNull(options, "options")).build();
  }

  private static ApiRequest getRequest(String idOrUuid, RequestOptions options) {
    return ApiRequest.builder().method("GET").path(LEADS, Checks.id("leads.get", "id", idOrUuid)).operation("leads.get")
        .idempotent(true).options(Objects.requireNonNull(options, "options")).build();
  }

  // ---- responses

  private ResponseHandler<LeadPage> listHandler(LeadListParams params, RequestOptions options) {
    return response -> toPage(response, params, options);
  }

  private LeadPage toPage(ApiResponse response, LeadListParams params, RequestOptions options) throws IOException {
    // read straight from the bytes (no intermediate tree): pages can hold thousands of leads
    List<Lead> leads;
    Map<String, JsonNode> metadata;
    try (JsonParser parser = response.parser()) {
      JsonToken first = parser.nextToken();
      if (first == JsonToken.START_ARRAY) {
        leads = response.mapper().readValue(parser, LEAD_LIST);
        metadata = Map.of();
      } else if (first == JsonToken.START_OBJECT) {
        LeadList list = response.mapper().readValue(parser, LeadList.class);
        leads = LenientLists.items(list.leads(), list.additionalProperties(), "leads", Lead.class,
            response.mapper());
        metadata = list.metadata();
      } else {
        throw new IOException("expected {\"leads\": [...], \"metadata\": {...}} or a JSON array of leads");
      }
    }
    int page = params.page().orElse(1);
    int perPage = params.perPage().orElse(DEFAULT_PER_PAGE);
    OptionalInt next = Paging.nextPageIfFull(page, perPage, leads.size());
    Optional<Integer> checked = Paging.checkedNext(Optional.of(page),
        next.isPresent() ? Optional.of(next.getAsInt()) : Optional.empty());
    LeadListParams nextParams = Paging.nextRequest(checked, n -> params.toBuilder().page(n).build()).orElse(null);
    return new LeadPage(leads, metadata, page, nextParams, q -> list(q, options));
  }

  /** Reads a lead object, also when wrapped as {@code {"lead": {...}}} (the show/submit shapes are undocumented). */
  static Lead readLead(ApiResponse response) throws IOException {
    JsonNode root = response.readTree();
    if (root == null || !root.isObject()) {
      throw new IOException("expected a JSON object (a lead)");
    }
    JsonNode wrapped = root.get("lead");
    JsonNode lead = wrapped != null && wrapped.isObject() ? wrapped : root;
    return response.mapper().treeToValue(lead, Lead.class);
  }
}
