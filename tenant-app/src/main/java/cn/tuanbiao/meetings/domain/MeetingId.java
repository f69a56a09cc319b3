package cn.tuanbiao.meetings.domain;

import java.util.Objects;
import java.util.UUID;

/** A meeting of one of the organization's bodies. */
public record MeetingId(UUID value) {

    public MeetingId {
        Objects.requireNonNull(value, "meeting id");
    }

    public static MeetingId random() {
        return new MeetingId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
