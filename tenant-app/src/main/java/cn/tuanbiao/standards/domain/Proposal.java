package cn.tuanbiao.standards.domain;

import cn.tuanbiao.shared.domain.Problems;

/** A proposal as typed: checked field by field before a project is created (AUD-2). */
public record Proposal(String titleZh, String titleEn, String scope, boolean publicInterest, boolean cybersecurity) {

    public Subject validate() {
        Problems problems = new Problems();
        String title = problems.required("titleZh", titleZh, 300);
        String english = problems.optional("titleEn", titleEn, 500);
        String checkedScope = problems.required("scope", scope, 4000);
        problems.throwIfAny();
        return new Subject(title, english, checkedScope, publicInterest, cybersecurity);
    }
}
