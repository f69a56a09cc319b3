package cn.tuanbiao.ballots.domain;

import java.util.Objects;
import java.util.UUID;

/** One ballot on a standard in technical review (PART-2). */
public record BallotId(UUID value) {

    public BallotId {
        Objects.requireNonNull(value, "ballot id");
    }

    public static BallotId random() {
        return new BallotId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
