package cn.tuanbiao.notifications.domain;

import java.util.List;

/**
 * What a notification says. Each kind names the parameters of its message
 * ({@code notification.<KIND>} in the message bundles, in this order as {0}, {1} …); a parameter
 * whose value is a message key ({@code stage.DRAFTING}, {@code action.APPROVE}) is worded in the
 * reader's language.
 */
public enum NotificationKind {
    /** A project reached a stage at which the recipient's role must act (LC-1; NextAction). */
    ACTION_REQUIRED("title", "stage", "action"),
    /** A call for patent disclosure on a standard (PART-4), to every member. */
    PATENT_CALL("title", "stage"),
    /** The comment period closes within a few days (LC-2). */
    COMMENT_PERIOD_CLOSING("title", "date"),
    /** The comment period has run: close it and resolve the comments (LC-2). */
    COMMENT_PERIOD_CLOSED("title", "date"),
    /** The periodic review falls due soon (LC-6). */
    REVIEW_DUE("title", "date"),
    /** The periodic review is overdue (LC-6). */
    REVIEW_OVERDUE("title", "date"),
    /** The recipient is invited to a meeting (PART-3). */
    MEETING_CONVENED("title", "date"),
    /** A ballot opened in which the recipient is an eligible voter (PART-2). */
    BALLOT_OPENED("title", "date"),
    /** A ballot closes soon and the recipient has not voted (PART-2); from the daily scan. */
    BALLOT_CLOSING("title", "date"),
    /** An invitation to join an organization: e-mail only, the invitee may have no account yet. */
    INVITATION("organization", "expires"),
    /** The code proving a public commenter's address (PART-1): e-mail only, the commenter has no account. */
    COMMENT_VERIFICATION("title", "minutes"),
    /** A case was filed with the organization (PART-6), to its secretariat. */
    CASE_FILED("number", "kind", "title"),
    /** The public complainant's receipt, with the key to their case: e-mail only (PART-6). */
    CASE_RECEIVED("number", "title"),
    /** The case's receipt is acknowledged, to the complainant (PART-6). */
    CASE_ACKNOWLEDGED("number", "title"),
    /** The scope decision, to the complainant: {@code decision} is caseStatus.ACCEPTED or …REJECTED_OUT_OF_SCOPE. */
    CASE_SCOPE_DECIDED("number", "title", "decision"),
    /** The outcome, to the complainant: {@code outcome} is caseOutcome.X. */
    CASE_DECIDED("number", "title", "outcome"),
    /** A time limit of the case falls due soon, to the secretariat: {@code limit} is caseLimit.X. */
    CASE_DEADLINE("number", "limit", "date"),
    /** A time limit of the case has passed, to the secretariat. */
    CASE_OVERDUE("number", "limit", "date"),
    /** The complainant escalated the case to a supervisory authority, to the secretariat (PART-6). */
    CASE_ESCALATED("number", "authority"),
    /** A case was referred to the authority, to its inspectors (SUP-2). */
    REFERRAL_RECEIVED("number", "organization"),
    /** The authority's handling of a referral, to the organization's secretariat and the complainant. */
    REFERRAL_UPDATED("number", "authority", "status"),
    /** The code proving a public complainant's address (PART-6): e-mail only. */
    COMPLAINT_VERIFICATION("organization", "minutes"),
    /** A centre's window closes soon (SUP-5): {@code deadline} is centreDeadline.X; to the base and the centre. */
    CENTRE_DEADLINE("centre", "deadline", "date"),
    /** A centre's window has passed without what was due (SUP-5); to the base and the centre. */
    CENTRE_OVERDUE("centre", "deadline", "date"),
    /** A centre submitted something to its base (SUP-5): {@code what} is centreStep.X; to the base. */
    CENTRE_SUBMITTED("centre", "what"),
    /** The base decided on a centre's file (SUP-5): {@code what} is centreStep.X; to the centre. */
    CENTRE_DECIDED("centre", "what"),
    /** A new organization should self-evaluate within 3 months of its first standard (PUB-2); from the daily scan, once. */
    GOOD_PRACTICE_DUE("date"),
    /** The member's alliance opened an award round (SUP-1), to the member's administrators, who nominate. */
    ALLIANCE_AWARD_ROUND_OPENED("alliance", "round", "date"),
    /** An award round closes soon and the member has nominated nothing (SUP-1), to its administrators. */
    ALLIANCE_AWARD_ROUND_CLOSING("alliance", "round", "date"),
    /** The member's alliance scheduled a training (SUP-1): {@code place} is a place or trainingMode.ONLINE. */
    ALLIANCE_TRAINING_SCHEDULED("alliance", "title", "date", "place");

    private final List<String> parameters;

    NotificationKind(String... parameters) {
        this.parameters = List.of(parameters);
    }

    public List<String> parameters() {
        return parameters;
    }

    /** Whether the kind is kept in the in-app inbox (all but those mailed to people without an account). */
    public boolean inApp() {
        return this != INVITATION && this != COMMENT_VERIFICATION && this != CASE_RECEIVED
                && this != COMPLAINT_VERIFICATION;
    }
}
