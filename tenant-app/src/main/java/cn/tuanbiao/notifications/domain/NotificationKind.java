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
    /** A ballot opened in which the recipient is an eligible voter (PART-2). */
    BALLOT_OPENED("title", "date"),
    /** A ballot closes soon and the recipient has not voted (PART-2); from the daily scan. */
    BALLOT_CLOSING("title", "date"),
    /** An invitation to join an organization: e-mail only, the invitee may have no account yet. */
    INVITATION("organization", "expires"),
    /** The code proving a public commenter's address (PART-1): e-mail only, the commenter has no account. */
    COMMENT_VERIFICATION("title", "minutes");

    private final List<String> parameters;

    NotificationKind(String... parameters) {
        this.parameters = List.of(parameters);
    }

    public List<String> parameters() {
        return parameters;
    }

    /** Whether the kind is kept in the in-app inbox (all but those mailed to people without an account). */
    public boolean inApp() {
        return this != INVITATION && this != COMMENT_VERIFICATION;
    }
}
