package cn.tuanbiao.members.service;

import cn.tuanbiao.audit.domain.AuditEntry;
import cn.tuanbiao.audit.service.AuditTrail;
import cn.tuanbiao.members.domain.MemberApplication;
import cn.tuanbiao.members.domain.MemberId;
import cn.tuanbiao.members.domain.MemberKind;
import cn.tuanbiao.members.domain.RegisteredMember;
import cn.tuanbiao.members.domain.StakeholderCategory;
import cn.tuanbiao.members.persistence.MemberRegisterStore;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.users.domain.Actor;
import cn.tuanbiao.users.domain.OrganizationRole;
import cn.tuanbiao.users.service.AccessControl;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

/**
 * The organization's member register (ORG-4): the secretariat registers member units and
 * individual experts and records when they leave; everyone with a role in the organization
 * reads it. Every change lands in the audit log (AUD-1).
 */
@Singleton
public class MemberRegister {

    static final String SUBJECT = "MEMBER";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final AccessControl access;
    private final MemberRegisterStore members;
    private final AuditTrail audit;
    private final Clock clock;

    public MemberRegister(AccessControl access, MemberRegisterStore members, AuditTrail audit, Clock clock) {
        this.access = access;
        this.members = members;
        this.audit = audit;
        this.clock = clock;
    }

    public RegisteredMember register(PersonId caller, TenantId tenant, MemberApplication application) {
        RegisteredMember member = application.validate(MemberId.random());
        return access.actIn(caller, tenant, actor -> {
            requireSecretariat(actor);
            if (member.creditCode() != null && members.creditCodeTaken(member.creditCode())) {
                throw new InvalidInputException(FieldProblem.of("creditCode", "ORG-4", "members.alreadyRegistered"));
            }
            members.insert(tenant, member, clock.instant());
            Map<String, String> details = new HashMap<>();
            details.put("name", member.name());
            details.put("kind", member.kind().name());
            details.put("stakeholder", member.stakeholder().name());
            if (member.foreignInvested()) {
                details.put("foreignInvested", "true");
            }
            audit.record(new AuditEntry(tenant, caller, SUBJECT, member.id().value(), "MEMBER_REGISTERED", null, details));
            return member;
        });
    }

    /** Closes a membership on the given day; the entry stays, so the history of who sat where stays too. */
    public RegisteredMember recordLeaving(PersonId caller, TenantId tenant, MemberId id, LocalDate leftOn, String reason) {
        return access.actIn(caller, tenant, actor -> {
            requireSecretariat(actor);
            RegisteredMember member = members.lock(id).orElseThrow(() -> new NotFoundException("members.notFound"));
            if (leftOn == null) {
                throw new InvalidInputException(FieldProblem.of("leftOn", "FORMAT", "validation.required"));
            }
            if (member.leftOn() != null) {
                throw new InvalidInputException(FieldProblem.of("leftOn", "ORG-4", "members.alreadyLeft"));
            }
            if (leftOn.isBefore(member.joinedOn())) {
                throw new InvalidInputException(FieldProblem.of("leftOn", "ORG-4", "members.leftBeforeJoining",
                        member.joinedOn().toString()));
            }
            members.recordLeaving(id, leftOn);
            audit.record(new AuditEntry(tenant, caller, SUBJECT, id.value(), "MEMBER_LEFT", reason,
                    Map.of("name", member.name(), "leftOn", leftOn.toString())));
            return members.find(id).orElseThrow();
        });
    }

    public RegisteredMember get(PersonId caller, TenantId tenant, MemberId id) {
        return access.readIn(caller, tenant, actor -> members.find(id)
                .orElseThrow(() -> new NotFoundException("members.notFound")));
    }

    public Page<RegisteredMember> list(PersonId caller, TenantId tenant, MemberKind kind, StakeholderCategory stakeholder,
                                       String text, boolean includeFormer, PageRequest page) {
        return access.readIn(caller, tenant, actor ->
                members.list(kind, stakeholder, text, includeFormer, LocalDate.now(clock.withZone(CHINA)), page));
    }

    private static void requireSecretariat(Actor actor) {
        actor.requireAnyOf(OrganizationRole.SECRETARIAT, OrganizationRole.ADMINISTRATOR);
    }
}
