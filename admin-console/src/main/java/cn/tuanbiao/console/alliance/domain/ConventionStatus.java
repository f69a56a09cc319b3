package cn.tuanbiao.console.alliance.domain;

import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A member organization's standing with the alliance's convention: the latest version published,
 * and the latest version the member accepted (and when, by whom).
 */
public record ConventionStatus(Optional<Convention> latest, OptionalInt accepted, Instant acceptedAt,
                               String acceptedByName) {

    /** Whether the member has accepted the latest version. */
    public boolean upToDate() {
        return latest.isPresent() && accepted.isPresent() && accepted.getAsInt() == latest.get().version();
    }

    /**
     * The version a member may accept: only the latest one, once (SUP-1); an older version or
     * one accepted already is refused, naming the field and the rule.
     */
    public int requireAcceptable(int version) {
        if (latest.isEmpty() || latest.get().version() != version) {
            throw new InvalidInputException(FieldProblem.of("version", "SUP-1", "alliance.convention.notLatest", version));
        }
        if (upToDate()) {
            throw new InvalidInputException(FieldProblem.of("version", "SUP-1", "alliance.convention.alreadyAccepted",
                    version));
        }
        return version;
    }
}
