package cn.tuanbiao.notifications.domain;

import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.users.domain.OrganizationRole;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Who is notified: some people, the holders of some roles, or every member, always among the
 * organization's <em>active members</em> (a person outside it is never reached, whatever a caller
 * names), optionally leaving out one person (whoever just acted). Each person is notified once,
 * however many of the criteria they meet.
 */
public record Recipients(Set<PersonId> people, Set<OrganizationRole> roles, boolean everyone, PersonId except) {

    public Recipients {
        people = Set.copyOf(people);
        roles = Set.copyOf(roles);
    }

    public static Recipients people(Collection<PersonId> people) {
        return new Recipients(Set.copyOf(people), Set.of(), false, null);
    }

    public static Recipients roles(Collection<OrganizationRole> roles) {
        return new Recipients(Set.of(), Set.copyOf(roles), false, null);
    }

    public static Recipients allMembers() {
        return new Recipients(Set.of(), Set.of(), true, null);
    }

    /** Everyone these or {@code other} select. */
    public Recipients and(Recipients other) {
        Set<PersonId> bothPeople = new HashSet<>(people);
        bothPeople.addAll(other.people);
        Set<OrganizationRole> bothRoles = new HashSet<>(roles);
        bothRoles.addAll(other.roles);
        return new Recipients(bothPeople, bothRoles, everyone || other.everyone, except != null ? except : other.except);
    }

    /** The same recipients without {@code person}. */
    public Recipients except(PersonId person) {
        return new Recipients(people, roles, everyone, person);
    }

    public boolean nobody() {
        return !everyone && people.isEmpty() && roles.isEmpty();
    }
}
