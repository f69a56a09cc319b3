package cn.tuanbiao.innovation.domain;

import java.util.Objects;
import java.util.UUID;

/** A centre's file at its innovation base (SUP-5). */
public record CentreFileId(UUID value) {

    public CentreFileId {
        Objects.requireNonNull(value, "centre file id");
    }

    public static CentreFileId random() {
        return new CentreFileId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
