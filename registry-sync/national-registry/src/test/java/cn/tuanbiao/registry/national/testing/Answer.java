package cn.tuanbiao.registry.national.testing;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;

import java.io.IOException;

/** An HTTP answer of the registry, read by dotted paths with list indexes: {@code results.0.outcome}. */
public record Answer(int status, String body, JsonMapper json) {

    public String text(String path) {
        JsonNode node = at(path);
        return node == null || node.isNull() ? null : node.isString() ? node.getStringValue() : node.coerceStringValue();
    }

    public Integer integer(String path) {
        JsonNode node = at(path);
        return node == null || node.isNull() ? null : node.getIntValue();
    }

    public int size(String path) {
        JsonNode node = at(path);
        return node == null ? 0 : node.size();
    }

    public boolean has(String path) {
        JsonNode node = at(path);
        return node != null && !node.isNull();
    }

    private JsonNode at(String path) {
        JsonNode node;
        try {
            node = json.readValue(body, JsonNode.class);
        } catch (IOException e) {
            throw new AssertionError("not JSON (" + status + "): " + body, e);
        }
        for (String part : path.split("\\.")) {
            if (node == null) {
                return null;
            }
            node = node.isArray() ? (Integer.parseInt(part) < node.size() ? node.get(Integer.parseInt(part)) : null)
                    : node.get(part);
        }
        return node;
    }

    @Override
    public String toString() {
        return status + " " + body;
    }
}
