package cn.tuanbiao.console.alliance.domain;

import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.Problems;
import cn.tuanbiao.tenancy.TenantId;

import java.time.LocalDate;

/**
 * A person of a member organization joining one of the alliance's bodies (SUP-1): which member they
 * come from, their name and position there, their role in the body and since when.
 */
public record ParticipantDraft(TenantId member, String personName, String position, ParticipantRole role,
                               LocalDate joinedOn) {

    /** The same draft, trimmed; refuses what is missing, too long, or a role the body does not have. */
    public ParticipantDraft validate(AllianceBodyKind kind) {
        Problems problems = new Problems();
        if (member == null) {
            problems.add(FieldProblem.of("member", "FORMAT", "validation.required"));
        }
        String name = problems.required("personName", personName, 100);
        String p = problems.optional("position", position, 100);
        if (role == null) {
            problems.add(FieldProblem.of("role", "FORMAT", "validation.required"));
        } else if (!role.fits(kind)) {
            problems.add(FieldProblem.of("role", "SUP-1", "alliance.body.roleNotOfKind." + kind.name()));
        }
        if (joinedOn == null) {
            problems.add(FieldProblem.of("joinedOn", "FORMAT", "validation.required"));
        }
        problems.throwIfAny();
        return new ParticipantDraft(member, name, p, role, joinedOn);
    }
}
