package cn.tuanbiao.console.alliance.domain;

import java.util.EnumSet;
import java.util.Set;

/**
 * A person's role in one of the alliance's bodies (SUP-1): a committee has its 主任委员, 副主任委员, 委员
 * and 秘书; a working group its 组长, 成员 and 秘书.
 */
public enum ParticipantRole {
    CHAIR(EnumSet.of(AllianceBodyKind.COMMITTEE), true),
    VICE_CHAIR(EnumSet.of(AllianceBodyKind.COMMITTEE), false),
    COMMITTEE_MEMBER(EnumSet.of(AllianceBodyKind.COMMITTEE), false),
    LEADER(EnumSet.of(AllianceBodyKind.WORKING_GROUP), true),
    GROUP_MEMBER(EnumSet.of(AllianceBodyKind.WORKING_GROUP), false),
    SECRETARY(EnumSet.allOf(AllianceBodyKind.class), false);

    private final Set<AllianceBodyKind> kinds;
    private final boolean head;

    ParticipantRole(Set<AllianceBodyKind> kinds, boolean head) {
        this.kinds = kinds;
        this.head = head;
    }

    /** Whether a body of this kind has this role. */
    public boolean fits(AllianceBodyKind kind) {
        return kinds.contains(kind);
    }

    /** The one head of a body (主任委员, 组长): at most one at a time. */
    public boolean head() {
        return head;
    }

    /** The roles a body of this kind has, in order. */
    public static java.util.List<ParticipantRole> of(AllianceBodyKind kind) {
        return java.util.Arrays.stream(values()).filter(r -> r.fits(kind)).toList();
    }
}
