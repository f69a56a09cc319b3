package cn.tuanbiao.console.alliance.domain;

import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.tenancy.TenantId;

import java.time.Instant;
import java.util.UUID;

/**
 * An expert of the alliance's shared pool (ORG-5): nominated by a council member for a member
 * organization, admitted or declined by the secretariat once; {@code invitations} counts the
 * reviews of members the expert was invited to.
 */
public record Expert(UUID id, TenantId member, String memberName, String name, String field, String title,
                     ExpertStatus status, String nominatedByName, Instant nominatedAt, Instant decidedAt,
                     int invitations) {

    /** Each council member nominates at most this many experts (declined nominations not counted), ORG-5. */
    public static final int NOMINATIONS_PER_COUNCIL_MEMBER = 2;

    /** Refuses a nomination beyond the council member's quota (ORG-5). */
    public static void requireQuota(int activeNominations) {
        if (activeNominations >= NOMINATIONS_PER_COUNCIL_MEMBER) {
            throw new InvalidInputException(FieldProblem.of("name", "ORG-5", "alliance.expert.quota",
                    NOMINATIONS_PER_COUNCIL_MEMBER));
        }
    }

    /** The status after the secretariat's decision; only a pending nomination is decided, once. */
    public ExpertStatus decide(boolean admit) {
        if (status != ExpertStatus.NOMINATED) {
            throw new InvalidInputException(FieldProblem.of("decision", "ORG-5", "alliance.expert.alreadyDecided"));
        }
        return admit ? ExpertStatus.ADMITTED : ExpertStatus.DECLINED;
    }

    /** Only an admitted expert can be invited to a review (ORG-5). */
    public Expert requireAdmitted() {
        if (status != ExpertStatus.ADMITTED) {
            throw new InvalidInputException(FieldProblem.of("expert", "ORG-5", "alliance.expert.notAdmitted"));
        }
        return this;
    }
}
