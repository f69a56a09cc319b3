package cn.tuanbiao.ballots.domain;

import cn.tuanbiao.tenancy.PersonId;

import java.util.UUID;

/**
 * A voting-right seat held in the ballot's body on the day it opens, with what the eligibility
 * rules look at: the holder's account and the member the seat is held for.
 *
 * @param person            the holder's platform account, or null (they can then only vote in a meeting)
 * @param memberName        the name of the member unit or expert the seat is held for, or null
 * @param memberAffiliation an individual expert's affiliation (the unit they work for), or null
 */
public record SeatHolder(UUID seat, PersonId person, String holderName, String memberName, String memberAffiliation) {
}
