package cn.tuanbiao.organizations.persistence;

import cn.tuanbiao.organizations.domain.OrganizationKind;
import cn.tuanbiao.organizations.domain.OrganizationSummary;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.persistence.Like;
import jakarta.inject.Singleton;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import static cn.tuanbiao.jooq.Tables.ORGANIZATIONS;

/** Paged search over the organizations registry. */
@Singleton
public class OrganizationQueries {

    private final DSLContext db;

    public OrganizationQueries(DSLContext db) {
        this.db = db;
    }

    public Page<OrganizationSummary> search(String text, OrganizationKind kind, PageRequest page) {
        Condition where = DSL.noCondition();
        if (text != null && !text.isBlank()) {
            String pattern = Like.containing(text);
            where = where.and(ORGANIZATIONS.NAME_ZH.like(pattern).escape(Like.ESCAPE)
                    .or(ORGANIZATIONS.CODE.likeIgnoreCase(pattern).escape(Like.ESCAPE))
                    .or(ORGANIZATIONS.CREDIT_CODE.likeIgnoreCase(pattern).escape(Like.ESCAPE)));
        }
        if (kind != null) {
            where = where.and(ORGANIZATIONS.KIND.eq(kind.name()));
        }
        long total = db.fetchCount(ORGANIZATIONS, where);
        var items = db.select(ORGANIZATIONS.ID, ORGANIZATIONS.KIND, ORGANIZATIONS.NAME_ZH, ORGANIZATIONS.CODE,
                        ORGANIZATIONS.REGION_CODE, ORGANIZATIONS.STATUS)
                .from(ORGANIZATIONS)
                .where(where)
                .orderBy(ORGANIZATIONS.NAME_ZH, ORGANIZATIONS.ID)
                .offset(page.offset())
                .limit(page.limit())
                .fetch(r -> new OrganizationSummary(new cn.tuanbiao.tenancy.TenantId(r.value1()),
                        OrganizationKind.valueOf(r.value2()), r.value3(), r.value4(), r.value5(), r.value6()));
        return new Page<>(items, total, page.offset(), page.limit());
    }
}
