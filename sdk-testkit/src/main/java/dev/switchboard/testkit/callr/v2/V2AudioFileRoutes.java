package dev.switchboard.testkit.callr.v2;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.switchboard.testkit.callr.v2.V2Router.Reply;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * {@code /audio-files} (formerly the v1 media library). [C] statuses {@code pending-content},
 * {@code pending-conversion}, {@code processing}, {@code ready}, {@code error} and accepted MIME types; [I] the
 * AudioFile shape {@code {sid, name, status, mimeType, size, created, updated}} and the multipart field names
 * {@code name} and {@code file}. Content goes {@code pending-conversion} → {@code ready} on the next read.
 */
final class V2AudioFileRoutes {

    static final Set<String> MIME_TYPES = Set.of("audio/flac", "audio/mpeg", "audio/mp4", "audio/ogg", "audio/wav");
    static final Set<String> STATUSES = Set.of("pending-content", "pending-conversion", "processing", "ready", "error");

    private V2AudioFileRoutes() {
    }

    static void register(V2Router r) {
        r.add("GET", "/audio-files", V2AudioFileRoutes::search);
        r.add("POST", "/audio-files", V2AudioFileRoutes::create);
        r.add("GET", "/audio-files/{sid}", q -> Reply.ok(read(q).deepCopy()));
        r.add("PATCH", "/audio-files/{sid}", q -> {
            ObjectNode a = file(q);
            String name = q.bodyString(q.bodyOrEmpty(), "name", true, 1, 255);
            a.put("name", name).put("updated", q.world.nowText());
            return Reply.ok(a.deepCopy());
        });
        r.add("DELETE", "/audio-files/{sid}", q -> {
            ObjectNode a = file(q);
            q.account.audioFiles.remove(a.get("sid").asText());
            q.account.audioContent.remove(a.get("sid").asText());
            return Reply.noContent();
        });
        // the Rosetta table says PUT, the upload page POST [?]: both are served
        r.add("PUT", "/audio-files/{sid}/file", V2AudioFileRoutes::upload);
        r.add("POST", "/audio-files/{sid}/file", V2AudioFileRoutes::upload);
        r.add("GET", "/audio-files/{sid}/file", q -> {
            ObjectNode a = read(q);
            byte[] content = q.account.audioContent.get(a.get("sid").asText());
            if (content == null) {
                throw V2Error.notFound("audio file content", a.get("sid").asText());
            }
            return Reply.bytes(a.get("mimeType").asText(), content.clone());
        });
        r.add("PUT", "/audio-files/{sid}/phone-id", V2AudioFileRoutes::phoneId);
    }

    private static ObjectNode file(V2Request q) throws V2Error {
        return V2Json.found(q.account.audioFiles, "audio file", V2Json.sid("sid", q.path("sid")));
    }

    private static ObjectNode read(V2Request q) throws V2Error {
        ObjectNode a = file(q);
        promote(q, a);
        return a;
    }

    private static void promote(V2Request q, ObjectNode a) {
        if (a.get("status").asText().equals("pending-conversion")) {
            a.put("status", "ready").put("updated", q.world.nowText());
        }
    }

    /** [I] filters {@code name} (contains) and {@code status}; sort created|updated|name (default created). */
    private static Reply search(V2Request q) throws V2Error {
        String name = q.query("name");
        String status = V2Json.oneOf("status", q.query("status"), STATUSES);
        List<ObjectNode> all = new ArrayList<>();
        for (ObjectNode a : q.account.audioFiles.values()) {
            promote(q, a);
            if ((name == null || a.get("name").asText().toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT)))
                    && (status == null || status.equals(a.get("status").asText()))) {
                all.add(a);
            }
        }
        return Reply.ok(V2Json.page(all, q, "created",
                CallrV2Emulation.sorts("created", "created", "updated", "updated", "name", "name")));
    }

    /**
     * [C] {@code application/json} {@code {"name"}} → 201, status {@code pending-content};
     * {@code multipart/form-data} with {@code file} (and optional {@code name}, default the file name) → 201,
     * status {@code pending-conversion}. An unaccepted MIME type is a 422.
     */
    private static Reply create(V2Request q) throws V2Error {
        String sid;
        String ct = q.contentType();
        if (ct.equals("multipart/form-data")) {
            Map<String, V2Multipart.Part> parts = V2Multipart.parse(q.ex.header("Content-Type"), q.ex.body());
            V2Multipart.Part file = parts.get("file");
            if (file == null) {
                throw V2Error.invalid("file", "the multipart part 'file' is required");
            }
            V2Multipart.Part namePart = parts.get("name");
            String name = namePart != null ? namePart.text() : file.filename() != null ? file.filename() : "audio";
            sid = newFile(q, name);
            store(q, q.account.audioFiles.get(sid), file.contentType(), file.data());
        } else if (ct.equals("application/json") || ct.isEmpty()) {
            String name = q.bodyString(q.bodyOrEmpty(), "name", true, 1, 255);
            sid = newFile(q, name);
        } else {
            throw V2Error.badBody("POST /audio-files takes application/json or multipart/form-data, not " + ct);
        }
        return Reply.created(q.account.audioFiles.get(sid).deepCopy());
    }

    private static String newFile(V2Request q, String name) {
        String sid = q.account.newSid();
        ObjectNode a = V2Json.obj().put("sid", sid).put("name", name).put("status", "pending-content");
        a.putNull("mimeType");
        a.put("size", 0).put("created", q.world.nowText()).put("updated", q.world.nowText());
        q.account.audioFiles.put(sid, a);
        return sid;
    }

    private static void store(V2Request q, ObjectNode a, String contentType, byte[] data) throws V2Error {
        String mime = contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (!MIME_TYPES.contains(mime)) {
            throw V2Error.unprocessable("unsupported audio type '" + mime + "': use one of " + new java.util.TreeSet<>(MIME_TYPES));
        }
        if (data.length == 0) {
            throw V2Error.invalid("file", "is empty");
        }
        a.put("status", "pending-conversion").put("mimeType", mime).put("size", data.length)
                .put("updated", q.world.nowText());
        q.account.audioContent.put(a.get("sid").asText(), data.clone());
    }

    /** [C path, verb ?] the content as multipart ({@code file}) or as a raw {@code audio/*} body → 200 AudioFile. */
    private static Reply upload(V2Request q) throws V2Error {
        ObjectNode a = file(q);
        if (q.contentType().equals("multipart/form-data")) {
            V2Multipart.Part file = V2Multipart.parse(q.ex.header("Content-Type"), q.ex.body()).get("file");
            if (file == null) {
                throw V2Error.invalid("file", "the multipart part 'file' is required");
            }
            store(q, a, file.contentType(), file.data());
        } else {
            store(q, a, q.contentType(), q.ex.body());
        }
        return Reply.ok(a.deepCopy());
    }

    /** [C path, I shape] {@code ?country=FR} (optional) → 200 {@code {"number": "+33...", "code": "<6 digits>"}}. */
    private static Reply phoneId(V2Request q) throws V2Error {
        ObjectNode a = file(q);
        String country = q.query("country");
        String number = country == null || country.equalsIgnoreCase("FR") ? "+33188880000"
                : country.equalsIgnoreCase("GB") ? "+442080000000" : country.equalsIgnoreCase("US") ? "+12125550100" : null;
        if (number == null) {
            throw V2Error.invalid("country", "no phone-id number in '" + country + "' (FR, GB or US)");
        }
        int code = Math.floorMod(a.get("sid").asText().hashCode(), 900_000) + 100_000;
        return Reply.ok(V2Json.obj().put("number", number).put("code", String.valueOf(code)));
    }
}
