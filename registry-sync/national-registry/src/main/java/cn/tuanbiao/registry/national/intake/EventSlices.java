package cn.tuanbiao.registry.national.intake;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Each event's own bytes in a canonical batch body, and those of its declaration or profile. RFC 8785
 * is recursive, so a part of a canonical body is canonical as it stands: the registry stores and
 * hashes the very bytes the deployment signed, without serializing anything again (one streaming
 * pass instead of two canonicalizations per event).
 */
final class EventSlices {

    private static final JsonFactory JSON = new JsonFactory();

    /** One event's canonical JSON and, by member name, its object-valued members (declaration, profile …). */
    record Slice(String event, Map<String, String> members) {
    }

    private EventSlices() {
    }

    /** The slices of {@code body}'s {@code events}, in order; the body must already be known canonical. */
    static List<Slice> of(byte[] body) {
        List<Slice> slices = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(body)) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                boolean events = "events".equals(parser.currentName());
                if (parser.nextToken() == JsonToken.START_ARRAY && events) {
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        slices.add(event(parser, body));
                    }
                } else {
                    parser.skipChildren();
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("not a batch: " + e.getMessage(), e);
        }
        return slices;
    }

    private static Slice event(JsonParser parser, byte[] body) throws IOException {
        int start = (int) parser.currentTokenLocation().getByteOffset();
        Map<String, String> members = new HashMap<>(2);
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            int valueStart = (int) parser.currentTokenLocation().getByteOffset();
            parser.skipChildren();
            if (value == JsonToken.START_OBJECT) {
                members.put(name, text(body, valueStart, (int) parser.currentLocation().getByteOffset()));
            }
        }
        return new Slice(text(body, start, (int) parser.currentLocation().getByteOffset()), members);
    }

    private static String text(byte[] body, int from, int to) {
        return new String(body, from, to - from, StandardCharsets.UTF_8);
    }
}
