package cn.tuanbiao.standards.persistence;

import cn.tuanbiao.standards.domain.LifecyclePolicy;
import cn.tuanbiao.standards.domain.ReviewOutcome;
import cn.tuanbiao.tenancy.TenantId;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import static cn.tuanbiao.jooq.Tables.LIFECYCLE_POLICIES;

/** The organization's lifecycle settings; the defaults until it sets its own. */
@Singleton
public class LifecyclePolicyStore {

    private final DSLContext db;

    public LifecyclePolicyStore(DSLContext db) {
        this.db = db;
    }

    public LifecyclePolicy current() {
        return db.selectFrom(LIFECYCLE_POLICIES).fetchOptional(r -> new LifecyclePolicy(r.getMinimumCommentDays(),
                        ReviewOutcome.VoteBase.valueOf(r.getVoteBase()), r.getReviewIntervalYears()))
                .orElseGet(LifecyclePolicy::defaults);
    }

    public void save(TenantId tenant, LifecyclePolicy policy) {
        db.insertInto(LIFECYCLE_POLICIES)
                .set(LIFECYCLE_POLICIES.TENANT_ID, tenant.value())
                .set(LIFECYCLE_POLICIES.MINIMUM_COMMENT_DAYS, policy.minimumCommentDays())
                .set(LIFECYCLE_POLICIES.VOTE_BASE, policy.voteBase().name())
                .set(LIFECYCLE_POLICIES.REVIEW_INTERVAL_YEARS, policy.reviewIntervalYears())
                .onConflict(LIFECYCLE_POLICIES.TENANT_ID).doUpdate()
                .set(LIFECYCLE_POLICIES.MINIMUM_COMMENT_DAYS, policy.minimumCommentDays())
                .set(LIFECYCLE_POLICIES.VOTE_BASE, policy.voteBase().name())
                .set(LIFECYCLE_POLICIES.REVIEW_INTERVAL_YEARS, policy.reviewIntervalYears())
                .execute();
    }
}
