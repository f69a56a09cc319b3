package cn.tuanbiao.appeals.domain;

import java.util.Objects;
import java.util.UUID;

/** An appeal, complaint or dispute filed with an organization (PART-6). */
public record CaseId(UUID value) {

    public CaseId {
        Objects.requireNonNull(value, "case id");
    }

    public static CaseId random() {
        return new CaseId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
