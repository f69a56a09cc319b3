package cn.tuanbiao.ballots.domain;

import cn.tuanbiao.tenancy.PersonId;

import java.time.Instant;
import java.util.UUID;

/**
 * A vote as cast (PART-2). A voter who changes their vote casts a further revision; the latest
 * one counts, and every earlier one stays on record.
 *
 * @param castBy the voter, or the secretariat recording a meeting vote
 */
public record CastVote(UUID seat, int revision, Choice choice, String reason, PersonId castBy, Instant castAt) {
}
