package cn.tuanbiao.console.supervision.service;

import cn.tuanbiao.audit.domain.AuditEntry;
import cn.tuanbiao.audit.service.AuditTrail;
import cn.tuanbiao.catalogue.domain.PublicOrganization;
import cn.tuanbiao.catalogue.service.PublicCatalogue;
import cn.tuanbiao.console.supervision.domain.Candidate;
import cn.tuanbiao.console.supervision.domain.CandidatePool;
import cn.tuanbiao.console.supervision.domain.DrawRequest;
import cn.tuanbiao.console.supervision.domain.InspectionDraw;
import cn.tuanbiao.console.supervision.domain.InspectionResult;
import cn.tuanbiao.console.supervision.domain.Verification;
import cn.tuanbiao.console.supervision.persistence.InspectionStore;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.statistics.domain.Jurisdiction;
import cn.tuanbiao.statistics.domain.OrganizationIndicators;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.tenancy.Transactions;
import cn.tuanbiao.users.domain.Actor;
import cn.tuanbiao.users.domain.Member;
import cn.tuanbiao.users.domain.MembershipStatus;
import cn.tuanbiao.users.domain.OrganizationRole;
import cn.tuanbiao.users.persistence.MembershipStore;
import cn.tuanbiao.users.service.AccessControl;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Random inspections of a supervisory authority (双随机、一公开, SUP-2): draws N organizations of its
 * jurisdiction (filtered by territory, kind, industry) and M of its own inspectors with a recorded
 * seed ({@link cn.tuanbiao.console.supervision.domain.SeededDraw}), records a finding per drawn
 * organization, and publishes the results, which anyone may then read and re-run. Everything is
 * kept in the authority's own tenant; each step is in its audit log (AUD-1).
 */
@Singleton
public class RandomInspections {

    private final AccessControl access;
    private final Transactions transactions;
    private final SupervisionDashboard dashboard;
    private final MembershipStore memberships;
    private final InspectionStore store;
    private final InspectionSeeds seeds;
    private final PublicCatalogue catalogue;
    private final AuditTrail audit;
    private final Clock clock;

    public RandomInspections(AccessControl access, Transactions transactions, SupervisionDashboard dashboard,
                             MembershipStore memberships, InspectionStore store, InspectionSeeds seeds,
                             PublicCatalogue catalogue, AuditTrail audit, Clock clock) {
        this.access = access;
        this.transactions = transactions;
        this.dashboard = dashboard;
        this.memberships = memberships;
        this.store = store;
        this.seeds = seeds;
        this.catalogue = catalogue;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Draws: the organizations' pool is every organization the filter selects in the jurisdiction
     * (a wider territory is refused), the inspectors' pool the authority's active inspectors.
     */
    public InspectionDraw draw(PersonId caller, TenantId authority, DrawRequest request) {
        Jurisdiction own = dashboard.jurisdiction(caller, authority);
        if (request.pool().region() != null && !own.covers(request.pool().region())) {
            throw new AccessDeniedException("statistics.outsideJurisdiction");
        }
        List<Candidate> organizations = dashboard.allOrganizations(caller, authority,
                request.pool().asStatisticsFilter()).stream().map(RandomInspections::candidate).toList();
        String seed = request.seed() != null ? request.seed() : seeds.next();
        return access.actIn(caller, authority, actor -> {
            requireInspector(actor);
            InspectionDraw draw = InspectionDraw.draw(UUID.randomUUID(), request, seed, organizations,
                    inspectors(), clock.instant(), caller);
            store.insert(authority, draw);
            audit.record(new AuditEntry(authority, caller, "INSPECTION", draw.id(), "INSPECTION_DRAWN", null,
                    Map.of("title", draw.title(), "seed", seed, "poolDigest", draw.poolDigest(),
                            "organizations", String.join(",", keys(draw.drawnOrganizations())),
                            "inspectors", String.join(",", keys(draw.drawnInspectors())))));
            return draw;
        });
    }

    public List<InspectionDraw> list(PersonId caller, TenantId authority) {
        return access.readIn(caller, authority, actor -> {
            requireInspector(actor);
            return store.list(false, 200);
        });
    }

    public InspectionDraw get(PersonId caller, TenantId authority, UUID id) {
        return access.readIn(caller, authority, actor -> {
            requireInspector(actor);
            return store.find(id, false).orElseThrow(RandomInspections::notFound);
        });
    }

    /** Re-runs the draw from its recorded seed and pools. */
    public Verification verify(PersonId caller, TenantId authority, UUID id) {
        return get(caller, authority, id).verify();
    }

    public InspectionDraw recordFinding(PersonId caller, TenantId authority, UUID id, String organizationKey,
                                        InspectionResult result, String finding) {
        return access.actIn(caller, authority, actor -> {
            requireInspector(actor);
            InspectionDraw draw = store.find(id, true).orElseThrow(RandomInspections::notFound)
                    .recordFinding(organizationKey, result, finding, clock.instant(), caller);
            Candidate changed = draw.drawnOrganizations().stream().filter(c -> c.key().equals(organizationKey))
                    .findFirst().orElseThrow();
            store.recordFinding(id, changed);
            audit.record(new AuditEntry(authority, caller, "INSPECTION", id, "INSPECTION_FINDING_RECORDED",
                    changed.finding().orElseThrow().text(), Map.of("organization", organizationKey,
                    "result", result.name())));
            return draw;
        });
    }

    /** Publishes the results (一公开), once every drawn organization has its finding; then nothing changes. */
    public InspectionDraw publish(PersonId caller, TenantId authority, UUID id) {
        return access.actIn(caller, authority, actor -> {
            requireInspector(actor);
            InspectionDraw draw = store.find(id, true).orElseThrow(RandomInspections::notFound)
                    .publish(clock.instant());
            store.markPublished(id, draw.publishedAt().orElseThrow(), caller);
            audit.record(new AuditEntry(authority, caller, "INSPECTION", id, "INSPECTION_PUBLISHED", null,
                    Map.of("title", draw.title())));
            return draw;
        });
    }

    // --- the public ----------------------------------------------------------------------------

    /** The published random inspections of the authority with this code, newest first: anyone may read them. */
    public List<InspectionDraw> published(String authorityCode) {
        PublicOrganization authority = catalogue.organization(authorityCode);
        return transactions.readInTenant(authority.id(), () -> store.list(true, 200));
    }

    /** One published inspection of the authority with this code. */
    public InspectionDraw published(String authorityCode, UUID id) {
        PublicOrganization authority = catalogue.organization(authorityCode);
        return transactions.readInTenant(authority.id(), () -> store.find(id, false))
                .filter(InspectionDraw::published).orElseThrow(RandomInspections::notFound);
    }

    private List<Candidate> inspectors() {
        List<Candidate> inspectors = new ArrayList<>();
        int offset = 0;
        while (true) {
            Page<Member> page = memberships.list(null, new PageRequest(offset, PageRequest.MAX_LIMIT));
            page.items().stream()
                    .filter(m -> m.status() == MembershipStatus.ACTIVE && m.roles().contains(OrganizationRole.INSPECTOR))
                    .forEach(m -> inspectors.add(new Candidate(CandidatePool.INSPECTOR, m.person().value().toString(),
                            m.person().value(), m.displayName(), null, 0, false, Optional.empty())));
            offset += page.items().size();
            if (page.items().isEmpty() || offset >= page.total()) {
                return inspectors;
            }
        }
    }

    private static Candidate candidate(OrganizationIndicators o) {
        return new Candidate(CandidatePool.ORGANIZATION, o.code(), o.organization().value(), o.nameZh(),
                o.regionCode(), 0, false, Optional.empty());
    }

    private static List<String> keys(List<Candidate> candidates) {
        return candidates.stream().map(Candidate::key).toList();
    }

    private static void requireInspector(Actor actor) {
        actor.requireAnyOf(OrganizationRole.INSPECTOR, OrganizationRole.ADMINISTRATOR);
    }

    private static NotFoundException notFound() {
        return new NotFoundException("inspections.notFound");
    }
}
