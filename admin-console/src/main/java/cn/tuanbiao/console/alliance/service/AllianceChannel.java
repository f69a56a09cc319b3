package cn.tuanbiao.console.alliance.service;

import cn.tuanbiao.audit.domain.AuditEntry;
import cn.tuanbiao.audit.service.AuditTrail;
import cn.tuanbiao.console.alliance.domain.AwardNomination;
import cn.tuanbiao.console.alliance.domain.AwardRound;
import cn.tuanbiao.console.alliance.domain.ConventionStatus;
import cn.tuanbiao.console.alliance.domain.Expert;
import cn.tuanbiao.console.alliance.domain.ExpertStatus;
import cn.tuanbiao.console.alliance.domain.Invitation;
import cn.tuanbiao.console.alliance.domain.MemberInvitation;
import cn.tuanbiao.console.alliance.domain.MyAlliance;
import cn.tuanbiao.console.alliance.domain.Registration;
import cn.tuanbiao.console.alliance.domain.Training;
import cn.tuanbiao.console.alliance.persistence.AllianceActivityStore;
import cn.tuanbiao.console.alliance.persistence.AllianceStore;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.domain.Problems;
import cn.tuanbiao.standards.domain.Stage;
import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.standards.domain.StandardProject;
import cn.tuanbiao.standards.domain.StandardSummary;
import cn.tuanbiao.standards.service.StandardService;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.tenancy.Transactions;
import cn.tuanbiao.users.domain.Actor;
import cn.tuanbiao.users.persistence.UserRepository;
import cn.tuanbiao.users.service.AccessControl;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

import static cn.tuanbiao.users.domain.OrganizationRole.ADMINISTRATOR;
import static cn.tuanbiao.users.domain.OrganizationRole.SECRETARIAT;

/**
 * The one narrow channel from a member organization to the alliances it belongs to (SUP-1, ORG-5):
 * the only code that enters an alliance's tenant for someone who is not a member of the alliance. It
 * <ol>
 *   <li>proves the caller's role in the MEMBER (AccessControl, under the member's own RLS);</li>
 *   <li>finds the alliance by the platform's organization links, and only while the member is a
 *       current member (never by what a caller names alone);</li>
 *   <li>opens a transaction of the ALLIANCE's tenant and reads the convention, the member's own
 *       acceptances, the admitted experts, the member's own invitations, the open award rounds and
 *       upcoming trainings and the member's own nominations and registrations, or writes exactly one
 *       acceptance, invitation, nomination or registration;</li>
 *   <li>records each write in the alliance's audit log and in the member's own.</li>
 * </ol>
 * The member's administrators accept the convention; its secretariat invites pool experts to its
 * reviews, naming its standard by id only, so that the alliance never learns a draft's title. Its
 * administrators nominate its published standards (never a draft) in the alliance's award rounds; its
 * people register themselves for the alliance's trainings.
 */
@Singleton
public class AllianceChannel {

    /** The stages of a member's standard an expert can be invited to: the draft for review and the review. */
    static final Set<Stage> REVIEWS = Set.of(Stage.DRAFT_FOR_REVIEW, Stage.TECHNICAL_REVIEW);

    private final AccessControl access;
    private final Transactions transactions;
    private final AllianceStore store;
    private final StandardService standards;
    private final UserRepository users;
    private final AuditTrail audit;
    private final Clock clock;
    private final AllianceActivityStore activities;

    public AllianceChannel(AccessControl access, Transactions transactions, AllianceStore store,
                           StandardService standards, UserRepository users, AuditTrail audit, Clock clock,
                           AllianceActivityStore activities) {
        this.activities = activities;
        this.access = access;
        this.transactions = transactions;
        this.store = store;
        this.standards = standards;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** The alliances the organization belongs to now, each with its convention standing. */
    public List<MyAlliance> myAlliances(PersonId caller, TenantId member) {
        access.readIn(caller, member, actor -> actor);
        return transactions.readOnPlatform(() -> store.alliancesOf(member)).stream()
                .map(m -> new MyAlliance(m.organization(), m.code(), m.nameZh(), m.joinedOn(), status(m.organization(), member)))
                .toList();
    }

    /** The member's standing with the alliance's convention, including the latest text. */
    public ConventionStatus convention(PersonId caller, TenantId member, TenantId alliance) {
        access.readIn(caller, member, actor -> actor);
        requireCurrentMember(alliance, member);
        return status(alliance, member);
    }

    /** The member's administrator accepts the latest version of the convention, once (SUP-1). */
    public ConventionStatus acceptConvention(PersonId caller, TenantId member, TenantId alliance, int version) {
        access.readIn(caller, member, actor -> actor).requireAnyOf(ADMINISTRATOR);
        requireCurrentMember(alliance, member);
        String name = users.findById(caller.value()).map(u -> u.displayName()).orElse("");
        Instant now = clock.instant();
        transactions.inTenant(alliance, () -> {
            status(alliance, member).requireAcceptable(version);
            store.insertAcceptance(alliance, member, version, caller, name, now);
            audit.record(new AuditEntry(alliance, caller, AllianceConventions.SUBJECT, alliance.value(),
                    "CONVENTION_ACCEPTED", null, Map.of("member", member.toString(), "version",
                    Integer.toString(version))));
            return null;
        });
        transactions.inTenant(member, () -> {
            audit.record(new AuditEntry(member, caller, AllianceConventions.SUBJECT, alliance.value(),
                    "CONVENTION_ACCEPTED", null, Map.of("alliance", alliance.toString(), "version",
                    Integer.toString(version))));
            return null;
        });
        return status(alliance, member);
    }

    /** One page of the alliance's admitted experts, for anyone with a role in a current member. */
    public Page<Expert> pool(PersonId caller, TenantId member, TenantId alliance, PageRequest page) {
        access.readIn(caller, member, actor -> actor);
        requireCurrentMember(alliance, member);
        return transactions.readInTenant(alliance, () -> store.experts(ExpertStatus.ADMITTED, null, page));
    }

    /** The member's standards an expert can be invited to (draft for review, technical review). */
    public Page<StandardSummary> reviews(PersonId caller, TenantId member, PageRequest page) {
        return standards.list(caller, member, REVIEWS, null, null, page);
    }

    /**
     * The member's secretariat invites an admitted pool expert to the review of one of its own
     * standards (ORG-5); the same expert to the same standard once.
     */
    public Invitation invite(PersonId caller, TenantId member, TenantId alliance, UUID expert, UUID standard,
                             LocalDate reviewOn) {
        Actor actor = access.readIn(caller, member, a -> a).requireAnyOf(SECRETARIAT, ADMINISTRATOR);
        if (standard == null) {
            throw new InvalidInputException(FieldProblem.of("standard", "FORMAT", "validation.required"));
        }
        StandardProject project;
        try {
            project = standards.get(caller, member, new StandardId(standard));
        } catch (NotFoundException e) {
            throw new InvalidInputException(FieldProblem.of("standard", "ORG-5", "alliance.invitation.notInReview"));
        }
        if (!REVIEWS.contains(project.stage())) {
            throw new InvalidInputException(FieldProblem.of("standard", "ORG-5", "alliance.invitation.notInReview"));
        }
        requireCurrentMember(alliance, member);
        Instant now = clock.instant();
        UUID id = transactions.inTenant(alliance, () -> {
            Expert e = store.lockExpert(expert).orElseThrow(() -> new NotFoundException("alliance.expertNotFound"))
                    .requireAdmitted();
            if (store.invited(expert, member, standard)) {
                throw new InvalidInputException(FieldProblem.of("expert", "ORG-5", "alliance.invitation.duplicate",
                        e.name()));
            }
            UUID invitation = store.insertInvitation(alliance, expert, member, standard, reviewOn, caller, now);
            audit.record(new AuditEntry(alliance, caller, ExpertPool.SUBJECT, expert, "EXPERT_INVITED", null,
                    Map.of("member", member.toString(), "invitation", invitation.toString())));
            return invitation;
        });
        transactions.inTenant(member, () -> {
            audit.record(new AuditEntry(actor.tenant(), caller, "STANDARD", standard, "POOL_EXPERT_INVITED", null,
                    Map.of("alliance", alliance.toString(), "expert", expert.toString())));
            return null;
        });
        return transactions.readInTenant(alliance, () -> store.invitations(member, expert, PageRequest.first(50)))
                .items().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    /** The member's own invitations through this alliance, newest first, with its standards' titles. */
    public Page<MemberInvitation> invitations(PersonId caller, TenantId member, TenantId alliance, PageRequest page) {
        access.readIn(caller, member, actor -> actor).requireAnyOf(SECRETARIAT, ADMINISTRATOR);
        requireCurrentMember(alliance, member);
        Page<Invitation> invitations = transactions.readInTenant(alliance, () -> store.invitations(member, null, page));
        return invitations.map(i -> new MemberInvitation(i, titleOf(caller, member, i.standard())));
    }

    // --- award rounds (SUP-1) --------------------------------------------------------------------

    /** One page of the alliance's award rounds still open today, for anyone with a role in a current member. */
    public Page<AwardRound> openRounds(PersonId caller, TenantId member, TenantId alliance, PageRequest page) {
        access.readIn(caller, member, actor -> actor);
        requireCurrentMember(alliance, member);
        LocalDate today = today();
        return transactions.readInTenant(alliance, () -> activities.rounds(today, page));
    }

    /** The member's published standards, which its administrators may nominate (never a draft). */
    public Page<StandardSummary> nominableStandards(PersonId caller, TenantId member, PageRequest page) {
        return standards.list(caller, member, Set.of(Stage.PUBLISHED), null, null, page);
    }

    /**
     * The member's administrator nominates one of its own published standards in an open round of the
     * alliance (SUP-1): a draft, a withdrawn or replaced standard, or another organization's, is refused;
     * so is a round past its closing date, and the same standard twice in a round.
     */
    public AwardNomination nominate(PersonId caller, TenantId member, TenantId alliance, UUID round, UUID standard,
                                    String reason) {
        Actor actor = access.readIn(caller, member, a -> a).requireAnyOf(ADMINISTRATOR);
        Problems problems = new Problems();
        if (round == null) {
            problems.add(FieldProblem.of("round", "FORMAT", "validation.required"));
        }
        if (standard == null) {
            problems.add(FieldProblem.of("standard", "FORMAT", "validation.required"));
        }
        String why = problems.optional("reason", reason, 2000);
        problems.throwIfAny();
        StandardProject project;
        try {
            project = standards.get(caller, member, new StandardId(standard));
        } catch (NotFoundException e) {
            throw new InvalidInputException(FieldProblem.of("standard", "SUP-1", "alliance.award.notYourStandard"));
        }
        if (project.stage() != Stage.PUBLISHED || project.publication() == null) {
            throw new InvalidInputException(FieldProblem.of("standard", "SUP-1", "alliance.award.notPublished",
                    project.subject().titleZh()));
        }
        requireCurrentMember(alliance, member);
        String name = users.findById(caller.value()).map(u -> u.displayName()).orElse("");
        LocalDate today = today();
        Instant now = clock.instant();
        UUID id = transactions.inTenant(alliance, () -> {
            AwardRound r = activities.round(round)
                    .orElseThrow(() -> new NotFoundException("alliance.award.roundNotFound"));
            r.requireOpen(today);
            if (activities.nominated(round, standard)) {
                throw new InvalidInputException(FieldProblem.of("standard", "SUP-1", "alliance.award.duplicate",
                        project.subject().titleZh(), r.name()));
            }
            UUID nomination = activities.insertNomination(alliance, round, member, standard,
                    project.publication().number().toString(), project.subject().titleZh(), why, caller, name, now);
            audit.record(new AuditEntry(alliance, caller, AllianceAwards.SUBJECT, round, "AWARD_NOMINATED", null,
                    Map.of("member", member.toString(), "nomination", nomination.toString(), "standard",
                            project.publication().number().toString())));
            return nomination;
        });
        transactions.inTenant(member, () -> {
            audit.record(new AuditEntry(actor.tenant(), caller, "STANDARD", standard, "ALLIANCE_AWARD_NOMINATED", null,
                    Map.of("alliance", alliance.toString(), "round", round.toString())));
            return null;
        });
        return transactions.readInTenant(alliance, () -> activities.nomination(id)).orElseThrow();
    }

    /** The member's own nominations in the alliance's rounds, newest first, with their outcome. */
    public Page<AwardNomination> myNominations(PersonId caller, TenantId member, TenantId alliance, PageRequest page) {
        access.readIn(caller, member, actor -> actor);
        requireCurrentMember(alliance, member);
        return transactions.readInTenant(alliance, () -> activities.nominations(null, member, page));
    }

    // --- trainings (SUP-1) -----------------------------------------------------------------------

    /** One page of the alliance's trainings from today on, with the seats left. */
    public Page<Training> upcomingTrainings(PersonId caller, TenantId member, TenantId alliance, PageRequest page) {
        access.readIn(caller, member, actor -> actor);
        requireCurrentMember(alliance, member);
        LocalDate today = today();
        return transactions.readInTenant(alliance, () -> activities.trainings(today, page));
    }

    /**
     * A person with a role in a current member registers themselves for one of the alliance's trainings
     * (SUP-1): refused once it is full or its day has passed, and a second time for the same person.
     */
    public Registration register(PersonId caller, TenantId member, TenantId alliance, UUID training) {
        access.readIn(caller, member, actor -> actor);
        requireCurrentMember(alliance, member);
        String name = users.findById(caller.value()).map(u -> u.displayName()).orElse("");
        LocalDate today = today();
        Instant now = clock.instant();
        UUID id = transactions.inTenant(alliance, () -> {
            Training t = activities.lockTraining(training)
                    .orElseThrow(() -> new NotFoundException("alliance.training.notFound"));
            if (activities.registered(training, caller)) {
                throw new InvalidInputException(FieldProblem.of("training", "SUP-1", "alliance.training.alreadyRegistered",
                        name, t.title()));
            }
            t.requireRegistrationOpen(today);
            UUID registration = activities.insertRegistration(alliance, training, member, caller, name, now);
            audit.record(new AuditEntry(alliance, caller, AllianceTrainings.SUBJECT, training, "TRAINING_REGISTERED",
                    null, Map.of("member", member.toString(), "registration", registration.toString())));
            return registration;
        });
        return transactions.readInTenant(alliance, () -> activities.registration(id)).orElseThrow();
    }

    /** The registrations of the member's people for the alliance's trainings, newest first, with attendance. */
    public Page<Registration> myRegistrations(PersonId caller, TenantId member, TenantId alliance, PageRequest page) {
        access.readIn(caller, member, actor -> actor);
        requireCurrentMember(alliance, member);
        return transactions.readInTenant(alliance, () -> activities.registrations(null, member, page));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(StandardService.CHINA));
    }

    private String titleOf(PersonId caller, TenantId member, UUID standard) {
        try {
            return standards.get(caller, member, new StandardId(standard)).subject().titleZh();
        } catch (NotFoundException e) {
            return "";
        }
    }

    private ConventionStatus status(TenantId alliance, TenantId member) {
        return transactions.readInTenant(alliance, () -> {
            var accepted = store.latestAcceptance(member);
            return new ConventionStatus(store.latestConvention(),
                    accepted.map(a -> OptionalInt.of(a.version())).orElse(OptionalInt.empty()),
                    accepted.map(AllianceStore.Acceptance::at).orElse(null),
                    accepted.map(AllianceStore.Acceptance::byName).orElse(null));
        });
    }

    private void requireCurrentMember(TenantId alliance, TenantId member) {
        if (!transactions.readOnPlatform(() -> store.isCurrentMember(alliance, member))) {
            throw new AccessDeniedException("alliance.notYourAlliance");
        }
    }
}
