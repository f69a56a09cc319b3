package cn.tuanbiao.console.alliance.service;

import cn.tuanbiao.audit.domain.AuditEntry;
import cn.tuanbiao.audit.service.AuditTrail;
import cn.tuanbiao.console.alliance.domain.Expert;
import cn.tuanbiao.console.alliance.domain.MemberLink;
import cn.tuanbiao.console.alliance.domain.ExpertStatus;
import cn.tuanbiao.console.alliance.domain.Invitation;
import cn.tuanbiao.console.alliance.domain.Nomination;
import cn.tuanbiao.console.alliance.persistence.AllianceStore;
import cn.tuanbiao.organizations.persistence.OrganizationRepository;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.tenancy.Transactions;
import cn.tuanbiao.users.persistence.UserRepository;
import cn.tuanbiao.users.service.AccessControl;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static cn.tuanbiao.users.domain.OrganizationRole.ADMINISTRATOR;
import static cn.tuanbiao.users.domain.OrganizationRole.COUNCIL_MEMBER;
import static cn.tuanbiao.users.domain.OrganizationRole.SECRETARIAT;

/**
 * The alliance's shared expert pool (专家库, ORG-5, SUP-1), kept in the alliance's tenant: each
 * council member of the alliance nominates experts (two at most, declined ones not counted) of a
 * member organization they themselves belong to; the secretariat admits or declines each nomination
 * once. Members' secretariats invite admitted experts to their reviews through {@link AllianceChannel};
 * the pool shows how often each expert was invited. Every step is in the alliance's audit log.
 */
@Singleton
public class ExpertPool {

    public static final String SUBJECT = "ALLIANCE_EXPERT";

    private final AccessControl access;
    private final Transactions transactions;
    private final AllianceSecretariat secretariat;
    private final AllianceStore store;
    private final OrganizationRepository organizations;
    private final UserRepository users;
    private final AuditTrail audit;
    private final Clock clock;

    public ExpertPool(AccessControl access, Transactions transactions, AllianceSecretariat secretariat,
                      AllianceStore store, OrganizationRepository organizations, UserRepository users, AuditTrail audit,
                      Clock clock) {
        this.access = access;
        this.transactions = transactions;
        this.secretariat = secretariat;
        this.store = store;
        this.organizations = organizations;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A council member of the alliance nominates an expert of a current member organization they
     * belong to themselves (their role there is checked under that member's own records).
     */
    public Expert nominate(PersonId caller, TenantId alliance, Nomination nomination) {
        Nomination valid = nomination.validate();
        requireAlliance(alliance);
        if (!transactions.readOnPlatform(() -> store.isCurrentMember(alliance, valid.member()))) {
            throw new InvalidInputException(FieldProblem.of("member", "ORG-5", "alliance.expert.memberNotInAlliance"));
        }
        try {
            access.readIn(caller, valid.member(), actor -> actor);
        } catch (AccessDeniedException e) {
            throw new InvalidInputException(FieldProblem.of("member", "ORG-5", "alliance.expert.notYourMember"));
        }
        String name = users.findById(caller.value()).map(u -> u.displayName()).orElse("");
        return access.actIn(caller, alliance, actor -> {
            actor.requireAnyOf(COUNCIL_MEMBER);
            Expert.requireQuota(store.activeNominationsBy(caller));
            UUID id = store.insertExpert(alliance, valid, caller, name, clock.instant());
            audit.record(new AuditEntry(alliance, caller, SUBJECT, id, "EXPERT_NOMINATED", null,
                    Map.of("name", valid.name(), "field", valid.field(), "member", valid.member().toString())));
            return store.expert(id).orElseThrow();
        });
    }

    /** The secretariat admits the expert into the pool, or declines the nomination; once. */
    public Expert decide(PersonId caller, TenantId alliance, UUID expert, boolean admit, String reason) {
        return access.actIn(caller, alliance, actor -> {
            secretariat.members(actor);
            Expert e = store.lockExpert(expert).orElseThrow(() -> new NotFoundException("alliance.expertNotFound"));
            ExpertStatus next = e.decide(admit);
            Instant now = clock.instant();
            store.decide(expert, next, caller, now);
            audit.record(new AuditEntry(alliance, caller, SUBJECT, expert,
                    admit ? "EXPERT_ADMITTED" : "EXPERT_DECLINED", reason, Map.of("name", e.name())));
            return store.expert(expert).orElseThrow();
        });
    }

    /**
     * One page of the pool by status and name: all of it for the secretariat and administrators, the
     * admitted experts and their own nominations for council members.
     */
    public Page<Expert> pool(PersonId caller, TenantId alliance, ExpertStatus status, PageRequest page) {
        return access.readIn(caller, alliance, actor -> {
            actor.requireAnyOf(ADMINISTRATOR, SECRETARIAT, COUNCIL_MEMBER);
            return store.experts(status, null, page);
        });
    }

    public List<Expert> allExperts(PersonId caller, TenantId alliance) {
        return AllianceSecretariat.all(page -> pool(caller, alliance, null, page));
    }

    /** The invitations of pool experts to members' reviews, newest first (secretariat and administrators). */
    public Page<Invitation> invitations(PersonId caller, TenantId alliance, UUID expert, PageRequest page) {
        return access.readIn(caller, alliance, actor -> {
            secretariat.members(actor);
            return store.invitations(null, expert, page);
        });
    }

    /**
     * The current members a council member may nominate experts for: those they belong to
     * themselves (checked under each member's own records), by name.
     */
    public List<MemberLink> nominableMembers(PersonId caller, TenantId alliance) {
        access.readIn(caller, alliance, actor -> actor.requireAnyOf(COUNCIL_MEMBER));
        return transactions.readOnPlatform(() -> store.currentMembers(alliance)).stream().filter(m -> {
            try {
                access.readIn(caller, m.organization(), actor -> actor);
                return true;
            } catch (AccessDeniedException e) {
                return false;
            }
        }).toList();
    }

    /** Whether the person may nominate experts here (a council member of the alliance). */
    public boolean mayNominate(PersonId caller, TenantId alliance) {
        return access.readIn(caller, alliance, actor -> actor.has(COUNCIL_MEMBER));
    }

    private void requireAlliance(TenantId alliance) {
        boolean isAlliance = transactions.readOnPlatform(() -> organizations.findById(alliance.value()))
                .filter(o -> "ALLIANCE".equals(o.kind()) && "ACTIVE".equals(o.status())).isPresent();
        if (!isAlliance) {
            throw new AccessDeniedException("alliance.secretariatOnly");
        }
    }
}
