package cn.tuanbiao.screening.service;

import cn.tuanbiao.screening.domain.ApprovalWarning;
import cn.tuanbiao.screening.domain.ReferenceStandard;
import cn.tuanbiao.screening.domain.Similarity;
import cn.tuanbiao.screening.persistence.ScreeningStore;
import cn.tuanbiao.tenancy.TenantId;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The checks before approval (LC-7): overlap with a mandatory national standard, near-duplicates
 * of standards published on the platform, a subject outside the organization's business scope,
 * and the cyberspace consultation a cybersecurity standard needs. Runs inside the caller's
 * tenant transaction; the registers it reads are public.
 */
@Singleton
public class Screening {

    private final ScreeningStore store;
    private final ChineseTerms terms;
    private final double mandatoryThreshold;
    private final double duplicateThreshold;

    public Screening(ScreeningStore store, ChineseTerms terms,
                     @Value("${tuanbiao.screening.mandatory-threshold:0.35}") double mandatoryThreshold,
                     @Value("${tuanbiao.screening.duplicate-threshold:0.5}") double duplicateThreshold) {
        this.store = store;
        this.terms = terms;
        this.mandatoryThreshold = mandatoryThreshold;
        this.duplicateThreshold = duplicateThreshold;
    }

    /** What the decision body should know about a project, closest overlaps first. */
    public List<ApprovalWarning> screen(String title, String scope, boolean cybersecurity, String businessScope,
                                        Collection<UUID> ownLineage) {
        Set<String> titleTerms = terms.of(title);
        Set<String> scopeTerms = terms.of(scope);
        Set<String> all = terms.of(title, scope);
        List<ApprovalWarning> warnings = new ArrayList<>();
        warnings.addAll(overlaps(ApprovalWarning.Kind.MANDATORY_STANDARD_OVERLAP, store.mandatoryCandidates(all),
                titleTerms, scopeTerms, mandatoryThreshold));
        warnings.addAll(overlaps(ApprovalWarning.Kind.PUBLISHED_STANDARD_OVERLAP, store.publishedCandidates(all, ownLineage),
                titleTerms, scopeTerms, duplicateThreshold));
        if (businessScope != null && !businessScope.isBlank()
                && Similarity.dice(all, terms.of(businessScope)) == 0) {
            warnings.add(new ApprovalWarning(ApprovalWarning.Kind.OUTSIDE_BUSINESS_SCOPE, null, 0));
        }
        if (cybersecurity) {
            warnings.add(new ApprovalWarning(ApprovalWarning.Kind.CYBERSPACE_CONSULTATION, null, 0));
        }
        return warnings;
    }

    /** Enters a standard just published in the platform's register, in the publishing transaction. */
    public void recordPublished(TenantId organization, UUID standard, String number, String title, String scope,
                                LocalDate publishedOn) {
        store.recordPublished(organization, standard, new ReferenceStandard(number, title, scope), publishedOn,
                terms.of(title, scope));
    }

    /** A standard replaced by its revision or withdrawn no longer counts as a duplicate. */
    public void recordNoLongerInForce(TenantId organization, UUID standard, String status) {
        store.recordStatus(organization, standard, status);
    }

    private List<ApprovalWarning> overlaps(ApprovalWarning.Kind kind, List<ReferenceStandard> candidates,
                                           Set<String> titleTerms, Set<String> scopeTerms, double threshold) {
        Function<ReferenceStandard, Double> score = c -> Similarity.of(titleTerms, scopeTerms, terms.of(c.title()),
                terms.of(c.scope()));
        return candidates.stream()
                .map(c -> new ApprovalWarning(kind, c, score.apply(c)))
                .filter(w -> w.score() >= threshold)
                .sorted(Comparator.comparingDouble(ApprovalWarning::score).reversed())
                .limit(5)
                .toList();
    }
}
