package cn.tuanbiao.bodies.domain;

import java.util.Objects;
import java.util.UUID;

/** A decision, coordination or drafting body of one organization. */
public record BodyId(UUID value) {

    public BodyId {
        Objects.requireNonNull(value, "body id");
    }

    public static BodyId random() {
        return new BodyId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
