package cn.tuanbiao.bodies.domain;

import java.util.Objects;
import java.util.UUID;

/** One seat in a body, held by one person for one term. */
public record SeatId(UUID value) {

    public SeatId {
        Objects.requireNonNull(value, "seat id");
    }

    public static SeatId random() {
        return new SeatId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
