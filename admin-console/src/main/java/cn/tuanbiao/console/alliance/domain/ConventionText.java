package cn.tuanbiao.console.alliance.domain;

import cn.tuanbiao.shared.domain.Problems;

/** The text of a new version of the convention as the secretariat enters it, checked field by field. */
public record ConventionText(String title, String body) {

    public static final int MAX_BODY = 20_000;

    /** The same text, trimmed; refuses a missing or over-long title or body (all problems at once). */
    public ConventionText validate() {
        Problems problems = new Problems();
        String t = problems.required("title", title, 200);
        String b = problems.required("body", body, MAX_BODY);
        problems.throwIfAny();
        return new ConventionText(t, b);
    }
}
