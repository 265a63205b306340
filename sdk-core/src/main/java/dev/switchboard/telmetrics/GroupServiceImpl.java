package dev.switchboard.telmetrics;

import dev.switchboard.core.http.HttpTransport;
import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.core.RequestOptions;
import dev.switchboard.core.http.ApiRequest;
import dev.switchboard.core.http.ApiResponse;
import dev.switchboard.core.http.ResponseHandler;
import dev.switchboard.core.paging.Paging;
import dev.switchboard.models.Checks;
import dev.switchboard.models.json.LenientLists;
import dev.switchboard.models.telmetrics.Group;
import dev.switchboard.models.telmetrics.GroupCreateRequest;
import dev.switchboard.models.telmetrics.GroupList;
import dev.switchboard.models.telmetrics.GroupListParams;
import dev.switchboard.models.telmetrics.GroupUpdateRequest;
import java.io.IOException;
import java.util.Objects;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;

/** {@link GroupService} over the client's single invoke path; paths from {@link TelmetricsPaths}. */
final class GroupServiceImpl implements GroupService {
  private static final ResponseHandler<Group> GROUP = GroupServiceImpl::readGroup;

  private final HttpTransport transport;

  GroupServiceImpl(HttpTransport transport) {
    this.transport = transport;
  }

  @Override
  public Group create(GroupCreateRequest request, RequestOptions options) {
    return transport.execute(createRequest(request, options), GROUP);
  }

  @Override
  public CompletableFuture<Group> createAsync(GroupCreateRequest request, RequestOptions options) {
    return transport.executeAsync(createRequest(request, options), GROUP);
  }

  @Override
  public GroupPage list(GroupListParams params, RequestOptions options) {
    return transport.execute(listRequest(params, options), response -> toPage(response, params, options));
  }

  @Override
  public CompletableFuture<GroupPage> listAsync(GroupListParams params, RequestOptions options) {
    return transport.executeAsync(listRequest(params, options), response -> toPage(response, params, options));
  }

  @Override
  public Group get(long id, RequestOptions options) {
    return transport.execute(getRequest(id, options), GROUP);
  }

  @Override
  public CompletableFuture<Group> getAsync(long id, RequestOptions options) {
    return transport.executeAsync(getRequest(id, options), GROUP);
  }

  @Override
  public Group update(long id, GroupUpdateRequest request, RequestOptions options) {
    return transport.execute(updateRequest(id, request, options), GROUP);
  }

  @Override
  public CompletableFuture<Group> updateAsync(long id, GroupUpdateRequest request, RequestOptions options) {
    return transport.executeAsync(updateRequest(id, request, options), GROUP);
  }

  // ---- requests

  private static ApiRequest createRequest(GroupCreateRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    return ApiRequest.builder().method("POST").path(TelmetricsPaths.segments(TelmetricsPaths.CREATE_GROUP))
        .jsonBody(request).operation("groups.create").idempotent(false)
        .options(Objects.requireNonNull(options, "options")).build();
  }

  private static ApiRequest listRequest(GroupListParams params, RequestOptions options) {
    Objects.requireNonNull(params, "params");
    ApiRequest.Builder b = ApiRequest.builder().method("GET")
        .path(TelmetricsPaths.segments(TelmetricsPaths.LIST_GROUPS)).operation("groups.list").idempotent(true)
        .options(Objects.requireNonNull(options, "options"));
    params.toQueryParameters().forEach((name, values) -> values.forEach(v -> b.query(name, v)));
    return b.build();
  }

  private static ApiRequest getRequest(long id, RequestOptions options) {
    return ApiRequest.builder().method("GET").path(TelmetricsPaths.segments(TelmetricsPaths.GET_GROUP, Checks.positive("groups.get", "id", id)))
        .operation("groups.get").idempotent(true).options(Objects.requireNonNull(options, "options")).build();
  }

  private static ApiRequest updateRequest(long id, GroupUpdateRequest request, RequestOptions options) {
    Objects.requireNonNull(request, "request");
    return ApiRequest.builder().method("PUT").path(TelmetricsPaths.segments(TelmetricsPaths.UPDATE_GROUP, Checks.positive("groups.update", "id", id)))
        .jsonBody(request).operation("groups.update").idempotent(true)
        .options(Objects.requireNonNull(options, "options")).build();
  }

  // ---- responses

  private GroupPage toPage(ApiResponse response, GroupListParams params, RequestOptions options) throws IOException {
    GroupList list;
    try (com.fasterxml.jackson.core.JsonParser parser = response.parser()) {
      if (parser.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
        throw new IOException("expected {\"results\": [...], \"paging\": {...}}");
      }
      list = response.mapper().readValue(parser, GroupList.class);   // straight from the bytes, no tree
    }
    List<Group> groups = LenientLists.items(list.results(), list.additionalProperties(), "results", Group.class,
        response.mapper());
    int requestedPage = params.pageNumber().orElse(1);
    OptionalInt next = OptionalInt.empty();
    if (!groups.isEmpty()) {
      int pageNumber = list.paging().flatMap(p -> p.pageNumber()).orElse(requestedPage);
      var total = list.paging().flatMap(p -> p.total());
      var pageSize = list.paging().flatMap(p -> p.pageSize()).or(params::pageSize);
      if (total.isPresent() && pageSize.isPresent()) {
        next = Paging.nextPageByTotal(pageNumber, pageSize.get(), total.get());
      } else if (params.pageSize().isPresent()) { // no total reported: a short page is the last
        next = Paging.nextPageIfFull(pageNumber, params.pageSize().get(), groups.size());
      }
    }
    // the page number the server announces must move forward from the one sent, and must be sendable
    Optional<Integer> checked = Paging.checkedNext(Optional.of(requestedPage),
        next.isPresent() ? Optional.of(next.getAsInt()) : Optional.empty());
    GroupListParams nextParams = Paging.nextRequest(checked, n -> params.toBuilder().pageNumber(n).build())
        .orElse(null);
    return new GroupPage(groups, list.paging().orElse(null), nextParams, q -> list(q, options));
  }

  /** Reads a group object, also when wrapped as {@code {"result": {...}}} or {@code {"group": {...}}}. */
  static Group readGroup(ApiResponse response) throws IOException {
    JsonNode root = response.readTree();
    if (root == null || !root.isObject()) {
      throw new IOException("expected a JSON object (a group)");
    }
    JsonNode node = root;
    for (String wrapper : new String[] {"result", "group"}) {
      JsonNode inner = root.get(wrapper);
      if (inner != null && inner.isObject() && !root.has("id")) {
        node = inner;
        break;
      }
    }
    return response.mapper().treeToValue(node, Group.class);
  }
}
