package cn.tuanbiao.plans.persistence;

import cn.tuanbiao.plans.domain.Plan;
import cn.tuanbiao.plans.domain.PlanKind;
import cn.tuanbiao.plans.domain.PlanReport;
import cn.tuanbiao.plans.domain.PlanStatus;
import cn.tuanbiao.plans.domain.PlanSubmission;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.jooq.tables.Bodies;
import jakarta.inject.Singleton;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static cn.tuanbiao.jooq.Tables.BODIES;
import static cn.tuanbiao.jooq.Tables.PLANS;
import static cn.tuanbiao.jooq.Tables.PLAN_REPORTS;
import static cn.tuanbiao.jooq.Tables.USERS;

/** Plans and their progress reports in the transaction's tenant. */
@Singleton
public class PlanStore {

    private static final Bodies DRAFTING = BODIES.as("drafting");
    private static final Bodies APPROVING = BODIES.as("approving");

    private final DSLContext db;

    public PlanStore(DSLContext db) {
        this.db = db;
    }

    public void insert(TenantId tenant, UUID id, PlanSubmission plan, UUID documentId, PersonId by, Instant now) {
        db.insertInto(PLANS)
                .set(PLANS.TENANT_ID, tenant.value()).set(PLANS.ID, id)
                .set(PLANS.KIND, plan.kind().name()).set(PLANS.TITLE, plan.title())
                .set(PLANS.DRAFTING_BODY, plan.draftingBody())
                .set(PLANS.FROM_YEAR, plan.fromYear()).set(PLANS.TO_YEAR, plan.toYear())
                .set(PLANS.STATUS, PlanStatus.SUBMITTED.name())
                .set(PLANS.DOCUMENT_ID, documentId)
                .set(PLANS.SUBMITTED_BY, by.value()).set(PLANS.SUBMITTED_AT, now.atOffset(ZoneOffset.UTC))
                .execute();
    }

    public Optional<Plan> lock(UUID id) {
        return select().where(PLANS.ID.eq(id)).forUpdate().of(PLANS).fetchOptional(PlanStore::toPlan);
    }

    public Optional<Plan> find(UUID id) {
        return select().where(PLANS.ID.eq(id)).fetchOptional(PlanStore::toPlan);
    }

    public void approve(UUID id, LocalDate on, UUID body, String reference) {
        db.update(PLANS).set(PLANS.STATUS, PlanStatus.APPROVED.name()).set(PLANS.APPROVED_ON, on)
                .set(PLANS.APPROVED_BY_BODY, body).set(PLANS.APPROVAL_REFERENCE, reference)
                .where(PLANS.ID.eq(id)).execute();
    }

    /** Plans, newest period first, optionally of one kind and covering one year. */
    public Page<Plan> list(PlanKind kind, Integer year, PageRequest page) {
        Condition where = (kind == null ? DSL.noCondition() : PLANS.KIND.eq(kind.name()))
                .and(year == null ? DSL.noCondition() : PLANS.FROM_YEAR.le(year).and(PLANS.TO_YEAR.ge(year)));
        int total = db.fetchCount(PLANS, where);
        List<Plan> items = select().where(where).orderBy(PLANS.TO_YEAR.desc(), PLANS.KIND, PLANS.TITLE)
                .offset(page.offset()).limit(page.limit()).fetch(PlanStore::toPlan);
        return new Page<>(items, total, page.offset(), page.limit());
    }

    public void insertReport(TenantId tenant, PlanReport report, PersonId by) {
        db.insertInto(PLAN_REPORTS)
                .set(PLAN_REPORTS.TENANT_ID, tenant.value()).set(PLAN_REPORTS.ID, report.id())
                .set(PLAN_REPORTS.PLAN_ID, report.plan()).set(PLAN_REPORTS.PERIOD, report.period())
                .set(PLAN_REPORTS.REPORTED_ON, report.reportedOn()).set(PLAN_REPORTS.SUMMARY, report.summary())
                .set(PLAN_REPORTS.REPORTED_BY, by.value())
                .set(PLAN_REPORTS.REPORTED_AT, report.reportedAt().atOffset(ZoneOffset.UTC))
                .execute();
    }

    /**
     * A plan's progress reports, newest first; of two reported the same day, the one entered later comes
     * first (the id only keeps pages stable).
     */
    public Page<PlanReport> reports(UUID plan, PageRequest page) {
        var where = PLAN_REPORTS.PLAN_ID.eq(plan);
        int total = db.fetchCount(PLAN_REPORTS, where);
        List<PlanReport> items = db.select(PLAN_REPORTS.fields()).select(USERS.DISPLAY_NAME).from(PLAN_REPORTS)
                .leftJoin(USERS).on(USERS.ID.eq(PLAN_REPORTS.REPORTED_BY))
                .where(where).orderBy(PLAN_REPORTS.REPORTED_ON.desc(), PLAN_REPORTS.REPORTED_AT.desc(), PLAN_REPORTS.ID)
                .offset(page.offset()).limit(page.limit())
                .fetch(r -> new PlanReport(r.get(PLAN_REPORTS.ID), r.get(PLAN_REPORTS.PLAN_ID), r.get(PLAN_REPORTS.PERIOD),
                        r.get(PLAN_REPORTS.REPORTED_ON), r.get(PLAN_REPORTS.SUMMARY), r.get(USERS.DISPLAY_NAME),
                        r.get(PLAN_REPORTS.REPORTED_AT).toInstant()));
        return new Page<>(items, total, page.offset(), page.limit());
    }

    private org.jooq.SelectOnConditionStep<Record> select() {
        return db.select(PLANS.fields()).select(DRAFTING.NAME_ZH, APPROVING.NAME_ZH, USERS.DISPLAY_NAME)
                .from(PLANS)
                .leftJoin(DRAFTING).on(DRAFTING.TENANT_ID.eq(PLANS.TENANT_ID), DRAFTING.ID.eq(PLANS.DRAFTING_BODY))
                .leftJoin(APPROVING).on(APPROVING.TENANT_ID.eq(PLANS.TENANT_ID), APPROVING.ID.eq(PLANS.APPROVED_BY_BODY))
                .leftJoin(USERS).on(USERS.ID.eq(PLANS.SUBMITTED_BY));
    }

    private static Plan toPlan(Record r) {
        return new Plan(r.get(PLANS.ID), PlanKind.valueOf(r.get(PLANS.KIND)), r.get(PLANS.TITLE), r.get(PLANS.DRAFTING_BODY),
                r.get(DRAFTING.NAME_ZH), r.get(PLANS.FROM_YEAR), r.get(PLANS.TO_YEAR), PlanStatus.valueOf(r.get(PLANS.STATUS)),
                r.get(PLANS.DOCUMENT_ID), r.get(PLANS.APPROVED_ON), r.get(PLANS.APPROVED_BY_BODY), r.get(APPROVING.NAME_ZH),
                r.get(PLANS.APPROVAL_REFERENCE), r.get(USERS.DISPLAY_NAME), r.get(PLANS.SUBMITTED_AT).toInstant());
    }
}
