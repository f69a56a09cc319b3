package cn.tuanbiao.members.domain;

import java.util.Objects;
import java.util.UUID;

/** A member unit or individual expert in an organization's register. */
public record MemberId(UUID value) {

    public MemberId {
        Objects.requireNonNull(value, "member id");
    }

    public static MemberId random() {
        return new MemberId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
