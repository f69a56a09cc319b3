package cn.tuanbiao.chambers.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A chamber's standardization work of one year (年度标准化工作报告, SUP-3), as its records hold it:
 * the part of the annual assessment and of the president's annual report about standardization.
 * Nothing here is typed in: every figure is counted from the chamber's own records.
 */
public record AnnualReport(String organizationName, String organizationCode, int year, LocalDate asOf,
                           StandardsWork standards, List<PublishedStandard> publishedInYear,
                           CommentPeriods commentPeriods, Ballots ballots, List<MeetingsHeld> meetings,
                           Implementation implementation, Declarations declarations, Cases cases,
                           Optional<GoodPractice> goodPractice, List<String> feesPolicies,
                           Optional<FeeDeclaration> feeRules) {

    public AnnualReport {
        publishedInYear = List.copyOf(publishedInYear);
        meetings = List.copyOf(meetings);
        feesPolicies = List.copyOf(feesPolicies);
    }

    /** Projects of the year by step (LC-1): proposed, approved as projects, approved, published, withdrawn; in force on the report's date. */
    public record StandardsWork(int proposed, int projectsApproved, int approved, int published, int withdrawn,
                                int inForce) {
    }

    /** A standard published in the year. */
    public record PublishedStandard(String number, String titleZh, LocalDate publishedOn) {
    }

    /** Comment periods closed in the year, and how many ran at least 30 days (LC-2). */
    public record CommentPeriods(int closed, int atLeastThirtyDays) {
    }

    /** Ballots closed in the year and how many passed (PART-2, LC-3). */
    public record Ballots(int closed, int passed) {
    }

    /** Meetings of one kind held in the year (PART-3). */
    public record MeetingsHeld(String kind, int held) {
    }

    /** After publication, in the year (LC-8): dissemination events, trainings and their participants, feedback, adoptions, conversion requests. */
    public record Implementation(int disseminations, int trainings, int participants, int feedback, int adoptions,
                                 int conversionRequests) {
    }

    /** Self-declarations confirmed in the year (PUB-1). */
    public record Declarations(int confirmed) {
    }

    /** Appeals, complaints and disputes received in the year, and how many were concluded within their limit (PART-6). */
    public record Cases(int appeals, int complaints, int disputes, int concluded, int concludedInTime) {

        public int received() {
            return appeals + complaints + disputes;
        }
    }

    /** The good-practice self-evaluation of the year (PUB-2): its status, total and stars. */
    public record GoodPractice(int year, String status, BigDecimal total, Integer stars, Boolean basicConditionsMet) {
    }
}
