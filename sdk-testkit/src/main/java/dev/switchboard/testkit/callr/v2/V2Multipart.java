package dev.switchboard.testkit.callr.v2;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A minimal {@code multipart/form-data} reader (RFC 7578) for the audio-file uploads. */
final class V2Multipart {

    /** One part: its form name, optional file name and content type, and its bytes. */
    record Part(String name, String filename, String contentType, byte[] data) {
        String text() {
            return new String(data, StandardCharsets.UTF_8);
        }
    }

    private static final Pattern BOUNDARY = Pattern.compile("boundary=(\"([^\"]+)\"|[^;\\s]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("[; ]name=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern FILENAME = Pattern.compile("filename=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

    private V2Multipart() {
    }

    /** The parts by form name (the first of each name); 400 if the body is not multipart with the declared boundary. */
    static Map<String, Part> parse(String contentTypeHeader, byte[] body) throws V2Error {
        Matcher bm = BOUNDARY.matcher(contentTypeHeader == null ? "" : contentTypeHeader);
        if (!bm.find()) {
            throw V2Error.badBody("multipart/form-data without a boundary");
        }
        String boundary = "--" + (bm.group(2) != null ? bm.group(2) : bm.group(1));
        String all = new String(body, StandardCharsets.ISO_8859_1); // one char per byte: positions are byte offsets
        Map<String, Part> parts = new LinkedHashMap<>();
        int pos = all.indexOf(boundary);
        if (pos < 0) {
            throw V2Error.badBody("multipart body without its boundary");
        }
        while (true) {
            int start = pos + boundary.length();
            if (all.startsWith("--", start)) {
                break; // closing delimiter
            }
            start = skipCrlf(all, start);
            int next = all.indexOf("\r\n" + boundary, start);
            if (next < 0) {
                throw V2Error.badBody("unterminated multipart part");
            }
            String raw = all.substring(start, next);
            int split = raw.indexOf("\r\n\r\n");
            String headers = split < 0 ? raw : raw.substring(0, split);
            String content = split < 0 ? "" : raw.substring(split + 4);
            String name = null;
            String filename = null;
            String contentType = null;
            for (String h : headers.split("\r\n")) {
                String lower = h.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-disposition:")) {
                    Matcher n = NAME.matcher(h);
                    name = n.find() ? n.group(1) : null;
                    Matcher f = FILENAME.matcher(h);
                    filename = f.find() ? f.group(1) : null;
                } else if (lower.startsWith("content-type:")) {
                    contentType = h.substring(h.indexOf(':') + 1).trim();
                }
            }
            if (name != null) {
                parts.putIfAbsent(name, new Part(name, filename, contentType, content.getBytes(StandardCharsets.ISO_8859_1)));
            }
            pos = next + 2;
        }
        return parts;
    }

    private static int skipCrlf(String s, int i) {
        return s.startsWith("\r\n", i) ? i + 2 : i;
    }
}
