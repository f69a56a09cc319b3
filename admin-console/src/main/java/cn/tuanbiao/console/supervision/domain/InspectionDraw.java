package cn.tuanbiao.console.supervision.domain;

import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.tenancy.PersonId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A random inspection of a supervisory authority (双随机、一公开, SUP-2): drawn once with its seed from
 * two pools, then a finding per drawn organization, then published; after publication nothing
 * changes. Candidates are in rank order.
 */
public record InspectionDraw(UUID id, String title, String seed, PoolFilter filter, int organizationsRequested,
                             int inspectorsRequested, String poolDigest, Instant drawnAt, PersonId drawnBy,
                             Optional<Instant> publishedAt, List<Candidate> organizations, List<Candidate> inspectors) {

    public InspectionDraw {
        organizations = List.copyOf(organizations);
        inspectors = List.copyOf(inspectors);
    }

    /**
     * Draws from the pools (each candidate given with its key; their order does not matter):
     * ranks both by {@link SeededDraw} and marks the first N organizations and M inspectors.
     */
    public static InspectionDraw draw(UUID id, DrawRequest request, String seed, List<Candidate> organizationPool,
                                      List<Candidate> inspectorPool, Instant at, PersonId by) {
        if (organizationPool.isEmpty()) {
            throw new InvalidInputException(FieldProblem.of("organizations", "SUP-2", "inspections.emptyOrganizationPool"));
        }
        if (inspectorPool.isEmpty()) {
            throw new InvalidInputException(FieldProblem.of("inspectors", "SUP-2", "inspections.emptyInspectorPool"));
        }
        return new InspectionDraw(id, request.title(), seed, request.pool(), request.organizations(),
                request.inspectors(), SeededDraw.poolDigest(keys(organizationPool), keys(inspectorPool)), at, by,
                Optional.empty(), ranked(seed, organizationPool, request.organizations()),
                ranked(seed, inspectorPool, request.inspectors()));
    }

    public List<Candidate> drawnOrganizations() {
        return organizations.stream().filter(Candidate::drawn).toList();
    }

    public List<Candidate> drawnInspectors() {
        return inspectors.stream().filter(Candidate::drawn).toList();
    }

    public boolean published() {
        return publishedAt.isPresent();
    }

    /** Records (or corrects, until publication) the finding on a drawn organization. */
    public InspectionDraw recordFinding(String organizationKey, InspectionResult result, String text, Instant at,
                                        PersonId by) {
        requireUnpublished();
        String reasons = text == null ? "" : text.strip();
        if (result == null) {
            throw new InvalidInputException(FieldProblem.of("result", "SUP-2", "validation.required"));
        }
        if (reasons.isEmpty()) {
            throw new InvalidInputException(FieldProblem.of("finding", "SUP-2", "inspections.findingRequired"));
        }
        Candidate target = drawnOrganizations().stream().filter(c -> c.key().equals(organizationKey)).findFirst()
                .orElseThrow(() -> new InvalidInputException(
                        FieldProblem.of("organization", "SUP-2", "inspections.notDrawn")));
        List<Candidate> changed = new ArrayList<>();
        for (Candidate c : organizations) {
            changed.add(c == target ? c.withFinding(new Finding(result, reasons, at, by)) : c);
        }
        return new InspectionDraw(id, title, seed, filter, organizationsRequested, inspectorsRequested, poolDigest,
                drawnAt, drawnBy, publishedAt, changed, inspectors);
    }

    /** Publishes the results (一公开): only once every drawn organization has its finding. */
    public InspectionDraw publish(Instant at) {
        requireUnpublished();
        if (drawnOrganizations().stream().anyMatch(c -> c.finding().isEmpty())) {
            throw new InvalidInputException(FieldProblem.of("findings", "SUP-2", "inspections.findingsMissing"));
        }
        return new InspectionDraw(id, title, seed, filter, organizationsRequested, inspectorsRequested, poolDigest,
                drawnAt, drawnBy, Optional.of(at), organizations, inspectors);
    }

    /** Re-runs the draw from the recorded seed and pools and compares it with what was recorded. */
    public Verification verify() {
        List<String> organizationKeys = keys(organizations);
        List<String> inspectorKeys = keys(inspectors);
        List<String> expectedOrganizations = SeededDraw.draw(seed, organizationKeys, organizationsRequested);
        List<String> expectedInspectors = SeededDraw.draw(seed, inspectorKeys, inspectorsRequested);
        boolean digest = SeededDraw.poolDigest(organizationKeys, inspectorKeys).equals(poolDigest);
        boolean same = digest && expectedOrganizations.equals(keys(drawnOrganizations()))
                && expectedInspectors.equals(keys(drawnInspectors()));
        return new Verification(same, digest, expectedOrganizations, expectedInspectors);
    }

    private void requireUnpublished() {
        if (published()) {
            throw new InvalidInputException(FieldProblem.of("draw", "SUP-2", "inspections.alreadyPublished"));
        }
    }

    private static List<Candidate> ranked(String seed, List<Candidate> pool, int n) {
        Map<String, Candidate> byKey = new HashMap<>();
        for (Candidate c : pool) {
            if (byKey.put(c.key(), c) != null) {
                throw new IllegalArgumentException("Two candidates with the key " + c.key());
            }
        }
        List<String> order = SeededDraw.rank(seed, byKey.keySet());
        List<Candidate> result = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            String key = order.get(i);
            Candidate c = byKey.get(key);
            result.add(new Candidate(c.pool(), key, c.subjectId(), c.label(), c.regionCode(), i + 1, i < n,
                    Optional.empty()));
        }
        return result;
    }

    private static List<String> keys(List<Candidate> candidates) {
        return candidates.stream().map(Candidate::key).toList();
    }
}
