package cn.tuanbiao.members.domain;

import cn.tuanbiao.organizations.domain.CreditCode;

import java.time.LocalDate;

/**
 * An entry of the member register (ORG-4): a unit with its type, or an individual expert with
 * their affiliation; every member with the stakeholder interest it represents.
 *
 * @param creditCode the unit's unified social credit code, when it has one
 * @param leftOn     the day the member left, or null while it is a member
 */
public record RegisteredMember(MemberId id, MemberKind kind, String name, UnitType unitType, CreditCode creditCode,
                               StakeholderCategory stakeholder, boolean foreignInvested, String affiliation,
                               String expertise, String contactName, String contactPhone, LocalDate joinedOn,
                               LocalDate leftOn) {

    public boolean isCurrent(LocalDate day) {
        return !joinedOn.isAfter(day) && (leftOn == null || leftOn.isAfter(day));
    }
}
