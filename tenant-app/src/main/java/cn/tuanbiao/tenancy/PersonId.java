package cn.tuanbiao.tenancy;

import java.util.Objects;
import java.util.UUID;

/** A person who signs in (a row of the platform-level {@code users} table). */
public record PersonId(UUID value) {

    public PersonId {
        Objects.requireNonNull(value, "person id");
    }

    public static PersonId of(String value) {
        return new PersonId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
