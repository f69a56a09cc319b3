package cn.tuanbiao.statistics.domain;

import cn.tuanbiao.organizations.domain.OrganizationKind;
import cn.tuanbiao.tenancy.TenantId;

import java.time.Instant;

/** One organization on the compliance risk list (SUP-2): its profile, its count of each kind of risk, their severity. */
public record OrganizationRisks(TenantId organization, String code, String nameZh, OrganizationKind kind,
                                String regionCode, int reviewsOverdue, int declarationsMissing, int complaintsOverdue,
                                int practiceFailed, int total, RiskSeverity severity, Instant updatedAt) {

    public int count(RiskKind risk) {
        return switch (risk) {
            case REVIEW_OVERDUE -> reviewsOverdue;
            case DECLARATION_MISSING -> declarationsMissing;
            case COMPLAINT_OVERDUE -> complaintsOverdue;
            case PRACTICE_FAILED -> practiceFailed;
        };
    }
}
