package cn.tuanbiao.appeals.service;

import cn.tuanbiao.appeals.domain.Case;
import cn.tuanbiao.appeals.domain.Escalation;
import cn.tuanbiao.appeals.domain.Referral;
import cn.tuanbiao.appeals.domain.ReferralStatus;
import cn.tuanbiao.appeals.persistence.CaseStore;
import cn.tuanbiao.appeals.persistence.ReferralStore;
import cn.tuanbiao.audit.domain.AuditEntry;
import cn.tuanbiao.audit.service.AuditTrail;
import cn.tuanbiao.notifications.domain.NotificationKind;
import cn.tuanbiao.notifications.domain.SubjectLink;
import cn.tuanbiao.notifications.service.Notifications;
import cn.tuanbiao.organizations.persistence.OrganizationRepository;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.tenancy.Transactions;
import cn.tuanbiao.users.domain.OrganizationRole;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The one narrow channel between an organization and a supervisory authority (PART-6, SUP-2): the
 * only code that writes into a tenant other than the one its caller works in, and only these two
 * things. It opens a transaction of the receiving tenant (row-level security applies there as
 * everywhere; nothing bypasses it, no tenant is switched inside a transaction: called from inside
 * one, {@link Transactions} refuses) and records what it wrote in that tenant's audit log.
 * <ul>
 *   <li>{@link #deliver}: the referral, a copy of the escalated case, into the authority's tenant,
 *       at most once per case; then the case learns that it arrived.</li>
 *   <li>{@link #reportBack}: the authority's handling (status, finding) onto the case, in the
 *       organization's tenant; the secretariat and the complainant are told.</li>
 * </ul>
 * The organization never reads the authority's tables and the authority never reads the
 * organization's: each side reads its own copy.
 */
@Singleton
public class ReferralChannel {

    private static final String REFERRAL = "REFERRAL";

    private final Transactions transactions;
    private final ReferralStore referrals;
    private final CaseStore cases;
    private final OrganizationRepository organizations;
    private final AuditTrail audit;
    private final Notifications notifications;
    private final CaseNotices notices;

    public ReferralChannel(Transactions transactions, ReferralStore referrals, CaseStore cases,
                           OrganizationRepository organizations, AuditTrail audit, Notifications notifications,
                           CaseNotices notices) {
        this.transactions = transactions;
        this.referrals = referrals;
        this.cases = cases;
        this.organizations = organizations;
        this.audit = audit;
        this.notifications = notifications;
        this.notices = notices;
    }

    /**
     * Delivers the referral into its authority's tenant, once (a second delivery of the same case
     * adds nothing), and tells the authority's inspectors; then marks the case's escalation as
     * delivered in the organization's tenant. {@code escalatedBy} is the complainant, or the public.
     * Must be called outside any transaction.
     */
    public void deliver(Referral referral, PersonId escalatedBy) {
        boolean authority = transactions.readOnPlatform(() -> organizations.findById(referral.authority().value())
                .filter(o -> "SUPERVISORY_AUTHORITY".equals(o.kind()) && "ACTIVE".equals(o.status())).isPresent());
        if (!authority) {
            throw new IllegalArgumentException("A referral goes to an active supervisory authority only, not to "
                    + referral.authority());
        }
        transactions.inTenant(referral.authority(), () -> {
            if (referrals.insertOnce(referral)) {
                audit.record(new AuditEntry(referral.authority(), escalatedBy, REFERRAL, referral.id(),
                        "REFERRAL_RECEIVED", referral.escalationReason(), Map.of("caseNumber", referral.caseNumber(),
                        "organization", referral.organizationName())));
                notifications.notifyRole(referral.authority(), OrganizationRole.INSPECTOR,
                        NotificationKind.REFERRAL_RECEIVED, new SubjectLink(SubjectLink.REFERRAL, referral.id()),
                        Map.of("number", referral.caseNumber(), "organization", referral.organizationName()));
            }
            return null;
        });
        copyToCase(referral, ReferralStatus.REFERRED, null, referral.referredAt(), escalatedBy, false);
    }

    /** Copies the authority's handling of a referral onto its case. Must be called outside any transaction. */
    public void reportBack(Referral referral) {
        copyToCase(referral, referral.status(), referral.finding(), referral.statusChangedAt(),
                referral.statusChangedBy(), true);
    }

    private void copyToCase(Referral referral, ReferralStatus status, String finding, Instant at, PersonId by,
                            boolean tell) {
        TenantId organization = referral.organization();
        transactions.inTenant(organization, () -> {
            Case c = cases.lock(referral.sourceCase()).orElseThrow(CaseService::notFound);
            Escalation escalation = c.progress().escalation();
            if (escalation == null || !escalation.referral().equals(referral.id())
                    || (escalation.status() != null && escalation.status().compareTo(status) >= 0)) {
                return null; // not this referral, or already as recent: nothing to copy
            }
            Case updated = c.referralUpdated(status, finding, at);
            cases.update(updated);
            Map<String, String> details = new HashMap<>(Map.of("status", status.name(),
                    "authority", escalation.authorityName()));
            audit.record(new AuditEntry(organization, by, CaseService.SUBJECT, c.id().value(),
                    "REFERRAL_STATUS_CHANGED", finding, details));
            if (tell) {
                Map<String, String> params = Map.of("number", c.number(), "authority", escalation.authorityName(),
                        "status", "referralStatus." + status.name());
                notices.toSecretariat(organization, updated, null, NotificationKind.REFERRAL_UPDATED, params);
                notices.toComplainant(organization, updated, NotificationKind.REFERRAL_UPDATED, params);
            }
            return null;
        });
    }
}
