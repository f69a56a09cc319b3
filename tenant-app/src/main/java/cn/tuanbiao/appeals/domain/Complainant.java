package cn.tuanbiao.appeals.domain;

import cn.tuanbiao.tenancy.PersonId;

/**
 * Who filed a case: a member signed in ({@code person}), or someone from the public known by the
 * address they proved ({@code email}). A public report may be anonymous: the organization then
 * sees neither name nor address, the platform keeps both (to answer, and for the authority).
 */
public record Complainant(PersonId person, String name, String email, String unit, boolean anonymous) {

    public boolean isMember() {
        return person != null;
    }

    /** The complainant as the organization sees them: nobody named when the report is anonymous. */
    public Complainant asSeenByTheOrganization() {
        return anonymous ? new Complainant(null, null, null, null, true) : this;
    }
}
