package dev.switchboard.testkit.callr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/** media.*, media/library.*, media/tts.*, media/email.*, media/recording.* */
final class MediaMethods {

    static final List<String> VOICES = List.of("TTS_DE-DE_ANNA", "TTS_DE-DE_YANNICK", "TTS_EN-GB_DANIEL",
            "TTS_EN-GB_SERENA", "TTS_EN-US_JOANNA", "TTS_FR-FR_AUDREY", "TTS_FR-FR_SEBASTIEN", "TTS_FR-FR_THOMAS",
            "TTS_FR-FR_VIRGINIE");
    static final List<String> RECORDING_TYPES = List.of("CALL", "CONFERENCE", "RECORDING", "VOICEMAIL");

    private MediaMethods() {
    }

    static void register(Map<String, CallrEmulation.RpcMethod> m) {
        m.put("media.import_file_from_base64_async", c -> {
            c.p.count(1, "base64", "webhook_url");
            byte[] audio = base64(c, 0, "base64");
            String url = c.p.stringOrNull(1, "webhook_url");
            ObjectNode media = newMedia(c.d, "Imported file");
            ready(c, media, audio.length / 2000 + 1, null);
            c.d.library.put(media.get("id").asInt(), media);
            ObjectNode hook = url == null ? null : Json.obj().put("endpoint", url);
            return Json.F.textNode(AccountMethods.newJob(c, Json.obj().put("media_id", media.get("id").asInt()), hook));
        });
        m.put("media/library.create", c -> {
            c.p.count(1, "name");
            ObjectNode media = newMedia(c.d, name(c, 0));
            c.d.library.put(media.get("id").asInt(), media);
            return Json.F.numberNode(media.get("id").asInt());
        });
        m.put("media/library.get", c -> {
            c.p.count(1, "id");
            return media(c, 0).deepCopy();
        });
        m.put("media/library.get_list", c -> {
            c.p.count(0, "categories");
            List<String> categories = c.p.strings(0, "categories", true);
            ObjectNode out = Json.obj();
            for (ObjectNode media : c.d.library.values()) {
                boolean match = categories == null || categories.isEmpty();
                for (JsonNode cat : media.get("category")) {
                    match |= categories != null && categories.contains(cat.asText());
                }
                if (match) {
                    out.set(media.get("id").asText(), media.deepCopy());
                }
            }
            return out;
        });
        m.put("media/library.get_phone_id", c -> {
            c.p.count(2, "id", "country_code");
            ObjectNode media = media(c, 0);
            String cc = c.p.string(1, "country_code");
            String number = switch (cc.toUpperCase(java.util.Locale.ROOT)) {
                case "FR" -> "+33187654321";
                case "GB" -> "+442071234567";
                case "US" -> "+16467890800";
                default -> throw RpcException.invalidValue("country_code", "no recording number in " + cc);
            };
            return Json.obj().put("code", String.format("%06d", 100000 + media.get("id").asInt())).put("number", number);
        });
        m.put("media/library.set_name", c -> {
            c.p.count(2, "id", "name");
            ObjectNode media = media(c, 0);
            media.put("name", name(c, 1));
            return Json.F.booleanNode(true);
        });
        m.put("media/library.set_tags", c -> {
            c.p.count(2, "id", "tags");
            ObjectNode media = media(c, 0);
            ObjectNode tags = c.p.object(1, "tags");
            for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) tags::fields) {
                if (!e.getValue().isArray()) {
                    throw RpcException.invalidParams("tags." + e.getKey(), 1, "string[]");
                }
            }
            media.set("tags", tags.deepCopy());
            return Json.F.booleanNode(true);
        });
        m.put("media/library.set_content", c -> {
            c.p.count(3, "id", "text", "base64_audio");
            ObjectNode media = editable(c);
            String text = c.p.string(1, "text");
            byte[] audio = base64(c, 2, "base64_audio");
            media.put("content", text).putNull("voice");
            ready(c, media, audio.length / 2000 + 1, "library");
            return Json.F.booleanNode(true);
        });
        m.put("media/library.set_content_from_recording", c -> {
            c.p.count(2, "id", "recording_hash");
            ObjectNode media = editable(c);
            String hash = c.p.string(1, "recording_hash");
            ObjectNode rec = c.d.recordings.get(hash);
            if (rec == null) {
                throw RpcException.notFound("Media.Recording", hash);
            }
            ready(c, media, rec.get("duration").asInt(), "library");
            return Json.F.booleanNode(true);
        });
        m.put("media/library.set_content_from_file", c -> {
            c.p.count(2, "id", "file");
            ObjectNode media = editable(c);
            String file = c.p.string(1, "file");
            if (file.isBlank()) {
                throw RpcException.invalidValue("file", "must not be empty");
            }
            ready(c, media, 10, "library");
            return Json.F.booleanNode(true);
        });
        m.put("media/library.delete", c -> {
            c.p.count(1, "id");
            ObjectNode media = media(c, 0);
            c.d.library.remove(media.get("id").asInt());
            return Json.F.booleanNode(true);
        });
        m.put("media/tts.set_content", c -> {
            c.p.count(3, "id", "text", "voice", "options");
            ObjectNode media = editable(c);
            String text = c.p.string(1, "text");
            String voice = c.p.string(2, "voice");
            ObjectNode options = c.p.objectOrNull(3, "options");
            if (!VOICES.contains(voice)) {
                throw RpcException.invalidValue("voice", "unknown voice; see media/tts.get_voice_list");
            }
            if (options != null && options.has("rate") && !options.get("rate").canConvertToInt()) {
                throw RpcException.invalidParams("options.rate", 3, "int");
            }
            if (text.isBlank()) {
                throw RpcException.invalidValue("text", "must not be empty");
            }
            String[] parts = voice.split("_");
            media.put("content", text).put("voice", voice);
            media.putArray("language").add(parts[1].substring(0, 2).toLowerCase(java.util.Locale.ROOT) + "_"
                    + parts[1].substring(3));
            ready(c, media, Math.max(1, text.split("\\s+").length / 3), "tts");
            return Json.F.booleanNode(true);
        });
        m.put("media/tts.get_voice_list", c -> {
            c.p.count(0);
            ArrayNode out = Json.arr();
            VOICES.forEach(out::add);
            return out;
        });
        m.put("media/email.get_templates", c -> {
            c.p.count(1, "type");
            String type = c.p.string(0, "type");
            if (!type.equals("RECORD") && !type.equals("VMS")) {
                throw RpcException.invalidParams("type", 0, "\"RECORD\" | \"VMS\"");
            }
            ArrayNode out = Json.arr();
            out.add(Json.obj().put("hash", type.equals("VMS") ? "VMS00001" : "REC00001").put("name", "Default").put("type", type));
            out.add(Json.obj().put("hash", type.equals("VMS") ? "VMS00002" : "REC00002").put("name", "Minimal").put("type", type));
            return out;
        });
        // ---- media/recording (names unverified)
        m.put("media/recording.get", c -> {
            c.p.count(1, "hash");
            String hash = c.p.string(0, "hash");
            ObjectNode rec = c.d.recordings.get(hash);
            if (rec == null) {
                throw RpcException.notFound("Media.Recording", hash);
            }
            return rec.deepCopy();
        });
        m.put("media/recording.search", c -> {
            c.p.count(0, "filters", "options");
            ObjectNode f = c.p.objectOrNull(0, "filters");
            int[] opts = c.p.searchOptions(1, "options");
            List<ObjectNode> all = new ArrayList<>();
            for (ObjectNode rec : c.d.recordings.values()) {
                if (f != null) {
                    if (!eq(f, rec, "hash") || !eq(f, rec, "status") || !eq(f, rec, "type") || !eq(f, rec, "cli_number")) {
                        continue;
                    }
                    if (f.hasNonNull("read") && f.get("read").asBoolean() != rec.get("read").asBoolean()) {
                        continue;
                    }
                    if (f.hasNonNull("callid") && !f.get("callid").bigIntegerValue().equals(rec.get("callid").bigIntegerValue())) {
                        continue;
                    }
                    if (f.hasNonNull("duration_min") && rec.get("duration").asInt() < f.get("duration_min").asInt()) {
                        continue;
                    }
                }
                all.add(rec);
            }
            java.util.Collections.reverse(all);
            return Params.searchResults(all, opts);
        });
        m.put("media/recording.delete", c -> {
            c.p.count(1, "hashes");
            List<String> hashes = c.p.strings(0, "hashes", false);
            return action(c, hashes, rec -> c.d.recordings.remove(rec.get("hash").asText()));
        });
        m.put("media/recording.set_read", c -> {
            c.p.count(2, "hashes", "read");
            List<String> hashes = c.p.strings(0, "hashes", false);
            boolean read = c.p.bool(1, "read");
            return action(c, hashes, rec -> {
                rec.put("read", read);
                if (read) {
                    rec.put("date_read", c.d.nowDatetime());
                } else {
                    rec.putNull("date_read");
                }
            });
        });
        m.put("media/recording.get_overview", c -> {
            c.p.count(0);
            ObjectNode out = Json.obj();
            for (String type : RECORDING_TYPES) {
                int ready = 0;
                int read = 0;
                long size = 0;
                for (ObjectNode rec : c.d.recordings.values()) {
                    if (rec.get("type").asText().equals(type)) {
                        ready++;
                        read += rec.get("read").asBoolean() ? 1 : 0;
                        size += rec.get("file_size_total").asLong();
                    }
                }
                ObjectNode st = Json.obj();
                st.set("count", Json.obj().put("ERROR", 0).put("PROCESSING", 0).put("READY", ready).put("RECORDING", 0));
                st.set("ready", Json.obj().put("count", ready).put("read", read).put("size", size).put("unread", ready - read));
                out.set(type, st);
            }
            return out;
        });
    }

    private static boolean eq(ObjectNode filter, ObjectNode o, String field) {
        String want = Json.text(filter, field);
        return want == null || want.isEmpty() || want.equals(Json.text(o, field));
    }

    private static ObjectNode action(CallrEmulation.Call c, List<String> hashes,
                                     java.util.function.Consumer<ObjectNode> op) {
        ObjectNode out = Json.obj();
        ArrayNode errors = out.putArray("errors");
        int success = 0;
        for (String h : hashes) {
            ObjectNode rec = c.d.recordings.get(h);
            if (rec == null) {
                errors.add(Json.obj().put("code", RpcException.NOT_FOUND).put("hash", h).put("message", "NOT_FOUND"));
            } else {
                op.accept(rec);
                success++;
            }
        }
        out.put("success", success);
        return out;
    }

    private static byte[] base64(CallrEmulation.Call c, int i, String name) throws RpcException {
        String s = c.p.string(i, name);
        try {
            return Base64.getDecoder().decode(s);
        } catch (IllegalArgumentException e) {
            throw RpcException.invalidValue(name, "not valid base64");
        }
    }

    private static String name(CallrEmulation.Call c, int i) throws RpcException {
        String n = c.p.string(i, "name");
        if (n.isBlank() || n.length() > 128) {
            throw RpcException.invalidValue("name", "1..128 characters");
        }
        return n;
    }

    private static ObjectNode media(CallrEmulation.Call c, int i) throws RpcException {
        int id = c.p.integer(i, "id");
        ObjectNode media = c.d.library.get(id);
        if (media == null) {
            throw RpcException.notFound("Media.Library", id);
        }
        return media;
    }

    private static ObjectNode editable(CallrEmulation.Call c) throws RpcException {
        ObjectNode media = media(c, 0);
        if (!media.get("is_editable").asBoolean()) {
            throw RpcException.invalidValue("id", "media is not editable");
        }
        return media;
    }

    /** Marks a media READY with a duration and URL, and pushes media.library.status_update. */
    private static void ready(CallrEmulation.Call c, ObjectNode media, int duration, String kind) {
        media.put("status", "READY").put("duration", duration)
                .put("url", "https://media.sandbox.callr.invalid/library/" + media.get("hash").asText() + ".mp3");
        c.emu.emit(c.d, "media.library.status_update", media, null);
    }

    static ObjectNode newMedia(CallrData d, String name) {
        ObjectNode m = Json.obj();
        m.putArray("category");
        m.putNull("content");
        m.put("duration", 0).put("hash", d.hash()).put("id", d.nextMediaId++).put("is_editable", true);
        m.putArray("language");
        m.put("name", name).put("status", "PENDING_CONTENT");
        m.putObject("tags");
        m.putNull("url");
        m.putNull("voice");
        return m;
    }
}
