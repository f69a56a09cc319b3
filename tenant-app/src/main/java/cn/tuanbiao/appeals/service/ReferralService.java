package cn.tuanbiao.appeals.service;

import cn.tuanbiao.appeals.domain.Referral;
import cn.tuanbiao.appeals.domain.ReferralStatus;
import cn.tuanbiao.appeals.persistence.ReferralStore;
import cn.tuanbiao.audit.domain.AuditEntry;
import cn.tuanbiao.audit.service.AuditTrail;
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
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A supervisory authority's inbox of referred cases (SUP-2 "complaints intake and referral"): its
 * inspectors and administrators read the referrals, newest first, and record their handling
 * (received, investigating, concluded with a finding), which {@link ReferralChannel} copies back to
 * the organization's case.
 */
@Singleton
public class ReferralService {

    private final AccessControl access;
    private final ReferralStore referrals;
    private final ReferralChannel channel;
    private final AuditTrail audit;
    private final Clock clock;

    public ReferralService(AccessControl access, ReferralStore referrals, ReferralChannel channel, AuditTrail audit,
                           Clock clock) {
        this.access = access;
        this.referrals = referrals;
        this.channel = channel;
        this.audit = audit;
        this.clock = clock;
    }

    public Page<Referral> list(PersonId caller, TenantId authority, ReferralStatus status, PageRequest page) {
        return access.readIn(caller, authority, actor -> {
            requireInspector(actor);
            return referrals.list(status, page);
        });
    }

    public Referral get(PersonId caller, TenantId authority, UUID id) {
        return access.readIn(caller, authority, actor -> {
            requireInspector(actor);
            return referrals.find(id).orElseThrow(ReferralService::notFound);
        });
    }

    /** Records the authority's handling of a referral; the organization's case shows it too. */
    public Referral record(PersonId caller, TenantId authority, UUID id, ReferralStatus status, String finding) {
        Referral recorded = access.actIn(caller, authority, actor -> {
            requireInspector(actor);
            Referral referral = referrals.lock(id).orElseThrow(ReferralService::notFound)
                    .record(status, finding, caller, clock.instant());
            referrals.update(referral);
            Map<String, String> details = new HashMap<>(Map.of("status", referral.status().name(),
                    "caseNumber", referral.caseNumber(), "organization", referral.organizationName()));
            audit.record(new AuditEntry(authority, caller, "REFERRAL", id, "REFERRAL_STATUS_CHANGED",
                    referral.status() == ReferralStatus.CONCLUDED ? referral.finding() : null, details));
            return referral;
        });
        channel.reportBack(recorded);
        return recorded;
    }

    private static void requireInspector(Actor actor) {
        actor.requireAnyOf(OrganizationRole.INSPECTOR, OrganizationRole.ADMINISTRATOR);
    }

    private static NotFoundException notFound() {
        return new NotFoundException("referrals.notFound");
    }
}
