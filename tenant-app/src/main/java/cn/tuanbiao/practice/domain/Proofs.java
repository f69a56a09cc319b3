package cn.tuanbiao.practice.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the organization's records prove for the indicators whose catalogue row names an evidence
 * rule (PUB-2): each proof is a pre-filled answer with the records it rests on. A scored indicator
 * gets its points in proportion to the share of records that satisfy the rule (to half a point);
 * a basic condition is met when every record does. Where the records hold nothing for the year,
 * nothing is proven and the answer is left to the organization, with a note of what is missing.
 */
public final class Proofs {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private Proofs() {
    }

    /** The pre-filled answer of each indicator the records prove something about, by code. */
    public static Map<String, Answer> of(Catalogue catalogue, OrganizationRecords records) {
        Map<String, Answer> proven = new LinkedHashMap<>();
        for (Indicator indicator : catalogue.scored().values()) {
            if (indicator.evidence() != null) {
                prove(indicator, records).ifPresent(answer -> proven.put(indicator.code(), answer));
            }
        }
        return proven;
    }

    /** The records' share that satisfies the rule, with the evidence; empty when the records hold nothing to judge by. */
    private record Finding(int satisfied, int of, List<Evidence> evidence) {
    }

    private static Optional<Answer> prove(Indicator indicator, OrganizationRecords records) {
        Finding finding = switch (indicator.evidence().kind()) {
            case POLICY -> policies(indicator.evidence().argument(), records);
            case COMMENT_PERIODS -> commentPeriods(records);
            case BALLOTS -> ballots(records);
            case PATENT_CALLS -> patentCalls(records);
            case SELF_DECLARATIONS -> declarations(records);
            case COMPLAINTS -> cases(records);
        };
        if (finding.of() == 0 || finding.satisfied() == 0 && indicator.evidence().kind() == EvidenceRule.Kind.POLICY) {
            return Optional.empty();
        }
        if (indicator.basic()) {
            return Optional.of(new Answer(indicator.code(), null, finding.satisfied() == finding.of(), null,
                    finding.evidence(), AnswerSource.PREFILLED));
        }
        BigDecimal share = indicator.points().multiply(BigDecimal.valueOf(finding.satisfied()))
                .divide(BigDecimal.valueOf(finding.of()), 4, RoundingMode.HALF_UP);
        BigDecimal halves = share.multiply(TWO).setScale(0, RoundingMode.FLOOR).divide(TWO, 1, RoundingMode.UNNECESSARY);
        return Optional.of(new Answer(indicator.code(), halves, null, null, finding.evidence(), AnswerSource.PREFILLED));
    }

    private static Finding policies(String topic, OrganizationRecords records) {
        List<String> topics = topic == null ? EvidenceRule.PolicyTopics.ALL : List.of(topic);
        List<Evidence> evidence = new ArrayList<>();
        int satisfied = 0;
        for (String wanted : topics) {
            List<OrganizationRecords.PolicyInForce> inForce = records.policies().stream()
                    .filter(p -> p.topic().equals(wanted)).toList();
            if (inForce.isEmpty()) {
                evidence.add(new Evidence(Evidence.Kind.MISSING, "policyTopic." + wanted, null, null));
            } else {
                satisfied++;
                inForce.forEach(p -> evidence.add(new Evidence(Evidence.Kind.POLICY, p.title(), p.policy(),
                        "v" + p.version() + " · " + p.adoptedOn() + " · " + p.decision())));
            }
        }
        return new Finding(satisfied, topics.size(), evidence);
    }

    private static Finding commentPeriods(OrganizationRecords records) {
        List<Evidence> evidence = records.commentPeriods().stream().map(p -> new Evidence(Evidence.Kind.COMMENT_PERIOD,
                p.title(), p.standard(), p.opens() + " — " + p.closes() + " · " + p.days())).toList();
        int satisfied = (int) records.commentPeriods().stream().filter(p -> p.days() >= 30).count();
        return new Finding(satisfied, records.commentPeriods().size(), evidence);
    }

    private static Finding ballots(OrganizationRecords records) {
        List<Evidence> evidence = records.ballots().stream().map(b -> new Evidence(Evidence.Kind.BALLOT, b.title(),
                b.ballot(), b.inFavour() + "/" + b.base() + " ≥ " + b.threshold() + (b.passed() ? " ✓" : " ✗"))).toList();
        // Every recorded result was computed by LC-3 against the configured base: each is a vote by rule.
        return new Finding(records.ballots().size(), records.ballots().size(), evidence);
    }

    private static Finding patentCalls(OrganizationRecords records) {
        List<Evidence> evidence = records.patentCalls().stream().map(c -> new Evidence(Evidence.Kind.PATENT_CALL,
                c.title(), c.call(), c.issuedAt().toString().substring(0, 10) + " · stage." + c.stage() + " · "
                        + c.membersNotified())).toList();
        return new Finding(records.patentCalls().size(), records.patentCalls().size(), evidence);
    }

    private static Finding declarations(OrganizationRecords records) {
        List<Evidence> evidence = records.published().stream().map(s -> new Evidence(
                s.declarationConfirmed() ? Evidence.Kind.DECLARATION : Evidence.Kind.MISSING, s.title(), s.standard(),
                s.publishedOn().toString())).toList();
        int satisfied = (int) records.published().stream().filter(OrganizationRecords.PublishedStandard::declarationConfirmed)
                .count();
        return new Finding(satisfied, records.published().size(), evidence);
    }

    private static Finding cases(OrganizationRecords records) {
        List<Evidence> evidence = records.cases().stream().map(c -> new Evidence(
                c.concludedInTime() ? Evidence.Kind.CASE : Evidence.Kind.MISSING, c.number(), c.caseId(),
                (c.concludedOn() == null ? "—" : c.concludedOn().toString()) + " ≤ " + c.concludeBy())).toList();
        int satisfied = (int) records.cases().stream().filter(OrganizationRecords.CaseReceived::concludedInTime).count();
        return new Finding(satisfied, records.cases().size(), evidence);
    }
}
