package cn.tuanbiao.standards.domain;

import cn.tuanbiao.tenancy.PersonId;

import java.util.Set;

/** Who drafts: the working group, the drafting units, and the drafters, who do not vote on their own draft (LC-3). */
public record Drafting(String workingGroup, String draftingUnits, Set<PersonId> drafters) {

    public Drafting {
        drafters = Set.copyOf(drafters);
    }
}
