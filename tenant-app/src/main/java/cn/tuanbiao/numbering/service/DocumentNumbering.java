package cn.tuanbiao.numbering.service;

import cn.tuanbiao.audit.domain.AuditEntry;
import cn.tuanbiao.audit.service.AuditTrail;
import cn.tuanbiao.numbering.domain.DocumentSeries;
import cn.tuanbiao.numbering.domain.IssuedNumber;
import cn.tuanbiao.numbering.domain.NumberingRule;
import cn.tuanbiao.numbering.persistence.NumberingStore;
import cn.tuanbiao.organizations.persistence.OrganizationRepository;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.users.domain.OrganizationRole;
import cn.tuanbiao.users.service.AccessControl;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Numbers the organization's own documents by its rules (LC-4): the secretariat sets a rule per
 * series; a number is issued inside the transaction of the act it numbers, so a rolled-back act
 * takes no number and concurrent acts never share one.
 */
@Singleton
public class DocumentNumbering {

    private final AccessControl access;
    private final NumberingStore store;
    private final OrganizationRepository organizations;
    private final AuditTrail audit;
    private final Clock clock;

    public DocumentNumbering(AccessControl access, NumberingStore store,
                             OrganizationRepository organizations, AuditTrail audit, Clock clock) {
        this.access = access;
        this.store = store;
        this.organizations = organizations;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every series with the rule in force: the organization's own, or the default. */
    public List<NumberingRule> rules(PersonId caller, TenantId tenant) {
        return access.readIn(caller, tenant, actor -> Arrays.stream(DocumentSeries.values())
                .map(series -> store.rule(series).orElseGet(series::defaultRule)).toList());
    }

    public NumberingRule setRule(PersonId caller, TenantId tenant, NumberingRule rule) {
        return access.actIn(caller, tenant, actor -> {
            actor.requireAnyOf(OrganizationRole.SECRETARIAT, OrganizationRole.ADMINISTRATOR);
            store.saveRule(tenant, rule);
            audit.record(new AuditEntry(tenant, caller, "ORGANIZATION", tenant.value(), "NUMBERING_RULE_SET", null,
                    Map.of("series", rule.series().name(), "pattern", rule.pattern())));
            return rule;
        });
    }

    /**
     * Issues the next number of the series, in the current transaction, which must be {@code
     * tenant}'s: row-level security refuses the number otherwise. {@code by} is null when the act
     * is the public's (a complaint filed without an account).
     */
    public IssuedNumber issue(PersonId by, TenantId tenant, DocumentSeries series, Year year, String subjectType,
                              UUID subjectId) {
        NumberingRule rule = store.rule(series).orElseGet(series::defaultRule);
        String code = organizations.findById(tenant.value()).map(o -> o.code())
                .orElseThrow(() -> new NotFoundException("organization.notFound"));
        int sequence = store.next(tenant, series, year);
        IssuedNumber issued = new IssuedNumber(series, year, sequence, rule.format(code, year, sequence), subjectType,
                subjectId, clock.instant());
        store.recordIssued(tenant, issued, by);
        return issued;
    }

    public Page<IssuedNumber> issued(PersonId caller, TenantId tenant, DocumentSeries series, PageRequest page) {
        return access.readIn(caller, tenant, actor -> store.issued(series, page));
    }
}
