package cn.tuanbiao.practice.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the organization's own records hold for a year, as the pre-fill reads them (PUB-2). */
public record OrganizationRecords(int year, List<PolicyInForce> policies, List<CommentPeriodHeld> commentPeriods,
                                  List<BallotClosed> ballots, List<PatentCallIssued> patentCalls,
                                  List<PublishedStandard> published, List<CaseReceived> cases) {

    /** A policy version adopted by the decision body and in force at the end of the year (ORG-6). */
    public record PolicyInForce(UUID policy, String topic, String title, int version, LocalDate adoptedOn,
                                String decision) {
    }

    /** A standard's comment period that closed in the year (LC-2). */
    public record CommentPeriodHeld(UUID standard, String title, LocalDate opens, LocalDate closes) {

        public long days() {
            return java.time.temporal.ChronoUnit.DAYS.between(opens, closes);
        }
    }

    /** A ballot closed in the year with its result computed by LC-3 (PART-2). */
    public record BallotClosed(UUID ballot, String title, int base, int inFavour, int threshold, boolean passed,
                               Instant closedAt) {
    }

    /** A call for patent disclosure issued in the year (PART-4). */
    public record PatentCallIssued(UUID call, String title, String stage, Instant issuedAt, int membersNotified) {
    }

    /** A standard published by the end of the year, and whether its self-declaration is confirmed (PUB-1). */
    public record PublishedStandard(UUID standard, String title, LocalDate publishedOn, boolean declarationConfirmed) {
    }

    /** An appeal, complaint or dispute received in the year, and whether it was concluded within its limit (PART-6). */
    public record CaseReceived(UUID caseId, String number, LocalDate concludeBy, LocalDate concludedOn) {

        public boolean concludedInTime() {
            return concludedOn != null && !concludedOn.isAfter(concludeBy);
        }
    }
}
