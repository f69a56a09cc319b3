package cn.tuanbiao.organizations.persistence;

import cn.tuanbiao.organizations.domain.OrganizationKind;
import cn.tuanbiao.organizations.domain.OrganizationLink;
import cn.tuanbiao.organizations.domain.OrganizationLinkKind;
import cn.tuanbiao.organizations.domain.OrganizationSummary;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.persistence.Like;
import cn.tuanbiao.tenancy.TenantId;
import jakarta.inject.Singleton;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import static cn.tuanbiao.jooq.Tables.ORGANIZATIONS;
import static cn.tuanbiao.jooq.Tables.ORGANIZATION_LINKS;

/** Paged reads of the organizations registry: the search, and one organization's links. */
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

    /**
     * {@code organization}'s links as parent or child (an alliance's members, a member's alliances), the
     * current ones first, then by the latest date. Both sides are indexed: the parent by
     * organization_links_parent_idx, the child by organization_links_child_idx (both V2).
     */
    public Page<OrganizationLink> links(TenantId organization, PageRequest page) {
        var parent = ORGANIZATIONS.as("parent");
        var child = ORGANIZATIONS.as("child");
        var l = ORGANIZATION_LINKS;
        Condition touches = l.PARENT_ID.eq(organization.value()).or(l.CHILD_ID.eq(organization.value()));
        long total = db.fetchCount(l, touches);
        var items = db.select(l.ID, l.LINK_KIND, parent.ID, parent.CODE, parent.NAME_ZH, child.ID, child.CODE,
                        child.NAME_ZH, l.JOINED_ON, l.LEFT_ON)
                .from(l)
                .join(parent).on(parent.ID.eq(l.PARENT_ID))
                .join(child).on(child.ID.eq(l.CHILD_ID))
                .where(touches)
                .orderBy(l.LEFT_ON.isNull().desc(), DSL.coalesce(l.LEFT_ON, l.JOINED_ON).desc(), l.ID)
                .offset(page.offset())
                .limit(page.limit())
                .fetch(r -> new OrganizationLink(r.value1(), OrganizationLinkKind.valueOf(r.value2()),
                        new OrganizationLink.Side(new TenantId(r.value3()), r.value4(), r.value5()),
                        new OrganizationLink.Side(new TenantId(r.value6()), r.value7(), r.value8()),
                        r.value9(), r.value10()));
        return new Page<>(items, total, page.offset(), page.limit());
    }
}
