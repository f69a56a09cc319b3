package cn.tuanbiao.appeals.service;

import cn.tuanbiao.appeals.domain.Authority;
import cn.tuanbiao.appeals.domain.Case;
import cn.tuanbiao.appeals.domain.CaseDeadlines;
import cn.tuanbiao.appeals.domain.CaseDetail;
import cn.tuanbiao.appeals.domain.CaseFiling;
import cn.tuanbiao.appeals.domain.CaseFilter;
import cn.tuanbiao.appeals.domain.CaseId;
import cn.tuanbiao.appeals.domain.CaseOutcome;
import cn.tuanbiao.appeals.domain.CaseProgress;
import cn.tuanbiao.appeals.domain.Complainant;
import cn.tuanbiao.appeals.domain.HandlingStep;
import cn.tuanbiao.appeals.domain.Jurisdiction;
import cn.tuanbiao.appeals.domain.Referral;
import cn.tuanbiao.appeals.domain.ReferralStatus;
import cn.tuanbiao.appeals.domain.StepDraft;
import cn.tuanbiao.appeals.domain.TimeLimits;
import cn.tuanbiao.appeals.domain.TimelineEntry;
import cn.tuanbiao.appeals.persistence.CaseStore;
import cn.tuanbiao.audit.domain.AuditEntry;
import cn.tuanbiao.audit.domain.AuditEvent;
import cn.tuanbiao.audit.persistence.AuditStore;
import cn.tuanbiao.audit.service.AuditTrail;
import cn.tuanbiao.notifications.domain.NotificationKind;
import cn.tuanbiao.numbering.domain.DocumentSeries;
import cn.tuanbiao.numbering.service.DocumentNumbering;
import cn.tuanbiao.organizations.persistence.OrganizationEntity;
import cn.tuanbiao.organizations.persistence.OrganizationRepository;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.standards.domain.LifecycleRefusal;
import cn.tuanbiao.standards.service.StandardLookup;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.users.domain.Actor;
import cn.tuanbiao.users.domain.OrganizationRole;
import cn.tuanbiao.users.persistence.UserEntity;
import cn.tuanbiao.users.persistence.UserRepository;
import cn.tuanbiao.users.service.AccessControl;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;

/**
 * Appeals, complaints and disputes (PART-6), as the organization handles them. Anyone with a role
 * files a case; it is numbered in the organization's case series (LC-4) on receipt, with its
 * deadlines from the organization's time limits, and the secretariat is told. The coordination
 * body (secretariat, administrators) acknowledges it, decides its scope, records handling steps,
 * the outcome, and closes it; the complainant is told of each. The complainant escalates it to a
 * supervisory authority through {@link ReferralChannel}. The secretariat and administrators see
 * every case; anyone else only their own. Every step lands in the audit log (AUD-1), which is the
 * case's timeline.
 */
@Singleton
public class CaseService {

    public static final String SUBJECT = "CASE";
    /** Events of a case's timeline read at most; a case has a few dozen. */
    private static final int TIMELINE_LIMIT = PageRequest.MAX_LIMIT;

    private final AccessControl access;
    private final CaseStore cases;
    private final StandardLookup standards;
    private final DocumentNumbering numbering;
    private final UserRepository users;
    private final OrganizationRepository organizations;
    private final AuditStore auditLog;
    private final AuditTrail audit;
    private final CaseNotices notices;
    private final ReferralChannel channel;
    private final Clock clock;

    public CaseService(AccessControl access, CaseStore cases, StandardLookup standards, DocumentNumbering numbering,
                       UserRepository users, OrganizationRepository organizations, AuditStore auditLog,
                       AuditTrail audit, CaseNotices notices, ReferralChannel channel, Clock clock) {
        this.access = access;
        this.cases = cases;
        this.standards = standards;
        this.numbering = numbering;
        this.users = users;
        this.organizations = organizations;
        this.auditLog = auditLog;
        this.audit = audit;
        this.notices = notices;
        this.channel = channel;
        this.clock = clock;
    }

    // --- intake -----------------------------------------------------------------------------------

    /** A member files an appeal, a complaint or a dispute, under their own name (PART-6). */
    public Case file(PersonId caller, TenantId tenant, CaseFiling filing) {
        CaseFiling valid = filing.validate();
        return access.actIn(caller, tenant, actor -> {
            UserEntity me = users.findById(caller.value()).orElseThrow(() -> new AccessDeniedException("access.notMember"));
            return intake(tenant, CaseId.random(), caller, valid,
                    new Complainant(caller, me.displayName(), me.email(), null, false), null);
        });
    }

    /**
     * Receives a valid filing in the current transaction of {@code tenant}: numbers it, fixes its
     * deadlines, records it and tells the secretariat. {@code filedBy} is the member, or the public;
     * {@code keySha256} the hash of a public complainant's key to the case.
     */
    Case intake(TenantId tenant, CaseId id, PersonId filedBy, CaseFiling valid, Complainant complainant,
                String keySha256) {
        String standardTitle = null;
        if (valid.standard() != null) {
            try {
                standardTitle = standards.find(tenant, valid.standard()).subject().titleZh();
            } catch (NotFoundException e) {
                throw new InvalidInputException(FieldProblem.of("standard", Case.REQUIREMENT, "standard.notFound"));
            }
        }
        Instant now = clock.instant();
        LocalDate today = today();
        String number = numbering.issue(complainant.isMember() ? filedBy : null, tenant, DocumentSeries.CASE,
                Year.from(today), SUBJECT, id.value()).number();
        TimeLimits limits = cases.timeLimits().orElseGet(TimeLimits::defaults);
        Case received = new Case(id, number, valid, standardTitle, complainant, now, CaseDeadlines.of(today, limits),
                CaseProgress.received(), 0);
        cases.insert(tenant, received, keySha256);
        Map<String, String> details = new HashMap<>(Map.of("number", number, "kind", valid.kind().name(),
                "title", valid.title()));
        if (valid.standard() != null) {
            details.put("standard", valid.standard().toString());
        }
        if (valid.contestedDecision() != null) {
            details.put("contestedDecision", valid.contestedDecision().name());
        }
        audit.record(new AuditEntry(tenant, filedBy, SUBJECT, id.value(), "CASE_FILED", null, details));
        notices.toSecretariat(tenant, received, filedBy, NotificationKind.CASE_FILED, Map.of("number", number,
                "kind", "caseKind." + valid.kind().name(), "title", valid.title()));
        return received;
    }

    // --- reading ----------------------------------------------------------------------------------

    /** The cases the caller may see (all for the coordination body, else their own), newest first. */
    public Page<Case> list(PersonId caller, TenantId tenant, CaseFilter filter, PageRequest page) {
        return access.readIn(caller, tenant, actor -> {
            return cases.list(filter, handles(actor) ? null : caller, today(), page).map(Case::asSeenByTheOrganization);
        });
    }

    /** A case with its handling steps and its timeline, oldest first. */
    public CaseDetail get(PersonId caller, TenantId tenant, CaseId id) {
        return access.readIn(caller, tenant, actor -> detail(visible(actor, id)));
    }

    CaseDetail detail(Case c) {
        return new CaseDetail(c.asSeenByTheOrganization(), cases.steps(c.id()), timeline(c.id()));
    }

    /** The case's audit events, oldest first: who did what when, and why. */
    List<TimelineEntry> timeline(CaseId id) {
        List<AuditEvent> events = new ArrayList<>(auditLog.history(SUBJECT, id.value(),
                PageRequest.first(TIMELINE_LIMIT)).items());
        java.util.Collections.reverse(events);
        return events.stream().map(e -> new TimelineEntry(e.recordedAt(), e.action(), e.actorName(), e.reason()))
                .toList();
    }

    /** The supervisory authorities the case may be escalated to, most local first (see {@link Jurisdiction}). */
    public List<Authority> authorities(PersonId caller, TenantId tenant, CaseId id) {
        return access.readIn(caller, tenant, actor -> {
            visible(actor, id);
            return authoritiesOver(tenant);
        });
    }

    List<Authority> authoritiesOver(TenantId tenant) {
        return cases.authoritiesIn(Jurisdiction.regionsCovering(organization(tenant).regionCode()));
    }

    // --- the organization's time limits -----------------------------------------------------------

    public TimeLimits timeLimits(PersonId caller, TenantId tenant) {
        return access.readIn(caller, tenant, actor -> cases.timeLimits().orElseGet(TimeLimits::defaults));
    }

    /** The coordination body sets the limits for cases received from now on (running cases keep theirs). */
    public TimeLimits setTimeLimits(PersonId caller, TenantId tenant, TimeLimits limits) {
        TimeLimits valid = limits.validate();
        return access.actIn(caller, tenant, actor -> {
            requireCoordinationBody(actor);
            cases.saveTimeLimits(tenant, valid);
            audit.record(new AuditEntry(tenant, caller, "ORGANIZATION", tenant.value(), "CASE_TIME_LIMITS_SET", null,
                    Map.of("acknowledgeDays", Integer.toString(valid.acknowledgeDays()),
                            "scopeDays", Integer.toString(valid.scopeDays()),
                            "concludeDays", Integer.toString(valid.concludeDays()))));
            return valid;
        });
    }

    // --- handling by the coordination body --------------------------------------------------------

    /** Acknowledges the receipt to the complainant, under the case number. */
    public Case acknowledge(PersonId caller, TenantId tenant, CaseId id) {
        return handle(caller, tenant, id, c -> c.acknowledge(clock.instant()), "CASE_ACKNOWLEDGED", (t, c) ->
                notices.toComplainant(t, c, NotificationKind.CASE_ACKNOWLEDGED, Map.of("number", c.number(),
                        "title", c.filing().title())));
    }

    /** Decides whether the case is within the organization's scope; a rejection needs a reason. */
    public Case decideScope(PersonId caller, TenantId tenant, CaseId id, boolean withinScope, String reason) {
        return handle(caller, tenant, id, c -> withinScope ? c.accept(reason, clock.instant())
                        : c.rejectOutOfScope(reason, clock.instant()),
                withinScope ? "CASE_ACCEPTED" : "CASE_REJECTED_OUT_OF_SCOPE", (t, c) ->
                        notices.toComplainant(t, c, NotificationKind.CASE_SCOPE_DECIDED, Map.of("number", c.number(),
                                "title", c.filing().title(), "decision", "caseStatus." + c.status().name())));
    }

    /** Records the next handling step of an accepted case, in order (PART-6). */
    public HandlingStep addStep(PersonId caller, TenantId tenant, CaseId id, StepDraft draft) {
        return access.actIn(caller, tenant, actor -> {
            requireCoordinationBody(actor);
            Case c = lock(id);
            List<HandlingStep> recorded = cases.steps(id);
            StepDraft step = c.checkNextStep(draft, recorded, today());
            HandlingStep added = cases.insertStep(tenant, id, recorded.size() + 1, step, caller, clock.instant());
            audit.record(new AuditEntry(tenant, caller, SUBJECT, id.value(), "CASE_STEP_RECORDED", step.summary(),
                    Map.of("step", step.kind().name(), "heldOn", step.heldOn().toString(),
                            "participants", step.participants(), "position", Integer.toString(added.position()))));
            return added;
        });
    }

    /** Records the outcome of an accepted case, with its reasons. */
    public Case decide(PersonId caller, TenantId tenant, CaseId id, CaseOutcome outcome, String reasons) {
        return access.actIn(caller, tenant, actor -> {
            requireCoordinationBody(actor);
            Case decided = lock(id).decide(outcome, reasons, cases.steps(id), clock.instant());
            save(actor, decided, "CASE_DECIDED", decided.progress().outcomeReasons(),
                    Map.of("outcome", decided.progress().outcome().name()));
            notices.toComplainant(tenant, decided, NotificationKind.CASE_DECIDED, Map.of("number", decided.number(),
                    "title", decided.filing().title(), "outcome", "caseOutcome." + decided.progress().outcome().name()));
            return decided.asSeenByTheOrganization();
        });
    }

    /** Closes a decided case, or one rejected as out of scope. */
    public Case close(PersonId caller, TenantId tenant, CaseId id) {
        return handle(caller, tenant, id, c -> c.close(clock.instant()), "CASE_CLOSED", (t, c) -> {
        });
    }

    // --- escalation by the complainant ------------------------------------------------------------

    /**
     * The member who filed the case escalates it to a supervisory authority covering the
     * organization's region (PART-6, SUP-2): {@code authority} may be left out when only one does.
     * The escalation is recorded on the case first, then the referral is delivered into the
     * authority's tenant by {@link ReferralChannel}; escalating again re-delivers a referral that
     * did not arrive.
     */
    public Case escalate(PersonId caller, TenantId tenant, CaseId id, TenantId authority, String reason) {
        Referral referral = access.actIn(caller, tenant, actor -> {
            Case c = lock(id);
            if (!caller.equals(c.complainant().person())) {
                throw new AccessDeniedException("cases.onlyComplainantEscalates");
            }
            return escalation(tenant, caller, c, authority, reason);
        });
        channel.deliver(referral, caller);
        return access.readIn(caller, tenant, actor -> cases.find(id).orElseThrow().asSeenByTheOrganization());
    }

    /**
     * In the organization's transaction, with the case locked: records the escalation (or finds
     * the one whose delivery is still pending) and returns the referral to deliver.
     */
    Referral escalation(TenantId tenant, PersonId complainant, Case c, TenantId authority, String reason) {
        if (c.progress().escalation() != null && !c.progress().escalation().delivered()) {
            return referralOf(tenant, c);
        }
        LocalDate today = today();
        c.requireEscalatable(today);
        Authority chosen = chooseAuthority(tenant, authority);
        Case escalated = c.escalate(chosen.id(), chosen.nameZh(), UUID.randomUUID(), reason, clock.instant(), today);
        cases.update(escalated);
        audit.record(new AuditEntry(tenant, complainant, SUBJECT, c.id().value(), "CASE_ESCALATED",
                escalated.progress().escalation().reason(), Map.of("authority", chosen.nameZh())));
        notices.toSecretariat(tenant, escalated, null, NotificationKind.CASE_ESCALATED, Map.of("number", c.number(),
                "authority", chosen.nameZh()));
        return referralOf(tenant, escalated);
    }

    private Authority chooseAuthority(TenantId tenant, TenantId requested) {
        List<Authority> candidates = authoritiesOver(tenant);
        if (candidates.isEmpty()) {
            throw new LifecycleRefusal(Case.REQUIREMENT, "cases.noAuthority", organization(tenant).regionCode());
        }
        if (requested == null) {
            if (candidates.size() > 1) {
                throw new InvalidInputException(FieldProblem.of("authority", Case.REQUIREMENT, "cases.chooseAuthority"));
            }
            return candidates.get(0);
        }
        return candidates.stream().filter(a -> a.id().equals(requested)).findFirst()
                .orElseThrow(() -> new InvalidInputException(FieldProblem.of("authority", Case.REQUIREMENT,
                        "cases.authorityNotCompetent")));
    }

    /** The copy of the escalated case the authority receives: nothing it would need to read the organization for. */
    private Referral referralOf(TenantId tenant, Case c) {
        OrganizationEntity organization = organization(tenant);
        var escalation = c.progress().escalation();
        Complainant who = c.complainant();
        return new Referral(escalation.referral(), escalation.authority(), tenant, c.id(), c.number(),
                organization.nameZh(), organization.code(), c.kind(), c.filing().title(), c.filing().description(),
                who.anonymous() ? null : who.name(), who.email(), who.anonymous(), c.status(),
                c.progress().scopeReason(), c.progress().outcome(), c.progress().outcomeReasons(), timeline(c.id()),
                escalation.reason(), escalation.escalatedAt(), ReferralStatus.REFERRED, null, null, null, 0);
    }

    // --- helpers ----------------------------------------------------------------------------------

    /** A transition by the coordination body; the audit records the scope reason, where there is one. */
    private Case handle(PersonId caller, TenantId tenant, CaseId id, UnaryOperator<Case> transition, String action,
                        BiConsumer<TenantId, Case> tell) {
        return access.actIn(caller, tenant, actor -> {
            requireCoordinationBody(actor);
            Case before = lock(id);
            Case next = transition.apply(before);
            boolean scopeDecided = before.progress().scopeDecidedAt() == null && next.progress().scopeDecidedAt() != null;
            save(actor, next, action, scopeDecided ? next.progress().scopeReason() : null, Map.of());
            tell.accept(tenant, next);
            return next.asSeenByTheOrganization();
        });
    }

    private void save(Actor actor, Case c, String action, String reason, Map<String, String> details) {
        cases.update(c);
        Map<String, String> withNumber = new HashMap<>(details);
        withNumber.put("number", c.number());
        audit.record(new AuditEntry(actor.tenant(), actor.person(), SUBJECT, c.id().value(), action, reason, withNumber));
    }

    private Case visible(Actor actor, CaseId id) {
        Case c = cases.find(id).orElseThrow(CaseService::notFound);
        if (!handles(actor) && !actor.person().equals(c.complainant().person())) {
            throw notFound();
        }
        return c;
    }

    private Case lock(CaseId id) {
        return cases.lock(id).orElseThrow(CaseService::notFound);
    }

    private OrganizationEntity organization(TenantId tenant) {
        return organizations.findById(tenant.value()).orElseThrow(() -> new NotFoundException("organization.notFound"));
    }

    /** The coordination body: the secretariat, and the administrators. */
    static boolean handles(Actor actor) {
        return actor.has(OrganizationRole.SECRETARIAT) || actor.has(OrganizationRole.ADMINISTRATOR);
    }

    private static void requireCoordinationBody(Actor actor) {
        actor.requireAnyOf(OrganizationRole.SECRETARIAT, OrganizationRole.ADMINISTRATOR);
    }

    /** Today in China, by the injected clock: deadlines and overdue cases are counted from it. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(Case.CHINA));
    }

    static NotFoundException notFound() {
        return new NotFoundException("cases.notFound");
    }
}
