package dev.switchboard.voipbin;

import static dev.switchboard.voipbin.GroupcallServiceTest.body;
import static dev.switchboard.voipbin.GroupcallServiceTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.switchboard.core.ClientOptions;
import dev.switchboard.models.SwitchboardJson;
import dev.switchboard.models.voipbin.Address;
import dev.switchboard.models.voipbin.AddressType;
import dev.switchboard.models.voipbin.AnswerMethod;
import dev.switchboard.models.voipbin.Groupcall;
import dev.switchboard.models.voipbin.GroupcallCreateRequest;
import dev.switchboard.models.voipbin.RingMethod;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Acceptance: every body the client sends for {@code POST /groupcalls} is valid against VoIPBin's own request schema
 * (spec/voipbin-openapi.bundled.json), and the spec's response examples read into {@link Groupcall} without loss.
 *
 * <p>The request schema is validated as JSON Schema draft 4 (OpenAPI 3.0's schema dialect is a draft-4 subset) with
 * the whole {@code components} section attached, so every {@code $ref: #/components/...} resolves. OpenAPI 3.0
 * {@code nullable: true} is rewritten to a draft-4 {@code null} alternative. The test tightens objects that declare
 * {@code properties} but no {@code additionalProperties} to {@code additionalProperties: false}, so a misspelled
 * field fails instead of passing silently; {@code format: uuid} is checked too.
 */
class GroupcallOpenApiTest {
  private static final ObjectMapper MAPPER = SwitchboardJson.mapper();
  private static final JsonSchema CREATE_REQUEST = schema(VoipbinSpec.requestSchema("/groupcalls", "post"));

  @StartStop
  final MockWebServer server = new MockWebServer();

  static JsonSchema schema(JsonNode operationSchema) {
    ObjectNode root = (ObjectNode) operationSchema.deepCopy();
    root.set("components", VoipbinSpec.document().get("components").deepCopy());
    ObjectNode converted = (ObjectNode) toDraft4(root);
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(converted,
        com.networknt.schema.SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
  }

  /** OpenAPI 3.0 → draft 4: {@code nullable}, strict objects, and no vendor or {@code example} keywords. */
  static JsonNode toDraft4(JsonNode node) {
    if (node.isArray()) {
      ArrayNode a = MAPPER.createArrayNode();
      node.forEach(n -> a.add(toDraft4(n)));
      return a;
    }
    if (!node.isObject()) {
      return node;
    }
    ObjectNode out = MAPPER.createObjectNode();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> f = it.next();
      String key = f.getKey();
      if (key.startsWith("x-") || key.equals("example") || key.equals("nullable")) {
        continue;
      }
      // "properties" and "components" map names to schemas: convert the values, keep the names
      if (key.equals("properties") || key.equals("schemas") || key.equals("components")) {
        ObjectNode m = MAPPER.createObjectNode();
        f.getValue().fields().forEachRemaining(e -> m.set(e.getKey(), toDraft4(e.getValue())));
        out.set(key, m);
      } else {
        out.set(key, toDraft4(f.getValue()));
      }
    }
    if (out.has("properties") && !out.has("additionalProperties")) {
      out.put("additionalProperties", false);
    }
    if (node.path("nullable").asBoolean(false)) {
      ObjectNode nullType = MAPPER.createObjectNode().put("type", "null");
      return MAPPER.createObjectNode().set("anyOf", MAPPER.createArrayNode().add(out).add(nullType));
    }
    return out;
  }

  static Set<ValidationMessage> validate(JsonNode body) {
    return CREATE_REQUEST.validate(body);
  }

  static Stream<Arguments> createRequests() throws Exception {
    GroupcallCreateRequest base = GroupcallServiceTest.ringAll();
    return Stream.of(
        Arguments.of("ring_all", base),
        Arguments.of("linear", base.toBuilder().ringMethod(RingMethod.LINEAR).answerMethod(AnswerMethod.NONE).build()),
        Arguments.of("server defaults", base.toBuilder().ringMethod(RingMethod.NONE).build()),
        Arguments.of("flow_id", base.toBuilder().flowId(UUID.fromString("c1d2e3f4-a5b6-7890-cdef-1234567890ab"))
            .build()),
        Arguments.of("actions", base.toBuilder().actions(List.of(
            // FlowManagerAction requires "id" (the spec says so; the validator caught its absence)
            MAPPER.readTree("{\"id\":\"550e8400-e29b-41d4-a716-446655440001\",\"type\":\"talk\","
                + "\"option\":{\"text\":\"hello\",\"language\":\"en-US\"}}"),
            MAPPER.readTree("{\"id\":\"550e8400-e29b-41d4-a716-446655440002\",\"type\":\"hangup\"}")))
            .build()),
        Arguments.of("every address type", base.toBuilder().source(Address.builder().type(AddressType.AGENT)
            .target("a1b2c3d4-e5f6-7890-1234-567890abcdef").targetName("Alice").name("desk").detail("d").build())
            .destinations(List.of(Address.builder().type(AddressType.EXTENSION).target("2001").targetName("bob")
                .build(), Address.builder().type(AddressType.CONFERENCE).target(UUID.randomUUID().toString())
                .build(), Address.builder().type(AddressType.LINE).target("+14155550199").build()))
            .build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("createRequests")
  void everyCreateBodyTheClientSendsIsValidAgainstTheSpec(String name, GroupcallCreateRequest request)
      throws Exception {
    server.enqueue(json(VoipbinSpec.groupcallExample()));
    try (VoipbinClient client = VoipbinClient.builder().token("t").baseUrl(server.url("/v1.0").toString())
        .clientOptions(ClientOptions.builder().maxRetries(0).build()).build()) {
      client.groupcalls().create(request);
    }
    JsonNode sent = MAPPER.readTree(body(server.takeRequest()));

    assertThat(validate(sent)).as("%s: %s", name, sent).isEmpty();
  }

  @Test
  void theValidatorRejectsWhatTheSpecForbids() throws Exception {
    ObjectNode valid = (ObjectNode) MAPPER.readTree(MAPPER.writeValueAsString(GroupcallServiceTest.ringAll()));
    assertThat(validate(valid)).isEmpty();

    assertThat(validate(valid.deepCopy().without("ring_method"))).isNotEmpty();
    assertThat(validate(valid.deepCopy().put("ring_method", "round_robin"))).isNotEmpty();
    assertThat(validate(valid.deepCopy().put("flow_id", "not-a-uuid"))).isNotEmpty();
    assertThat(validate(valid.deepCopy().put("ringmethod", "ring_all"))).isNotEmpty();
    assertThat(validate(valid.deepCopy().set("actions", MAPPER.createArrayNode()))).isNotEmpty();
    ObjectNode badAddress = valid.deepCopy();
    ((ObjectNode) badAddress.get("source")).set("type", TextNode.valueOf("endpoint"));
    assertThat(validate(badAddress)).isNotEmpty();
  }

  @Test
  void theSpecsGroupcallExampleReadsWithoutLoss() throws Exception {
    ObjectNode example = VoipbinSpec.groupcallExample();
    // the example sets every documented property
    assertThat(iterable(example.fieldNames())).containsExactlyInAnyOrderElementsOf(
        iterable(VoipbinSpec.at("/components/schemas/CallManagerGroupcall/properties").fieldNames()));

    Groupcall g = MAPPER.treeToValue(example, Groupcall.class);
    JsonNode reencoded = MAPPER.valueToTree(g);

    assertThat(g.additionalProperties()).isEmpty();
    assertThat(normalise(reencoded)).isEqualTo(normalise(example));
    // the one documented normalisation: timestamps are written as Go does today (RFC 3339, zeros trimmed)
    assertThat(example.get("tm_create").asText()).isEqualTo("2026-01-15T09:30:00.000000Z");
    assertThat(reencoded.get("tm_create").asText()).isEqualTo("2026-01-15T09:30:00Z");
    // and the re-encoded object is itself valid against the response schema
    assertThat(schema(VoipbinSpec.responseSchema("/groupcalls/{id}", "get")).validate(reencoded)).isEmpty();
  }

  @Test
  void legacySentinelTimestampsReadAsAbsent() throws Exception {
    ObjectNode example = VoipbinSpec.groupcallExample();
    example.put("tm_update", "9999-01-01 00:00:00.000000").put("tm_delete", "9999-01-01T00:00:00.000000Z");

    Groupcall g = MAPPER.treeToValue(example, Groupcall.class);

    assertThat(g.tmUpdate()).isEmpty();
    assertThat(g.tmDelete()).isEmpty();
    assertThat(g.tmCreate()).contains(Instant.parse("2026-01-15T09:30:00Z"));
  }

  @Test
  void theSpecsErrorExampleIsReadByTheParser() {
    ObjectNode error = VoipbinSpec.errorExample("NOT_FOUND");
    assertThat(VoipbinErrorParser.instance().parse(404, okhttp3.Headers.of(), error.toString().getBytes()))
        .hasValueSatisfying(e -> {
          assertThat(e.code()).contains(error.at("/error/reason").asText());
          assertThat(e.requestId()).contains("req_ABCDEF0123456789");
        });
  }

  private static JsonNode normalise(JsonNode groupcall) {
    ObjectNode n = groupcall.deepCopy();
    for (String tm : List.of("tm_create", "tm_update", "tm_delete")) {
      if (n.hasNonNull(tm)) {
        n.put(tm, Instant.parse(n.get(tm).asText()).toString());
      }
    }
    return n;
  }

  private static List<String> iterable(Iterator<String> it) {
    List<String> out = new java.util.ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }
}
