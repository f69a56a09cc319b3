package cn.tuanbiao.appeals.service;

import cn.tuanbiao.appeals.domain.Case;
import cn.tuanbiao.notifications.domain.NotificationKind;
import cn.tuanbiao.notifications.domain.Recipients;
import cn.tuanbiao.notifications.domain.SubjectLink;
import cn.tuanbiao.notifications.service.Notifications;
import cn.tuanbiao.organizations.persistence.OrganizationRepository;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.users.domain.OrganizationRole;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.Set;

/**
 * Tells the people of a case what happened (PART-6), in the caller's transaction: the secretariat
 * in the workspace (and by e-mail), the complainant in the workspace when a member, by e-mail
 * (with a link to their case page) when from the public.
 */
@Singleton
class CaseNotices {

    private final Notifications notifications;
    private final OrganizationRepository organizations;

    CaseNotices(Notifications notifications, OrganizationRepository organizations) {
        this.notifications = notifications;
        this.organizations = organizations;
    }

    void toSecretariat(TenantId tenant, Case c, PersonId except, NotificationKind kind, Map<String, String> params) {
        Recipients secretariat = Recipients.roles(Set.of(OrganizationRole.SECRETARIAT));
        notifications.notify(tenant, except == null ? secretariat : secretariat.except(except), kind,
                subject(c), params);
    }

    void toComplainant(TenantId tenant, Case c, NotificationKind kind, Map<String, String> params) {
        if (c.complainant().isMember()) {
            notifications.notify(tenant, Recipients.people(Set.of(c.complainant().person())), kind, subject(c), params);
        } else {
            notifications.email(tenant, c.complainant().email(), greeting(c), kind, params, publicPage(tenant, c), null);
        }
    }

    /** The public complainant's receipt, whose link carries the key to their case page. */
    void receiptToPublic(TenantId tenant, Case c, String key) {
        notifications.email(tenant, c.complainant().email(), greeting(c), NotificationKind.CASE_RECEIVED,
                Map.of("number", c.number(), "title", c.filing().title()), publicPage(tenant, c) + "?key=", key);
    }

    /** The public page of a case: {@code complaints/{organization code}/{case id}}. */
    String publicPage(TenantId tenant, Case c) {
        String code = organizations.findById(tenant.value()).orElseThrow().code();
        return "/complaints/" + code + "/" + c.id();
    }

    static SubjectLink subject(Case c) {
        return new SubjectLink(SubjectLink.CASE, c.id().value());
    }

    private static String greeting(Case c) {
        return c.complainant().name() == null ? c.complainant().email() : c.complainant().name();
    }
}
