package cn.tuanbiao.ballots.domain;

import cn.tuanbiao.tenancy.PersonId;

import java.util.UUID;

/**
 * One line of a ballot's list, as it stood when the ballot opened (PART-2): a voting-right holder
 * of the body, eligible, or excluded with the reason and what the exclusion rests on.
 *
 * @param person          the holder's account, or null for a holder without one
 * @param exclusion       null when eligible
 * @param exclusionDetail the drafting unit matched, or the interest the person declared, or null
 */
public record BallotVoter(UUID seat, PersonId person, String holderName, String memberName, Exclusion exclusion,
                          String exclusionDetail) {

    public boolean eligible() {
        return exclusion == null;
    }

    /**
     * Who this voter is in a {@code ReviewOutcome.Vote}: their account, or for a holder without one
     * (who can vote only in a meeting) the seat. A seat id never matches a drafter or a recused
     * person, which both need an account, so the LC-3 and PART-5 guards judge it correctly.
     */
    public PersonId voterId() {
        return person != null ? person : new PersonId(seat);
    }
}
