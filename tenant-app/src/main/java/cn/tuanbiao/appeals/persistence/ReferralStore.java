package cn.tuanbiao.appeals.persistence;

import cn.tuanbiao.appeals.domain.CaseId;
import cn.tuanbiao.appeals.domain.CaseKind;
import cn.tuanbiao.appeals.domain.CaseOutcome;
import cn.tuanbiao.appeals.domain.CaseStatus;
import cn.tuanbiao.appeals.domain.Referral;
import cn.tuanbiao.appeals.domain.ReferralStatus;
import cn.tuanbiao.appeals.domain.TimelineEntry;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.JSON;
import org.jooq.impl.DSL;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static cn.tuanbiao.jooq.Tables.REFERRALS;

/** The referrals the transaction's tenant, a supervisory authority, has received (SUP-2). */
@Singleton
public class ReferralStore {

    private static final cn.tuanbiao.jooq.tables.Referrals R = REFERRALS;
    private static final Argument<List<Map<String, String>>> TIMELINE =
            Argument.listOf(Argument.mapOf(String.class, String.class));

    private final DSLContext db;
    private final JsonMapper json;

    public ReferralStore(DSLContext db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    /** Stores the referral unless the authority already holds one for the case; returns whether it was added. */
    public boolean insertOnce(Referral r) {
        return db.insertInto(R)
                .set(R.TENANT_ID, r.authority().value()).set(R.ID, r.id())
                .set(R.SOURCE_TENANT_ID, r.organization().value()).set(R.SOURCE_CASE_ID, r.sourceCase().value())
                .set(R.CASE_NUMBER, r.caseNumber()).set(R.ORGANIZATION_NAME, r.organizationName())
                .set(R.ORGANIZATION_CODE, r.organizationCode()).set(R.KIND, r.kind().name())
                .set(R.TITLE, r.title()).set(R.DESCRIPTION, r.description())
                .set(R.COMPLAINANT_NAME, r.complainantName()).set(R.COMPLAINANT_EMAIL, r.complainantEmail())
                .set(R.ANONYMOUS, r.anonymous()).set(R.CASE_STATUS, r.caseStatus().name())
                .set(R.SCOPE_REASON, r.scopeReason())
                .set(R.OUTCOME, r.outcome() == null ? null : r.outcome().name())
                .set(R.OUTCOME_REASONS, r.outcomeReasons())
                .set(R.TIMELINE, JSON.valueOf(write(r.timeline())))
                .set(R.ESCALATION_REASON, r.escalationReason()).set(R.REFERRED_AT, utc(r.referredAt()))
                .set(R.STATUS, r.status().name())
                .onConflict(R.TENANT_ID, R.SOURCE_TENANT_ID, R.SOURCE_CASE_ID).doNothing()
                .execute() == 1;
    }

    /** Saves the authority's handling; refuses when someone else changed the referral meanwhile. */
    public void update(Referral r) {
        int updated = db.update(R).set(R.STATUS, r.status().name()).set(R.FINDING, r.finding())
                .set(R.STATUS_CHANGED_AT, utc(r.statusChangedAt()))
                .set(R.STATUS_CHANGED_BY, r.statusChangedBy() == null ? null : r.statusChangedBy().value())
                .set(R.VERSION, r.version() + 1)
                .where(R.ID.eq(r.id()), R.VERSION.eq(r.version()))
                .execute();
        if (updated != 1) {
            throw new java.util.ConcurrentModificationException("Referral " + r.id() + " was changed by someone else");
        }
    }

    public Optional<Referral> find(UUID id) {
        return db.selectFrom(R).where(R.ID.eq(id)).fetchOptional(this::toReferral);
    }

    public Optional<Referral> lock(UUID id) {
        return db.selectFrom(R).where(R.ID.eq(id)).forUpdate().fetchOptional(this::toReferral);
    }

    /** The authority's referrals, newest first, optionally in one status. */
    public Page<Referral> list(ReferralStatus status, PageRequest page) {
        Condition where = status == null ? DSL.noCondition() : R.STATUS.eq(status.name());
        int total = db.fetchCount(R, where);
        List<Referral> items = db.selectFrom(R).where(where).orderBy(R.REFERRED_AT.desc(), R.ID)
                .offset(page.offset()).limit(page.limit()).fetch(this::toReferral);
        return new Page<>(items, total, page.offset(), page.limit());
    }

    private Referral toReferral(cn.tuanbiao.jooq.tables.records.ReferralsRecord r) {
        List<TimelineEntry> timeline = read(r.getTimeline().data()).stream()
                .map(e -> new TimelineEntry(Instant.parse(e.get("at")), e.get("action"), e.get("actor"), e.get("reason")))
                .toList();
        return new Referral(r.getId(), new TenantId(r.getTenantId()), new TenantId(r.getSourceTenantId()),
                new CaseId(r.getSourceCaseId()), r.getCaseNumber(), r.getOrganizationName(), r.getOrganizationCode(),
                CaseKind.valueOf(r.getKind()), r.getTitle(), r.getDescription(), r.getComplainantName(),
                r.getComplainantEmail(), r.getAnonymous(), CaseStatus.valueOf(r.getCaseStatus()), r.getScopeReason(),
                r.getOutcome() == null ? null : CaseOutcome.valueOf(r.getOutcome()), r.getOutcomeReasons(), timeline,
                r.getEscalationReason(), r.getReferredAt().toInstant(), ReferralStatus.valueOf(r.getStatus()),
                r.getFinding(), r.getStatusChangedAt() == null ? null : r.getStatusChangedAt().toInstant(),
                r.getStatusChangedBy() == null ? null : new PersonId(r.getStatusChangedBy()), r.getVersion());
    }

    private String write(List<TimelineEntry> timeline) {
        List<Map<String, String>> entries = timeline.stream().map(e -> {
            Map<String, String> entry = new HashMap<>();
            entry.put("at", e.at().toString());
            entry.put("action", e.action());
            entry.put("actor", e.actor());
            entry.put("reason", e.reason());
            return entry;
        }).toList();
        try {
            return json.writeValueAsString(entries);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Map<String, String>> read(String timeline) {
        try {
            return json.readValue(timeline, TIMELINE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }
}
