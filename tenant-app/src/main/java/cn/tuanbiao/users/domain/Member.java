package cn.tuanbiao.users.domain;

import cn.tuanbiao.tenancy.PersonId;

import java.time.Instant;
import java.util.Set;

/** A person as an organization's user list shows them. */
public record Member(PersonId person, String email, String displayName, Set<OrganizationRole> roles, String title,
                     MembershipStatus status, Instant joinedAt) {
}
