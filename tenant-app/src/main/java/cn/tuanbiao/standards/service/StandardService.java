package cn.tuanbiao.standards.service;

import cn.tuanbiao.audit.domain.AuditEntry;
import cn.tuanbiao.audit.service.AuditTrail;
import cn.tuanbiao.documents.service.DocumentRegister;
import cn.tuanbiao.organizations.domain.OrganizationCode;
import cn.tuanbiao.organizations.persistence.OrganizationRepository;
import cn.tuanbiao.screening.domain.ApprovalWarning;
import cn.tuanbiao.screening.service.Screening;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.standards.domain.CommentPeriod;
import cn.tuanbiao.standards.domain.DecisionStep;
import cn.tuanbiao.standards.domain.Drafting;
import cn.tuanbiao.standards.domain.EarlierPublication;
import cn.tuanbiao.standards.domain.Evidence;
import cn.tuanbiao.standards.domain.LifecyclePolicy;
import cn.tuanbiao.standards.domain.LifecycleRefusal;
import cn.tuanbiao.standards.domain.NextAction;
import cn.tuanbiao.standards.domain.PartNumbering;
import cn.tuanbiao.standards.domain.PeriodicReviewDecision;
import cn.tuanbiao.standards.domain.Proposal;
import cn.tuanbiao.standards.domain.ReviewOutcome;
import cn.tuanbiao.standards.domain.Stage;
import cn.tuanbiao.standards.domain.StandardFilter;
import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.standards.domain.StandardNumber;
import cn.tuanbiao.standards.domain.StandardProject;
import cn.tuanbiao.standards.domain.StandardSummary;
import cn.tuanbiao.standards.domain.StandardsOverview;
import cn.tuanbiao.standards.domain.Step;
import cn.tuanbiao.standards.domain.Subject;
import cn.tuanbiao.standards.persistence.LifecyclePolicyStore;
import cn.tuanbiao.standards.persistence.StandardStore;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.users.domain.Actor;
import cn.tuanbiao.users.domain.OrganizationRole;
import cn.tuanbiao.users.service.AccessControl;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * Runs group standards through their lifecycle (LC-1 … LC-7) for the UI and the REST API alike.
 * Every step is one tenant transaction: lock the project, gather the evidence its gate needs,
 * let the domain decide, store the next state and record it in the audit log (AUD-1) — all or
 * nothing.
 */
@Singleton
public class StandardService {

    /** Deadlines and "today" are China's. */
    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    public static final String SUBJECT = "STANDARD";

    private final AccessControl access;
    private final StandardStore standards;
    private final LifecyclePolicyStore policies;
    private final DocumentRegister documents;
    private final OrganizationRepository organizations;
    private final AuditTrail audit;
    private final Screening screening;
    private final PublicationNotices notices;
    private final PatentRefusals patents;
    private final Recusals recusals;
    private final CommentResolution comments;
    private final List<StepFollowUp> followUps;
    private final MeetingDecisions meetingDecisions;
    private final Clock clock;

    public StandardService(AccessControl access, StandardStore standards, LifecyclePolicyStore policies,
                           DocumentRegister documents, OrganizationRepository organizations, AuditTrail audit,
                           Screening screening, PublicationNotices notices, PatentRefusals patents,
                           Recusals recusals, CommentResolution comments, List<StepFollowUp> followUps,
                           MeetingDecisions meetingDecisions, Clock clock) {
        this.access = access;
        this.standards = standards;
        this.policies = policies;
        this.documents = documents;
        this.organizations = organizations;
        this.audit = audit;
        this.screening = screening;
        this.notices = notices;
        this.patents = patents;
        this.recusals = recusals;
        this.comments = comments;
        this.followUps = List.copyOf(followUps);
        this.meetingDecisions = meetingDecisions;
        this.clock = clock;
    }

    /** Anyone with a role in the organization proposes a standard (LC-1); a revision names the standard it replaces. */
    public StandardProject propose(PersonId caller, TenantId tenant, Proposal proposal, StandardId replaces) {
        Subject subject = proposal.validate();
        return access.actIn(caller, tenant, actor -> {
            if (replaces != null) {
                StandardProject replaced = load(tenant, replaces, false);
                if (replaced.stage() != Stage.PUBLISHED) {
                    throw new LifecycleRefusal("LC-1", "lifecycle.revisionOfUnpublished");
                }
            }
            StandardProject project = StandardProject.propose(StandardId.random(), actor, subject, replaces, clock.instant());
            standards.insert(project, clock.instant());
            record(actor, new Step(project, "PROPOSED", replaces == null ? Map.of("title", subject.titleZh())
                    : Map.of("title", subject.titleZh(), "replaces", replaces.toString())), null);
            return project;
        });
    }

    /**
     * Registers a standard published before the organization came to the platform: its number
     * must be free, and the organization's numbering goes on after it (LC-4); its periodic
     * review is tracked from its publication date (LC-6).
     */
    public StandardProject registerEarlierPublication(PersonId caller, TenantId tenant, EarlierPublication earlier) {
        return access.actIn(caller, tenant, actor -> {
            EarlierPublication.Validated valid = earlier.validate(code(tenant), policies.current().reviewIntervalYears());
            StandardNumber number = valid.publication().number();
            if (standards.numberTaken(number.sequence(), number.part())) {
                throw new InvalidInputException(FieldProblem.of("sequence", "LC-4", "standards.numberTaken",
                        number.toString()));
            }
            Step step = StandardProject.registerEarlierPublication(StandardId.random(), actor, valid.subject(),
                    valid.drafting(), valid.publication(), today(), clock.instant());
            StandardProject project = step.project();
            standards.insert(project, clock.instant());
            standards.advanceSequenceTo(tenant, number.sequence());
            screening.recordPublished(tenant, project.id().value(), number.toString(), project.subject().titleZh(),
                    project.subject().scope(), valid.publication().publishedOn());
            record(actor, step, null);
            return project;
        });
    }

    public StandardProject get(PersonId caller, TenantId tenant, StandardId id) {
        return access.readIn(caller, tenant, actor -> load(tenant, id, false));
    }

    public Page<StandardSummary> list(PersonId caller, TenantId tenant, Set<Stage> stages, String workingGroup,
                                      String text, PageRequest page) {
        return list(caller, tenant, new StandardFilter(stages, workingGroup, text, null), page);
    }

    /** The organization's projects narrowed by {@code filter}, most recently changed first. */
    public Page<StandardSummary> list(PersonId caller, TenantId tenant, StandardFilter filter, PageRequest page) {
        return access.readIn(caller, tenant, actor -> standards.list(filter, page, code(tenant)));
    }

    /** Periodic reviews "due soon" are those falling due within this many days (LC-6). */
    public static final int REVIEW_NOTICE_DAYS = 180;

    /** The dashboard's figures: projects by stage, what awaits the caller, overdue and upcoming reviews (LC-6). */
    public StandardsOverview overview(PersonId caller, TenantId tenant) {
        return access.readIn(caller, tenant, actor -> {
            Map<Stage, Integer> byStage = standards.countByStage();
            Set<Stage> mine = NextAction.stagesAwaiting(actor.roles());
            int awaiting = byStage.entrySet().stream().filter(e -> mine.contains(e.getKey()) && e.getKey() != Stage.PUBLISHED)
                    .mapToInt(Map.Entry::getValue).sum();
            LocalDate today = today();
            return new StandardsOverview(byStage, awaiting, standards.countReviewsDueBefore(today),
                    standards.countReviewsDueBefore(today.plusDays(REVIEW_NOTICE_DAYS)));
        });
    }

    /** Projects waiting for a step that the caller's roles take, most recently moved first. */
    public Page<StandardSummary> awaitingMe(PersonId caller, TenantId tenant, PageRequest page) {
        return access.readIn(caller, tenant, actor -> {
            Set<Stage> mine = NextAction.stagesAwaiting(actor.roles());
            mine.remove(Stage.PUBLISHED);
            return mine.isEmpty() ? new Page<>(List.of(), 0, page.offset(), page.limit())
                    : standards.list(new StandardFilter(mine, null, null, null), page, code(tenant));
        });
    }

    /** Published standards whose periodic review is overdue or falls due within {@link #REVIEW_NOTICE_DAYS} (LC-6). */
    public Page<StandardSummary> reviewsDue(PersonId caller, TenantId tenant, PageRequest page) {
        return access.readIn(caller, tenant, actor ->
                standards.reviewsDueBefore(today().plusDays(REVIEW_NOTICE_DAYS), page, code(tenant)));
    }

    public LifecyclePolicy policy(PersonId caller, TenantId tenant) {
        return access.readIn(caller, tenant, actor -> policies.current());
    }

    /** The organization's administrators set its lifecycle rules within the law (LC-2, LC-3, LC-6). */
    public LifecyclePolicy setPolicy(PersonId caller, TenantId tenant, LifecyclePolicy policy) {
        return access.actIn(caller, tenant, actor -> {
            actor.requireAnyOf(OrganizationRole.ADMINISTRATOR);
            policies.save(tenant, policy);
            return policy;
        });
    }

    public StandardProject submitProjectProposal(PersonId caller, TenantId tenant, StandardId id) {
        return move(caller, tenant, id, (p, c) -> p.submitProjectProposal(c.actor(), c.evidence()));
    }

    public StandardProject approveProject(PersonId caller, TenantId tenant, StandardId id, String decision) {
        return approveProject(caller, tenant, id, decision, null);
    }

    /**
     * Project approval whose evidence is either the decision's text, for decisions taken outside
     * the platform, or a decision recorded in a meeting (PART-3), which is checked and linked.
     */
    public StandardProject approveProject(PersonId caller, TenantId tenant, StandardId id, String decision,
                                          UUID meetingDecision) {
        return move(caller, tenant, id, (p, c) -> evidenced(p.approveProject(c.actor(),
                decisionText(caller, tenant, id, decision, meetingDecision, DecisionStep.PROJECT_APPROVAL)), meetingDecision));
    }

    public StandardProject announcePlan(PersonId caller, TenantId tenant, StandardId id, boolean publicly) {
        return move(caller, tenant, id, (p, c) -> p.announcePlan(c.actor(), publicly, c.evidence()));
    }

    public StandardProject startDrafting(PersonId caller, TenantId tenant, StandardId id, Drafting team) {
        return move(caller, tenant, id, (p, c) -> p.startDrafting(c.actor(), team));
    }

    public StandardProject submitDraftForComment(PersonId caller, TenantId tenant, StandardId id) {
        return move(caller, tenant, id, (p, c) -> p.submitDraftForComment(c.actor(), c.evidence()));
    }

    public StandardProject openCommentPeriod(PersonId caller, TenantId tenant, StandardId id, CommentPeriod period) {
        return move(caller, tenant, id, (p, c) -> p.openCommentPeriod(c.actor(), period, c.policy(), c.evidence()));
    }

    public StandardProject closeCommentPeriod(PersonId caller, TenantId tenant, StandardId id) {
        return move(caller, tenant, id, (p, c) -> p.closeCommentPeriod(c.actor(), c.evidence()));
    }

    /**
     * The draft for review, once every comment recorded on it has its disposition (PART-1); the
     * resolution table generated from them is kept as the standard's document in the same step.
     */
    public StandardProject submitDraftForReview(PersonId caller, TenantId tenant, StandardId id) {
        return move(caller, tenant, id, (p, c) -> {
            CommentResolution.Progress progress = comments.progress(id);
            Step step = p.submitDraftForReview(c.actor(), progress.comments(), progress.disposed(), c.evidence());
            comments.fileResolutionTable(tenant, caller, id);
            return step;
        });
    }

    public StandardProject startTechnicalReview(PersonId caller, TenantId tenant, StandardId id) {
        return move(caller, tenant, id, (p, c) -> p.startTechnicalReview(c.actor()));
    }

    public StandardProject recordReviewOutcome(PersonId caller, TenantId tenant, StandardId id, ReviewOutcome outcome) {
        return recordReviewOutcome(caller, tenant, id, outcome, null);
    }

    /**
     * The review's outcome; consensus may rest on a decision of the review meeting (PART-3), whose
     * reference and wording then become the minutes the step keeps.
     */
    public StandardProject recordReviewOutcome(PersonId caller, TenantId tenant, StandardId id, ReviewOutcome outcome,
                                               UUID meetingDecision) {
        return move(caller, tenant, id, (p, c) -> {
            if (meetingDecision != null) {
                if (outcome instanceof ReviewOutcome.Vote) {
                    throw new LifecycleRefusal("PART-3", "lifecycle.meetingDecisionOnlyForConsensus");
                }
                String minutes = meetingDecisions.useAsEvidence(tenant, meetingDecision, id.value(),
                        DecisionStep.TECHNICAL_REVIEW_CONSENSUS, caller);
                return evidenced(p.recordReviewOutcome(c.actor(), new ReviewOutcome.Consensus(minutes), c.policy()),
                        meetingDecision);
            }
            if (outcome instanceof ReviewOutcome.Vote vote) {
                Set<UUID> recused = recusals.recusedFrom(id.value());
                long recusedVoters = vote.voters().stream().filter(voter -> recused.contains(voter.value())).count();
                if (recusedVoters > 0) {
                    throw new LifecycleRefusal("PART-5", "lifecycle.recusedVoted", recusedVoters);
                }
            }
            return p.recordReviewOutcome(c.actor(), outcome, c.policy());
        });
    }

    public StandardProject submitDraftForApproval(PersonId caller, TenantId tenant, StandardId id) {
        return move(caller, tenant, id, (p, c) -> p.submitDraftForApproval(c.actor(), c.evidence()));
    }

    /**
     * What the decision body should weigh before approving (LC-7): overlaps with mandatory
     * national standards and with standards published on the platform, a subject outside the
     * organization's business scope, and the cyberspace consultation.
     */
    public List<ApprovalWarning> approvalWarnings(PersonId caller, TenantId tenant, StandardId id) {
        return access.readIn(caller, tenant, actor -> screen(tenant, load(tenant, id, false)));
    }

    /** Approval by the decision body; the warnings it was shown are kept with the decision in the audit log. */
    public StandardProject approve(PersonId caller, TenantId tenant, StandardId id, String decision, String consultation) {
        return approve(caller, tenant, id, decision, consultation, null);
    }

    /** Approval whose decision may be one recorded in a meeting of the decision body (PART-3), checked and linked. */
    public StandardProject approve(PersonId caller, TenantId tenant, StandardId id, String decision, String consultation,
                                   UUID meetingDecision) {
        return access.actIn(caller, tenant, actor -> {
            StandardProject project = load(tenant, id, true);
            Step step = evidenced(project.approve(actor,
                    decisionText(caller, tenant, id, decision, meetingDecision, DecisionStep.APPROVAL), consultation),
                    meetingDecision);
            int refusals = patents.undecided(id.value());
            if (refusals > 0) {
                throw new LifecycleRefusal("PART-4", "lifecycle.patentRefusalUndecided", refusals);
            }
            Map<String, String> details = new HashMap<>(step.details());
            List<ApprovalWarning> warnings = screen(tenant, project);
            if (!warnings.isEmpty()) {
                details.put("warnings", warnings.stream().map(w -> w.kind().name()
                        + (w.reference() == null ? "" : " " + w.reference().number() + " " + w.percent() + "%"))
                        .collect(Collectors.joining("; ")));
            }
            save(actor, new Step(step.project(), step.action(), details));
            return step.project();
        });
    }

    /**
     * Publishes under the organization's next number (LC-4), taken in this transaction; a
     * revision's publication replaces the standard it revises (LC-1 lineage).
     */
    public StandardProject publish(PersonId caller, TenantId tenant, StandardId id, LocalDate publishedOn,
                                   LocalDate inForceFrom) {
        return publish(caller, tenant, id, publishedOn, inForceFrom, PartNumbering.SINGLE);
    }

    /** Publishes as a standard of its own, the first part of a new multi-part standard, or a further part (LC-4). */
    public StandardProject publish(PersonId caller, TenantId tenant, StandardId id, LocalDate publishedOn,
                                   LocalDate inForceFrom, PartNumbering parts) {
        if (publishedOn == null) {
            throw new InvalidInputException(FieldProblem.of("publishedOn", "FORMAT", "validation.required"));
        }
        if (inForceFrom == null) {
            throw new InvalidInputException(FieldProblem.of("inForceFrom", "FORMAT", "validation.required"));
        }
        return access.actIn(caller, tenant, actor -> {
            StandardProject project = load(tenant, id, true);
            LifecyclePolicy policy = policies.current();
            // A refused publication rolls back with its transaction, and the number with it.
            StandardNumber number = number(tenant, parts, Year.of(publishedOn.getYear()));
            Step step = project.publish(actor, number, publishedOn, inForceFrom, policy);
            save(actor, step);
            notices.issue(caller, tenant, step.project());
            Subject subject = project.subject();
            screening.recordPublished(tenant, id.value(), number.toString(), subject.titleZh(), subject.scope(), publishedOn);
            if (project.replaces() != null) {
                save(actor, load(tenant, project.replaces(), true).replacedBy(number));
                screening.recordNoLongerInForce(tenant, project.replaces().value(), Stage.REPLACED.name());
            }
            return step.project();
        });
    }

    /**
     * Records a periodic review (LC-6); a decision to revise opens the revision project, which
     * keeps the lineage to this standard.
     */
    public StandardProject recordPeriodicReview(PersonId caller, TenantId tenant, StandardId id,
                                                PeriodicReviewDecision decision, String reason) {
        // One transaction: the review, the revision project it opens, the register's status.
        return access.actIn(caller, tenant, actor -> {
            StandardProject reviewed = move(caller, tenant, id,
                    (p, c) -> p.recordPeriodicReview(c.actor(), decision, reason, c.evidence().today(), c.policy()));
            if (decision == PeriodicReviewDecision.REVISE) {
                Subject s = reviewed.subject();
                propose(caller, tenant, new Proposal(s.titleZh(), s.titleEn(), s.scope(), s.publicInterest(),
                        s.cybersecurity()), reviewed.id());
            }
            if (decision == PeriodicReviewDecision.WITHDRAW) {
                screening.recordNoLongerInForce(tenant, id.value(), Stage.WITHDRAWN.name());
            }
            return reviewed;
        });
    }

    public StandardProject terminate(PersonId caller, TenantId tenant, StandardId id, String reason) {
        return move(caller, tenant, id, (p, c) -> p.terminate(c.actor(), reason));
    }

    private StandardNumber number(TenantId tenant, PartNumbering parts, Year year) {
        if (parts instanceof PartNumbering.NextPartOf next) {
            List<Integer> published = standards.lockParts(next.sequence());
            if (published.isEmpty() || published.contains(null)) {
                throw new InvalidInputException(FieldProblem.of("partOf", "LC-4", "standards.notInParts",
                        "T/" + code(tenant).value() + " " + next.sequence()));
            }
            int part = published.stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
            return new StandardNumber(code(tenant), next.sequence(), part, year);
        }
        Integer part = parts instanceof PartNumbering.FirstPart ? 1 : null;
        return new StandardNumber(code(tenant), standards.nextSequence(tenant), part, year);
    }

    /**
     * The decisions recorded in meetings held with a quorum that can stand as the evidence of the
     * standard's {@code step} (PART-3), for the step's form to offer.
     */
    public List<MeetingDecisions.Offer> meetingDecisionsFor(PersonId caller, TenantId tenant, StandardId id,
                                                            DecisionStep step) {
        return access.readIn(caller, tenant, actor -> meetingDecisions.offeredFor(id.value(), step));
    }

    /** The step's decision: the meeting decision's reference and wording when one is given, else the text typed. */
    private String decisionText(PersonId caller, TenantId tenant, StandardId id, String typed, UUID meetingDecision,
                                DecisionStep step) {
        return meetingDecision == null ? typed
                : meetingDecisions.useAsEvidence(tenant, meetingDecision, id.value(), step, caller);
    }

    /** The step with the meeting decision it rests on named in its audit details (PART-3, AUD-1). */
    private static Step evidenced(Step step, UUID meetingDecision) {
        if (meetingDecision == null) {
            return step;
        }
        Map<String, String> details = new HashMap<>(step.details());
        details.put("meetingDecision", meetingDecision.toString());
        return new Step(step.project(), step.action(), details);
    }

    /** Today in China, from the injected clock. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(CHINA));
    }

    private StandardProject move(PersonId caller, TenantId tenant, StandardId id,
                                 BiFunction<StandardProject, GateContext, Step> transition) {
        return access.actIn(caller, tenant, actor -> {
            StandardProject project = load(tenant, id, true);
            Evidence evidence = new Evidence(documents.kindsPresent(SUBJECT, id.value()), today());
            Step step = transition.apply(project, new GateContext(actor, evidence, policies.current()));
            save(actor, step);
            return step.project();
        });
    }

    private void save(Actor actor, Step step) {
        standards.update(step.project(), clock.instant());
        record(actor, step, null);
    }

    private void record(Actor actor, Step step, String reason) {
        audit.record(new AuditEntry(actor.tenant(), actor.person(), SUBJECT, step.project().id().value(), step.action(),
                reason, step.details()));
        followUps.forEach(followUp -> followUp.stepTaken(actor, step));
    }

    private StandardProject load(TenantId tenant, StandardId id, boolean forUpdate) {
        OrganizationCode code = code(tenant);
        return (forUpdate ? standards.lock(id, code) : standards.find(id, code))
                .orElseThrow(() -> new NotFoundException("standard.notFound"));
    }

    private List<ApprovalWarning> screen(TenantId tenant, StandardProject project) {
        String businessScope = organizations.findById(tenant.value()).map(o -> o.businessScope()).orElse(null);
        List<UUID> lineage = project.replaces() == null ? List.of(project.id().value())
                : List.of(project.id().value(), project.replaces().value());
        Subject s = project.subject();
        return screening.screen(s.titleZh(), s.scope(), s.cybersecurity(), businessScope, lineage);
    }

    private OrganizationCode code(TenantId tenant) {
        return organizations.findById(tenant.value())
                .map(o -> new OrganizationCode(o.code()))
                .orElseThrow(() -> new NotFoundException("organization.notFound"));
    }

    /** What a gate may look at: who acts, the evidence, and the organization's rules. */
    private record GateContext(Actor actor, Evidence evidence, LifecyclePolicy policy) {
    }
}
