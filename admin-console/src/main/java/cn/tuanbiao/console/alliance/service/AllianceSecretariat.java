package cn.tuanbiao.console.alliance.service;

import cn.tuanbiao.catalogue.domain.CatalogueEntry;
import cn.tuanbiao.catalogue.domain.PublicOrganization;
import cn.tuanbiao.catalogue.service.PublicCatalogue;
import cn.tuanbiao.audit.domain.AuditEntry;
import cn.tuanbiao.audit.service.AuditTrail;
import cn.tuanbiao.console.alliance.domain.Leaving;
import cn.tuanbiao.console.alliance.domain.MemberPeriod;
import cn.tuanbiao.console.alliance.domain.MemberStandard;
import cn.tuanbiao.console.alliance.domain.RosterRow;
import cn.tuanbiao.console.alliance.persistence.AllianceActivityStore;
import cn.tuanbiao.console.alliance.persistence.AllianceStore;
import cn.tuanbiao.organizations.service.OrganizationOnboarding;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.i18n.Messages;
import cn.tuanbiao.standards.service.StandardService;
import cn.tuanbiao.statistics.domain.MemberIndicators;
import cn.tuanbiao.statistics.domain.MemberOrganizations;
import cn.tuanbiao.statistics.domain.ReaderKind;
import cn.tuanbiao.statistics.domain.StatisticsReader;
import cn.tuanbiao.statistics.domain.Viewpoint;
import cn.tuanbiao.statistics.service.CrossTenantStatistics;
import cn.tuanbiao.statistics.service.StatisticsReaders;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.tenancy.Transactions;
import cn.tuanbiao.users.domain.Actor;
import cn.tuanbiao.users.service.AccessControl;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * The alliance secretariat's roster (SUP-1): its current members with their indicators, the
 * history of joining and leaving, and one member drilled down to with its published standards.
 * Only the secretariat and administrators of an active alliance use it, and only over the
 * alliance's current members ({@link StatisticsReaders}); indicators come from the cross-tenant
 * statistics (access check, access log, V28/V33 read models), standards from the members' public
 * catalogues (PUB-3). A member's own tables are never read: the secretariat sees its published
 * data and numbers, not its drafts.
 */
@Singleton
public class AllianceSecretariat {

    public static final String MEMBER_SUBJECT = "ALLIANCE_MEMBER";

    /** Rows per page when a whole list is walked (export, drill-down). */
    static final int BATCH = PageRequest.MAX_LIMIT;

    private final CrossTenantStatistics statistics;
    private final StatisticsReaders readers;
    private final AccessControl access;
    private final Transactions transactions;
    private final AllianceStore store;
    private final PublicCatalogue catalogue;
    private final Messages messages;
    private final Clock clock;
    private final AllianceActivityStore activities;
    private final OrganizationOnboarding onboarding;
    private final AuditTrail audit;

    public AllianceSecretariat(CrossTenantStatistics statistics, StatisticsReaders readers, AccessControl access,
                               Transactions transactions, AllianceStore store, PublicCatalogue catalogue,
                               Messages messages, Clock clock, AllianceActivityStore activities,
                               OrganizationOnboarding onboarding, AuditTrail audit) {
        this.activities = activities;
        this.onboarding = onboarding;
        this.audit = audit;
        this.statistics = statistics;
        this.readers = readers;
        this.access = access;
        this.transactions = transactions;
        this.store = store;
        this.catalogue = catalogue;
        this.messages = messages;
        this.clock = clock;
    }

    /** The alliance's current members; refused to anyone but its secretariat and administrators (SUP-1). */
    public MemberOrganizations members(PersonId caller, TenantId alliance) {
        return access.readIn(caller, alliance, this::members);
    }

    /** Inside the alliance's transaction: the actor's members, or a refusal. */
    MemberOrganizations members(Actor actor) {
        StatisticsReader reader = readers.of(actor);
        if (reader.kind() != ReaderKind.ALLIANCE_SECRETARIAT || !(reader.scope() instanceof MemberOrganizations own)) {
            throw new AccessDeniedException("alliance.secretariatOnly");
        }
        return own;
    }

    /** One page of the current members by name: indicators, joined on, convention accepted. */
    public Page<RosterRow> roster(PersonId caller, TenantId alliance, PageRequest page) {
        Page<MemberIndicators> indicators = statistics.memberIndicators(Viewpoint.of(caller, alliance), today(), page);
        List<TenantId> ids = indicators.items().stream().map(m -> m.organization().organization()).toList();
        Map<TenantId, LocalDate> joined = transactions.readOnPlatform(() -> store.joinedOn(alliance, ids));
        Map<TenantId, Integer> accepted = new HashMap<>();
        Map<TenantId, Integer> trainings = new HashMap<>();
        transactions.readInTenant(alliance, () -> {
            accepted.putAll(store.acceptedVersions(ids));
            trainings.putAll(activities.trainingsAttended(ids));
            return null;
        });
        return indicators.map(m -> {
            TenantId id = m.organization().organization();
            Integer version = accepted.get(id);
            return new RosterRow(m, joined.get(id), version == null ? OptionalInt.empty() : OptionalInt.of(version),
                    trainings.getOrDefault(id, 0));
        });
    }

    /** Every current member, by name, page by page. */
    public List<RosterRow> allRoster(PersonId caller, TenantId alliance) {
        return all(page -> roster(caller, alliance, page));
    }

    /** The periods of membership, newest first: who joined and who left, when. */
    public Page<MemberPeriod> history(PersonId caller, TenantId alliance, PageRequest page) {
        members(caller, alliance);
        return transactions.readOnPlatform(() -> store.history(alliance, page));
    }

    public List<MemberPeriod> allHistory(PersonId caller, TenantId alliance) {
        return all(page -> history(caller, alliance, page));
    }

    /** One current member's roster row; refused for an organization that is not (or no longer) a member. */
    public RosterRow member(PersonId caller, TenantId alliance, TenantId member) {
        requireMember(caller, alliance, member);
        return allRoster(caller, alliance).stream().filter(r -> r.indicators().organization().organization()
                .equals(member)).findFirst().orElseThrow(() -> new NotFoundException("alliance.memberNotFound"));
    }

    /** One page of a current member's published standards (its public catalogue: never a draft). */
    public Page<MemberStandard> memberStandards(PersonId caller, TenantId alliance, TenantId member, PageRequest page) {
        requireMember(caller, alliance, member);
        String code = transactions.readOnPlatform(() -> store.codeOf(member))
                .orElseThrow(() -> new NotFoundException("alliance.memberNotFound"));
        PublicOrganization organization = catalogue.organization(code);
        Page<CatalogueEntry> entries = catalogue.published(organization, null, page);
        return entries.map(this::standard);
    }

    public List<MemberStandard> allMemberStandards(PersonId caller, TenantId alliance, TenantId member) {
        return all(page -> memberStandards(caller, alliance, member, page));
    }

    /**
     * The secretariat records that a current member left the alliance (退出联盟, SUP-1): on a day not in
     * the future and not before it joined, with the reason. The membership's period closes on the
     * platform's link (as when the operator records it), so the member leaves the roster and shows in the
     * join/leave history; its people's current places in the alliance's bodies close the same day.
     */
    public void recordLeaving(PersonId caller, TenantId alliance, TenantId member, Leaving leaving) {
        Leaving valid = leaving.validate(today());
        requireMember(caller, alliance, member);
        onboarding.recordLeaving(caller, alliance, member, valid.leftOn(), valid.reason());
        transactions.inTenant(alliance, () -> {
            int closed = activities.closeParticipations(member, valid.leftOn());
            audit.record(new AuditEntry(alliance, caller, MEMBER_SUBJECT, member.value(), "MEMBER_LEFT", valid.reason(),
                    Map.of("leftOn", valid.leftOn().toString(), "participationsClosed", Integer.toString(closed))));
            return null;
        });
    }

    /** The alliance's name as registered. */
    public String allianceName(TenantId alliance) {
        return transactions.readOnPlatform(() -> store.nameOf(alliance)).orElse("");
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(StandardService.CHINA));
    }

    private void requireMember(PersonId caller, TenantId alliance, TenantId member) {
        if (!members(caller, alliance).members().contains(member)) {
            throw new AccessDeniedException("alliance.notAMember");
        }
    }

    private MemberStandard standard(CatalogueEntry e) {
        return new MemberStandard(e.number(), e.titleZh(),
                messages.get(Messages.CHINESE, "publicStatus." + e.status().name()), e.publishedOn(), e.inForceFrom());
    }

    static <T> List<T> all(Function<PageRequest, Page<T>> pages) {
        List<T> all = new ArrayList<>();
        int offset = 0;
        while (true) {
            Page<T> page = pages.apply(new PageRequest(offset, BATCH));
            all.addAll(page.items());
            offset += page.items().size();
            if (page.items().isEmpty() || offset >= page.total()) {
                return all;
            }
        }
    }
}
