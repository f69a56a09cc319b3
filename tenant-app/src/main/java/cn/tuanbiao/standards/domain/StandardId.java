package cn.tuanbiao.standards.domain;

import java.util.Objects;
import java.util.UUID;

/** A group-standard project, from proposal to withdrawal. */
public record StandardId(UUID value) {

    public StandardId {
        Objects.requireNonNull(value, "standard id");
    }

    public static StandardId of(String value) {
        return new StandardId(UUID.fromString(value));
    }

    public static StandardId random() {
        return new StandardId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
