package cn.tuanbiao.console.excellence.service;

import cn.tuanbiao.audit.domain.AuditEntry;
import cn.tuanbiao.audit.service.AuditTrail;
import cn.tuanbiao.console.excellence.domain.Assessment;
import cn.tuanbiao.console.excellence.domain.AssessmentInput;
import cn.tuanbiao.console.excellence.domain.EntryRequest;
import cn.tuanbiao.console.excellence.domain.Indicators;
import cn.tuanbiao.console.excellence.domain.PoolMembership;
import cn.tuanbiao.console.excellence.domain.PoolQuery;
import cn.tuanbiao.console.excellence.domain.PoolRow;
import cn.tuanbiao.console.excellence.persistence.ExcellenceStore;
import cn.tuanbiao.console.supervision.service.SupervisionDashboard;
import cn.tuanbiao.organizations.domain.OrganizationKind;
import cn.tuanbiao.organizations.persistence.OrganizationEntity;
import cn.tuanbiao.organizations.persistence.OrganizationRepository;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.standards.service.StandardService;
import cn.tuanbiao.statistics.domain.Jurisdiction;
import cn.tuanbiao.statistics.domain.OrganizationIndicators;
import cn.tuanbiao.statistics.domain.StandardCounts;
import cn.tuanbiao.statistics.domain.StatisticsFilter;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.tenancy.Transactions;
import cn.tuanbiao.users.domain.Actor;
import cn.tuanbiao.users.domain.OrganizationRole;
import cn.tuanbiao.users.persistence.UserEntity;
import cn.tuanbiao.users.persistence.UserRepository;
import cn.tuanbiao.users.service.AccessControl;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The excellence programme of a supervisory authority (培优计划, SUP-4), for its inspectors and
 * administrators: entries of organizations of its jurisdiction, one assessment per member and year
 * made from indicators read across organizations — the statistics rollups (through
 * {@link SupervisionDashboard}: jurisdiction check, access log), the public register of published
 * standards (V12) and V34's reviewed function for what they do not hold — and exits. Everything is kept in the authority's own tenant and audit log.
 */
@Singleton
public class ExcellenceProgramme {

    public static final String SUBJECT = "EXCELLENCE";

    private final AccessControl access;
    private final Transactions transactions;
    private final SupervisionDashboard dashboard;
    private final OrganizationRepository organizations;
    private final UserRepository users;
    private final ExcellenceStore store;
    private final AuditTrail audit;
    private final Clock clock;

    public ExcellenceProgramme(AccessControl access, Transactions transactions, SupervisionDashboard dashboard,
                               OrganizationRepository organizations, UserRepository users, ExcellenceStore store,
                               AuditTrail audit, Clock clock) {
        this.access = access;
        this.transactions = transactions;
        this.dashboard = dashboard;
        this.organizations = organizations;
        this.users = users;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** Enters an organization of the jurisdiction, named by its code (入选): never twice at once. */
    public PoolMembership enter(PersonId caller, TenantId authority, EntryRequest request) {
        Jurisdiction own = dashboard.jurisdiction(caller, authority);
        String code = request.organizationCode() == null ? "" : request.organizationCode().strip().toUpperCase(Locale.ROOT);
        OrganizationEntity profile = transactions.readOnPlatform(() -> organizations.findByCode(code))
                .orElseThrow(() -> new InvalidInputException(FieldProblem.of("excellenceOrganization", "SUP-4",
                        "excellence.organizationNotFound")));
        PoolMembership.Candidate candidate = new PoolMembership.Candidate(new TenantId(profile.id()), profile.code(),
                profile.nameZh(), OrganizationKind.valueOf(profile.kind()), profile.regionCode(),
                "ACTIVE".equals(profile.status()));
        return access.actIn(caller, authority, actor -> {
            requireInspector(actor);
            PoolMembership entered = PoolMembership.enter(UUID.randomUUID(), candidate, own,
                    store.current(profile.id()), request.year(), request.reason(), today());
            store.insert(authority, entered, caller);
            audit.record(new AuditEntry(authority, caller, SUBJECT, entered.id(), "EXCELLENCE_ENTERED",
                    entered.entryReason(), Map.of("organization", entered.code(), "year",
                    String.valueOf(entered.entryYear()))));
            return entered;
        });
    }

    /** A page of the pool by name, each with its latest assessment. */
    public Page<PoolRow> list(PersonId caller, TenantId authority, PoolQuery query, PageRequest page) {
        return access.readIn(caller, authority, actor -> {
            requireInspector(actor);
            return store.list(query, page);
        });
    }

    /** Every row of the query, page by page (the Excel export). */
    public List<PoolRow> all(PersonId caller, TenantId authority, PoolQuery query) {
        List<PoolRow> all = new ArrayList<>();
        int offset = 0;
        while (true) {
            Page<PoolRow> page = list(caller, authority, query, new PageRequest(offset, PageRequest.MAX_LIMIT));
            all.addAll(page.items());
            offset += page.items().size();
            if (page.items().isEmpty() || offset >= page.total()) {
                return all;
            }
        }
    }

    public PoolMembership membership(PersonId caller, TenantId authority, UUID id) {
        return access.readIn(caller, authority, actor -> {
            requireInspector(actor);
            return store.find(id, false).orElseThrow(ExcellenceProgramme::notFound);
        });
    }

    /** Every membership of the organization in this authority's pool, oldest first: entries, assessments, exits. */
    public List<PoolMembership> history(PersonId caller, TenantId authority, TenantId organization) {
        return access.readIn(caller, authority, actor -> {
            requireInspector(actor);
            return store.history(organization.value());
        });
    }

    /**
     * The indicators of a current member for {@code year}, as an assessment would record them: its
     * standards in force from the statistics rollups, those published in the year from the public
     * register, the rest from V34's function.
     */
    public Indicators indicators(PersonId caller, TenantId authority, UUID membership, int year) {
        PoolMembership m = membership(caller, authority, membership);
        if (!m.current()) {
            throw new InvalidInputException(FieldProblem.of("excellenceOrganization", "SUP-4", "excellence.alreadyExited",
                    m.exit().orElseThrow().on().toString()));
        }
        OrganizationEntity profile = transactions.readOnPlatform(() -> organizations.findById(m.organization().value()))
                .orElseThrow(ExcellenceProgramme::notFound);
        StatisticsFilter exactly = new StatisticsFilter(new Jurisdiction(profile.regionCode()),
                OrganizationKind.valueOf(profile.kind()), profile.industryCode(), null, null);
        StandardCounts now = counts(caller, authority, exactly, m.organization());
        long inYear = transactions.readOnPlatform(() -> store.publishedIn(m.organization().value(), year));
        ExcellenceStore.Counts counts = transactions.readOnPlatform(() -> store.indicators(authority, year, today()))
                .getOrDefault(m.organization().value(), new ExcellenceStore.Counts(null, null, 0, 0));
        return new Indicators(year, inYear, now.published(), counts.goodPracticeYear(),
                counts.goodPracticeStars(), counts.complaints(), counts.overdueReviews());
    }

    /** Records the year's assessment of a current member (once per year, within its membership). */
    public PoolMembership assess(PersonId caller, TenantId authority, UUID membership, AssessmentInput input) {
        Integer year = input.year();
        if (year == null) {
            throw new InvalidInputException(FieldProblem.of("assessmentYear", "FORMAT", "validation.required"));
        }
        PoolMembership before = membership(caller, authority, membership);
        boolean inMembership = before.current() && year >= before.entryYear() && year <= today().getYear();
        // outside the membership the domain refuses; no indicators are read for a year it never covered
        Indicators indicators = inMembership ? indicators(caller, authority, membership, year)
                : new Indicators(year, 0, 0, null, null, 0, 0);
        Instant now = clock.instant();
        String name = transactions.readOnPlatform(() -> users.findById(caller.value())).map(UserEntity::displayName)
                .orElse("");
        return access.actIn(caller, authority, actor -> {
            requireInspector(actor);
            PoolMembership m = store.find(membership, true).orElseThrow(ExcellenceProgramme::notFound);
            Assessment assessment = m.assess(input, indicators, name, now, today());
            store.insertAssessment(authority, membership, assessment, caller);
            audit.record(new AuditEntry(authority, caller, SUBJECT, membership, "EXCELLENCE_ASSESSED",
                    assessment.comment(), Map.of("organization", m.code(), "year", String.valueOf(assessment.year()),
                    "score", assessment.score().toPlainString(), "grade", assessment.grade().name())));
            return m.withAssessment(assessment);
        });
    }

    /** Ends a current membership (退出) with a reason; its entries and assessments stay. */
    public PoolMembership exit(PersonId caller, TenantId authority, UUID membership, String reason) {
        return access.actIn(caller, authority, actor -> {
            requireInspector(actor);
            PoolMembership exited = store.find(membership, true).orElseThrow(ExcellenceProgramme::notFound)
                    .exit(reason, today());
            store.markExited(membership, exited.exit().orElseThrow(), caller);
            audit.record(new AuditEntry(authority, caller, SUBJECT, membership, "EXCELLENCE_EXITED",
                    exited.exit().orElseThrow().reason(), Map.of("organization", exited.code())));
            return exited;
        });
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(StandardService.CHINA));
    }

    private StandardCounts counts(PersonId caller, TenantId authority, StatisticsFilter filter, TenantId organization) {
        return dashboard.allOrganizations(caller, authority, filter).stream()
                .filter(o -> o.organization().equals(organization)).findFirst()
                .map(OrganizationIndicators::standards).orElse(new StandardCounts(0, 0, 0));
    }

    private static void requireInspector(Actor actor) {
        actor.requireAnyOf(OrganizationRole.INSPECTOR, OrganizationRole.ADMINISTRATOR);
    }

    private static NotFoundException notFound() {
        return new NotFoundException("excellence.notFound");
    }
}
