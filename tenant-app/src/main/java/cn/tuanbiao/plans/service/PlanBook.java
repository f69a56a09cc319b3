package cn.tuanbiao.plans.service;

import cn.tuanbiao.audit.domain.AuditEntry;
import cn.tuanbiao.audit.service.AuditTrail;
import cn.tuanbiao.bodies.domain.Body;
import cn.tuanbiao.bodies.domain.BodyId;
import cn.tuanbiao.bodies.domain.BodyKind;
import cn.tuanbiao.bodies.persistence.BodyStore;
import cn.tuanbiao.documents.domain.DocumentKind;
import cn.tuanbiao.documents.domain.DocumentVersion;
import cn.tuanbiao.documents.service.CheckedFile;
import cn.tuanbiao.documents.service.DocumentService;
import cn.tuanbiao.plans.domain.Plan;
import cn.tuanbiao.plans.domain.PlanKind;
import cn.tuanbiao.plans.domain.PlanReport;
import cn.tuanbiao.plans.domain.PlanStatus;
import cn.tuanbiao.plans.domain.PlanSubmission;
import cn.tuanbiao.plans.persistence.PlanStore;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.domain.Problems;
import cn.tuanbiao.standards.domain.LifecycleRefusal;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.users.domain.Actor;
import cn.tuanbiao.users.domain.OrganizationRole;
import cn.tuanbiao.users.service.AccessControl;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

/**
 * The organization's plans (ORG-7): the multi-year development plan, adopted by a decision body,
 * and the drafting bodies' annual work plans, approved by the secretariat; then the progress
 * reports between bodies. Each step is audited.
 */
@Singleton
public class PlanBook {

    public static final String SUBJECT = "PLAN";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final AccessControl access;
    private final PlanStore plans;
    private final BodyStore bodies;
    private final DocumentService documents;
    private final AuditTrail audit;
    private final Clock clock;

    public PlanBook(AccessControl access, PlanStore plans, BodyStore bodies, DocumentService documents, AuditTrail audit,
                    Clock clock) {
        this.access = access;
        this.plans = plans;
        this.bodies = bodies;
        this.documents = documents;
        this.audit = audit;
        this.clock = clock;
    }

    /** A plan's text goes in: the secretariat's for any plan, a working group member's for an annual plan. */
    public Plan submit(PersonId caller, TenantId tenant, PlanSubmission submission, CheckedFile text) {
        PlanSubmission plan = submission.validate();
        return access.actIn(caller, tenant, actor -> {
            if (plan.kind() == PlanKind.ANNUAL_WORK_PLAN) {
                actor.requireAnyOf(OrganizationRole.SECRETARIAT, OrganizationRole.ADMINISTRATOR,
                        OrganizationRole.WORKING_GROUP_MEMBER);
                Body body = body(plan.draftingBody(), "draftingBody");
                if (body.kind() != BodyKind.DRAFTING) {
                    throw new InvalidInputException(FieldProblem.of("draftingBody", "ORG-7", "plans.notADraftingBody"));
                }
            } else {
                actor.requireAnyOf(OrganizationRole.SECRETARIAT, OrganizationRole.ADMINISTRATOR);
            }
            UUID id = UUID.randomUUID();
            DocumentVersion document = documents.addVersion(tenant, caller, SUBJECT, id, DocumentKind.OTHER, plan.title(),
                    text);
            plans.insert(tenant, id, plan, document.document().value(), caller, clock.instant());
            audit.record(new AuditEntry(tenant, caller, SUBJECT, id, "PLAN_SUBMITTED", null, Map.of("kind",
                    plan.kind().name(), "title", plan.title(), "period", plan.fromYear() + "-" + plan.toYear())));
            return plans.find(id).orElseThrow();
        });
    }

    /**
     * Approves a plan (ORG-7): an annual work plan by the secretariat; the development plan only as
     * adopted by a decision body, which the secretariat records with the decision's reference.
     */
    public Plan approve(PersonId caller, TenantId tenant, UUID planId, LocalDate approvedOn, String reference,
                        UUID adoptingBody) {
        return access.actIn(caller, tenant, actor -> {
            actor.requireAnyOf(OrganizationRole.SECRETARIAT, OrganizationRole.ADMINISTRATOR);
            Plan plan = plans.lock(planId).orElseThrow(() -> new NotFoundException("plans.notFound"));
            if (plan.status() == PlanStatus.APPROVED) {
                throw new LifecycleRefusal("ORG-7", "plans.alreadyApproved");
            }
            Problems problems = new Problems();
            String cleanReference = problems.required("approvalReference", reference, 200);
            if (approvedOn == null) {
                problems.add(FieldProblem.of("approvedOn", "FORMAT", "validation.required"));
            } else if (approvedOn.isAfter(today())) {
                problems.add(FieldProblem.of("approvedOn", "ORG-7", "plans.approvedInFuture"));
            }
            if (plan.kind() == PlanKind.DEVELOPMENT_PLAN && adoptingBody == null) {
                problems.add(FieldProblem.of("adoptingBody", "ORG-7", "plans.developmentPlanByDecisionBody"));
            }
            problems.throwIfAny();
            UUID approver = null;
            if (plan.kind() == PlanKind.DEVELOPMENT_PLAN) {
                Body body = body(adoptingBody, "adoptingBody");
                if (body.kind() != BodyKind.DECISION || !body.isActive(approvedOn)) {
                    throw new InvalidInputException(FieldProblem.of("adoptingBody", "ORG-7",
                            "plans.developmentPlanByDecisionBody"));
                }
                approver = body.id().value();
            }
            plans.approve(planId, approvedOn, approver, cleanReference);
            audit.record(new AuditEntry(tenant, caller, SUBJECT, planId, "PLAN_APPROVED", null, Map.of(
                    "approvedOn", approvedOn.toString(), "reference", cleanReference)));
            return plans.find(planId).orElseThrow();
        });
    }

    /** A progress report on an approved plan (ORG-7). */
    public PlanReport report(PersonId caller, TenantId tenant, UUID planId, String period, LocalDate reportedOn,
                             String summary) {
        return access.actIn(caller, tenant, actor -> {
            requireReporter(actor);
            Plan plan = plans.find(planId).orElseThrow(() -> new NotFoundException("plans.notFound"));
            if (plan.status() != PlanStatus.APPROVED) {
                throw new LifecycleRefusal("ORG-7", "plans.reportOnUnapproved");
            }
            Problems problems = new Problems();
            String cleanPeriod = problems.required("reportPeriod", period, 60);
            String cleanSummary = problems.required("reportSummary", summary, 8000);
            if (reportedOn == null) {
                problems.add(FieldProblem.of("reportedOn", "FORMAT", "validation.required"));
            } else if (reportedOn.isAfter(today())) {
                problems.add(FieldProblem.of("reportedOn", "ORG-7", "plans.approvedInFuture"));
            }
            problems.throwIfAny();
            Instant now = clock.instant();
            PlanReport report = new PlanReport(UUID.randomUUID(), planId, cleanPeriod, reportedOn, cleanSummary, null, now);
            plans.insertReport(tenant, report, caller);
            audit.record(new AuditEntry(tenant, caller, SUBJECT, planId, "PLAN_REPORTED", null,
                    Map.of("period", cleanPeriod, "reportedOn", reportedOn.toString())));
            return report;
        });
    }

    public Page<Plan> list(PersonId caller, TenantId tenant, PlanKind kind, Integer year, PageRequest page) {
        return access.readIn(caller, tenant, actor -> plans.list(kind, year, page));
    }

    public Page<PlanReport> reports(PersonId caller, TenantId tenant, UUID planId, PageRequest page) {
        return access.readIn(caller, tenant, actor -> plans.reports(planId, page));
    }

    private static void requireReporter(Actor actor) {
        actor.requireAnyOf(OrganizationRole.SECRETARIAT, OrganizationRole.ADMINISTRATOR,
                OrganizationRole.WORKING_GROUP_MEMBER);
    }

    private Body body(UUID id, String field) {
        return bodies.find(new BodyId(id))
                .orElseThrow(() -> new InvalidInputException(FieldProblem.of(field, "ORG-3", "bodies.notFound")));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(CHINA));
    }
}
