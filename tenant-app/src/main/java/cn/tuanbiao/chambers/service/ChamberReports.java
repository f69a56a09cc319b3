package cn.tuanbiao.chambers.service;

import cn.tuanbiao.audit.domain.AuditEntry;
import cn.tuanbiao.audit.service.AuditTrail;
import cn.tuanbiao.catalogue.domain.PublicOrganization;
import cn.tuanbiao.chambers.domain.AnnualReport;
import cn.tuanbiao.chambers.domain.ChamberRules;
import cn.tuanbiao.chambers.domain.FeeDeclaration;
import cn.tuanbiao.chambers.domain.FeeItem;
import cn.tuanbiao.chambers.domain.FeeRulesDraft;
import cn.tuanbiao.chambers.persistence.ChamberRecordsStore;
import cn.tuanbiao.chambers.persistence.FeeDeclarationStore;
import cn.tuanbiao.organizations.domain.OrganizationCode;
import cn.tuanbiao.organizations.domain.OrganizationKind;
import cn.tuanbiao.organizations.persistence.OrganizationEntity;
import cn.tuanbiao.organizations.persistence.OrganizationRepository;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.tenancy.Transactions;
import cn.tuanbiao.users.domain.OrganizationRole;
import cn.tuanbiao.users.persistence.UserEntity;
import cn.tuanbiao.users.persistence.UserRepository;
import cn.tuanbiao.users.service.AccessControl;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A chamber of commerce's standardization accounts (SUP-3): the annual standardization work report,
 * generated from its records for the president's annual report and the annual assessment, and its
 * fee-rules declaration (收费规则声明) with the commitment that nothing is charged in the name of
 * standardization — versioned, shown in the report and on its public catalogue page.
 */
@Singleton
public class ChamberReports {

    public static final String SUBJECT = "FEE_RULES";
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final AccessControl access;
    private final Transactions transactions;
    private final OrganizationRepository organizations;
    private final UserRepository users;
    private final ChamberRecordsStore records;
    private final FeeDeclarationStore fees;
    private final AuditTrail audit;
    private final Clock clock;

    public ChamberReports(AccessControl access, Transactions transactions, OrganizationRepository organizations,
                          UserRepository users, ChamberRecordsStore records, FeeDeclarationStore fees, AuditTrail audit,
                          Clock clock) {
        this.access = access;
        this.transactions = transactions;
        this.organizations = organizations;
        this.users = users;
        this.records = records;
        this.fees = fees;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The year's report, counted now from the chamber's records; for its administrators, secretariat and
     * council (the president sits on it).
     */
    public AnnualReport annualReport(PersonId caller, TenantId chamber, int year) {
        LocalDate today = today();
        ChamberRules.requireReportableYear(year, today);
        return access.readIn(caller, chamber, actor -> {
            actor.requireAnyOf(OrganizationRole.ADMINISTRATOR, OrganizationRole.SECRETARIAT,
                    OrganizationRole.COUNCIL_MEMBER);
            OrganizationEntity profile = chamberProfile(chamber);
            LocalDate end = LocalDate.of(year, 12, 31);
            return new AnnualReport(profile.nameZh(), profile.code(), year, today, records.standards(year),
                    records.publishedIn(year, new OrganizationCode(profile.code())), records.commentPeriods(year),
                    records.ballots(year), records.meetings(year), records.implementation(year),
                    records.declarations(year), records.cases(year), records.goodPractice(year),
                    records.feesPolicies(year), fees.inForce(end.isBefore(today) ? end : today));
        });
    }

    /** Declares a new version of the fee rules; refused without the commitment or with a fee for standard-setting (SUP-3). */
    public FeeDeclaration declareFeeRules(PersonId caller, TenantId chamber, FeeRulesDraft draft) {
        FeeRulesDraft.Valid rules = draft.validate();
        return access.actIn(caller, chamber, actor -> {
            actor.requireAnyOf(OrganizationRole.ADMINISTRATOR, OrganizationRole.SECRETARIAT);
            chamberProfile(chamber);
            Instant now = clock.instant();
            String name = users.findById(caller.value()).map(UserEntity::displayName).orElse("");
            int version = fees.insert(chamber, rules, today(), caller, name, now);
            audit.record(new AuditEntry(chamber, caller, SUBJECT, chamber.value(), "FEE_RULES_DECLARED",
                    FeeDeclaration.COMMITMENT, Map.of("version", Integer.toString(version),
                    "items", rules.items().stream().map(FeeItem::item).collect(Collectors.joining("；")))));
            return fees.version(version).orElseThrow();
        });
    }

    /** The declaration in force today, for every member. */
    public Optional<FeeDeclaration> feeRules(PersonId caller, TenantId chamber) {
        return access.readIn(caller, chamber, actor -> fees.inForce(today()));
    }

    /** Every declared version, newest first. */
    public List<FeeDeclaration> feeRulesHistory(PersonId caller, TenantId chamber) {
        return access.readIn(caller, chamber, actor -> fees.history());
    }

    /** The declaration in force of a chamber, as its public catalogue page shows it (anyone; empty for other kinds). */
    public Optional<FeeDeclaration> publicFeeRules(PublicOrganization organization) {
        return transactions.readInTenant(organization.id(), () -> fees.inForce(today()));
    }

    /** Whether this organization is a chamber of commerce (the views show chamber features only there). */
    public boolean isChamber(TenantId organization) {
        return transactions.readOnPlatform(() -> organizations.findById(organization.value()))
                .map(o -> OrganizationKind.CHAMBER_OF_COMMERCE.name().equals(o.kind())).orElse(false);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(CHINA));
    }

    private OrganizationEntity chamberProfile(TenantId chamber) {
        OrganizationEntity profile = organizations.findById(chamber.value())
                .orElseThrow(() -> new NotFoundException("catalogue.organizationNotFound"));
        ChamberRules.requireChamber(OrganizationKind.valueOf(profile.kind()));
        return profile;
    }
}
