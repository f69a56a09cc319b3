package cn.tuanbiao.practice.domain;

import java.math.BigDecimal;

/**
 * One indicator of a scheme: first level ({@code 1}), second ({@code 1.2}) or third ({@code 1.2.3}).
 * Third-level indicators carry the points; a basic condition (基本条件) is met or not met, and failing
 * it means no star and that standard-setting should pause (PUB-2).
 */
public record Indicator(String code, int level, String parentCode, int position, String nameZh, String nameEn,
                        BigDecimal points, boolean basic, String criteria, EvidenceRule evidence) {

    public boolean scored() {
        return level == 3;
    }

    /** The name in the reader's language: English when asked for and present, else Chinese. */
    public String name(boolean english) {
        return english && nameEn != null && !nameEn.isBlank() ? nameEn : nameZh;
    }
}
