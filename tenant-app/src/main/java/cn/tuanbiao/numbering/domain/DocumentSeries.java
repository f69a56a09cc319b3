package cn.tuanbiao.numbering.domain;

/** The kinds of the organization's own documents that carry numbers (LC-4), with their default rule. */
public enum DocumentSeries {
    /** 公告 (e.g. the publication notice of a standard) */
    NOTICE("{code}公告〔{year}〕{seq}号"),
    /** 决定 */
    DECISION("{code}决字〔{year}〕{seq}号"),
    /** 申诉、投诉、争议案件 (PART-6): the number acknowledging a case's receipt */
    CASE("{code}申〔{year}〕{seq}号");

    private final String defaultPattern;

    DocumentSeries(String defaultPattern) {
        this.defaultPattern = defaultPattern;
    }

    public NumberingRule defaultRule() {
        return new NumberingRule(this, defaultPattern);
    }
}
