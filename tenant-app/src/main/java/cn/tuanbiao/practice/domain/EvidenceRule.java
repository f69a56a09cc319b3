package cn.tuanbiao.practice.domain;

import java.util.Optional;

/**
 * What the organization's own records can prove for an indicator: named in the catalogue's
 * {@code evidence} column ({@code POLICY:FEES}, {@code COMMENT_PERIODS} …), so the operator decides,
 * in data, which indicators the platform pre-fills.
 */
public record EvidenceRule(Kind kind, String argument) {

    public enum Kind {
        /** A procedure of the topic in the argument adopted by the decision body and in force (ORG-6); without one, the share of all topics. */
        POLICY,
        /** Comment periods of at least 30 days honoured (LC-2). */
        COMMENT_PERIODS,
        /** Votes passed by the rule of LC-3 (PART-2). */
        BALLOTS,
        /** Calls for patent disclosure issued (PART-4). */
        PATENT_CALLS,
        /** Self-declarations of the published standards confirmed (PUB-1). */
        SELF_DECLARATIONS,
        /** Appeals and complaints concluded within their time limits (PART-6). */
        COMPLAINTS
    }

    /** The rule written as {@code KIND} or {@code KIND:ARGUMENT}; empty when blank, absent when unknown. */
    public static Optional<EvidenceRule> parse(String text) {
        String clean = text.strip().toUpperCase(java.util.Locale.ROOT);
        int colon = clean.indexOf(':');
        String kind = colon < 0 ? clean : clean.substring(0, colon);
        String argument = colon < 0 ? null : clean.substring(colon + 1);
        try {
            Kind parsed = Kind.valueOf(kind);
            if (argument != null && (parsed != Kind.POLICY || !PolicyTopics.ALL.contains(argument))) {
                return Optional.empty();
            }
            return Optional.of(new EvidenceRule(parsed, argument));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return argument == null ? kind.name() : kind.name() + ":" + argument;
    }

    /** The policy topics (ORG-6) a POLICY rule may name; OTHER is not a procedure the scheme asks for. */
    public static final class PolicyTopics {
        public static final java.util.List<String> ALL = java.util.List.of("PROJECT_APPROVAL", "DRAFTING", "REVIEW",
                "CONFLICTS_OF_INTEREST", "INTELLECTUAL_PROPERTY", "APPEALS", "DOCUMENT_MANAGEMENT", "MEETINGS", "FEES");

        private PolicyTopics() {
        }
    }
}
