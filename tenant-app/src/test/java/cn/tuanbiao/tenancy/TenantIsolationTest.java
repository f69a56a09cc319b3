package cn.tuanbiao.tenancy;

import cn.tuanbiao.appeals.domain.Case;
import cn.tuanbiao.appeals.domain.CaseFiling;
import cn.tuanbiao.appeals.domain.CaseKind;
import cn.tuanbiao.appeals.domain.CaseStatus;
import cn.tuanbiao.appeals.domain.HandlingStepKind;
import cn.tuanbiao.appeals.domain.Referral;
import cn.tuanbiao.appeals.domain.ReferralStatus;
import cn.tuanbiao.appeals.domain.StepDraft;
import cn.tuanbiao.appeals.domain.TimeLimits;
import cn.tuanbiao.appeals.persistence.ReferralStore;
import cn.tuanbiao.appeals.service.CaseService;
import cn.tuanbiao.appeals.service.PublicComplaints;
import cn.tuanbiao.ballots.domain.BallotDetail;
import cn.tuanbiao.ballots.domain.BallotMethod;
import cn.tuanbiao.ballots.domain.BallotOpening;
import cn.tuanbiao.ballots.domain.Choice;
import cn.tuanbiao.ballots.domain.MeetingRecord;
import cn.tuanbiao.ballots.domain.VoteInput;
import cn.tuanbiao.ballots.service.BallotService;
import cn.tuanbiao.bodies.domain.Body;
import cn.tuanbiao.bodies.domain.BodyCharter;
import cn.tuanbiao.bodies.domain.BodyType;
import cn.tuanbiao.bodies.domain.SeatAppointment;
import cn.tuanbiao.bodies.domain.SeatRole;
import cn.tuanbiao.bodies.service.BodyService;
import cn.tuanbiao.catalogue.service.PublicCatalogue;
import cn.tuanbiao.comments.domain.CommentDraft;
import cn.tuanbiao.comments.domain.CommentType;
import cn.tuanbiao.comments.service.CommentService;
import cn.tuanbiao.comments.service.PublicComments;
import cn.tuanbiao.conflicts.service.ConflictsOfInterest;
import cn.tuanbiao.declarations.domain.DeclarationForm;
import cn.tuanbiao.declarations.domain.DeclaredLevel;
import cn.tuanbiao.declarations.service.SelfDeclarations;
import cn.tuanbiao.documents.domain.DocumentKind;
import cn.tuanbiao.documents.service.CheckedFile;
import cn.tuanbiao.documents.service.FileCheck;
import cn.tuanbiao.implementation.domain.ImplementationRecordKind;
import cn.tuanbiao.implementation.domain.RecordDraft;
import cn.tuanbiao.implementation.service.ImplementationRecords;
import cn.tuanbiao.innovation.domain.Achievement;
import cn.tuanbiao.innovation.domain.CentreFile;
import cn.tuanbiao.innovation.domain.CentreType;
import cn.tuanbiao.innovation.domain.Evaluation;
import cn.tuanbiao.innovation.domain.EvaluationKind;
import cn.tuanbiao.innovation.domain.ExpertOpinion;
import cn.tuanbiao.innovation.domain.TargetKind;
import cn.tuanbiao.innovation.persistence.InnovationStore;
import cn.tuanbiao.meetings.domain.AgendaItemDraft;
import cn.tuanbiao.meetings.domain.Attendance;
import cn.tuanbiao.meetings.domain.AttendanceEntry;
import cn.tuanbiao.meetings.domain.DecisionDraft;
import cn.tuanbiao.meetings.domain.Guest;
import cn.tuanbiao.meetings.domain.Meeting;
import cn.tuanbiao.meetings.domain.MeetingFormat;
import cn.tuanbiao.meetings.domain.MeetingKind;
import cn.tuanbiao.meetings.domain.MeetingNotice;
import cn.tuanbiao.meetings.domain.MeetingPolicy;
import cn.tuanbiao.meetings.service.MeetingService;
import cn.tuanbiao.members.MemberFixture;
import cn.tuanbiao.members.domain.RegisteredMember;
import cn.tuanbiao.members.domain.StakeholderCategory;
import cn.tuanbiao.members.service.MemberRegister;
import cn.tuanbiao.notifications.domain.NotificationKind;
import cn.tuanbiao.notifications.domain.Recipients;
import cn.tuanbiao.notifications.domain.SubjectLink;
import cn.tuanbiao.notifications.service.Notifications;
import cn.tuanbiao.numbering.domain.DocumentSeries;
import cn.tuanbiao.numbering.domain.NumberingRule;
import cn.tuanbiao.numbering.service.DocumentNumbering;
import cn.tuanbiao.organizations.persistence.OrganizationRepository;
import cn.tuanbiao.organizations.service.OrganizationDirectory;
import cn.tuanbiao.organizations.service.OrganizationOnboarding;
import cn.tuanbiao.patents.domain.DeclarationDraft;
import cn.tuanbiao.patents.domain.PatentLicensing;
import cn.tuanbiao.patents.service.PatentRegister;
import cn.tuanbiao.plans.domain.Plan;
import cn.tuanbiao.plans.domain.PlanKind;
import cn.tuanbiao.plans.domain.PlanSubmission;
import cn.tuanbiao.plans.service.PlanBook;
import cn.tuanbiao.policies.domain.PolicyAdoption;
import cn.tuanbiao.policies.domain.PolicyTopic;
import cn.tuanbiao.policies.service.PolicyRegister;
import cn.tuanbiao.practice.PracticeFixture;
import cn.tuanbiao.practice.domain.AnswerInput;
import cn.tuanbiao.practice.service.PracticeCatalogue;
import cn.tuanbiao.practice.service.SelfEvaluations;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.standards.domain.AmendmentDraft;
import cn.tuanbiao.standards.domain.CommentPeriod;
import cn.tuanbiao.standards.domain.EarlierPublication;
import cn.tuanbiao.standards.domain.LifecyclePolicy;
import cn.tuanbiao.standards.domain.Proposal;
import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.standards.domain.StandardProject;
import cn.tuanbiao.standards.persistence.StandardStore;
import cn.tuanbiao.standards.service.LifecycleWalk;
import cn.tuanbiao.standards.service.StandardAmendments;
import cn.tuanbiao.standards.service.StandardDocuments;
import cn.tuanbiao.standards.service.StandardService;
import cn.tuanbiao.testing.Fixtures;
import cn.tuanbiao.testing.MutableClock;
import cn.tuanbiao.testing.PlatformTest;
import cn.tuanbiao.testing.SampleFiles;
import cn.tuanbiao.testing.TestDatabase;
import cn.tuanbiao.users.domain.IssuedInvitation;
import cn.tuanbiao.users.domain.Member;
import cn.tuanbiao.users.domain.MembershipStatus;
import cn.tuanbiao.users.service.MemberService;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.assertj.core.api.SoftAssertions;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static cn.tuanbiao.tenancy.TenantTables.quoted;
import static cn.tuanbiao.testing.Fixtures.suffix;
import static cn.tuanbiao.users.domain.OrganizationRole.ADMINISTRATOR;
import static cn.tuanbiao.users.domain.OrganizationRole.SECRETARIAT;
import static cn.tuanbiao.users.domain.OrganizationRole.WORKING_GROUP_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Tenant B attacks tenant A, as an attacker would: through raw SQL on the application's own
 * pool, with no tenant at all, through the services and over HTTP. Every organization is a
 * tenant (ORG-1) and isolation is the platform's design rule (STYLE.md practice 5, after
 * Keycloak's {@code CrossRealmPermissionsTest}): B reads, lists, changes and deletes nothing
 * of A's, and every attempt leaves A's rows exactly as they were.
 *
 * <p>The tenant tables come from the catalog ({@link TenantTables}), so a table added later is
 * attacked too; it must then get fixture rows in {@link #twoOrganizationsWithRowsInEveryTenantTable}.
 */
class TenantIsolationTest extends PlatformTest {

    /** SQLSTATE of both "permission denied" and "new row violates row-level security policy". */
    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    @Inject
    Fixtures fixtures;
    @Inject
    InnovationStore innovationStore;
    @Inject
    OrganizationOnboarding onboarding;
    @Inject
    Transactions transactions;
    @Inject
    DSLContext db;
    @Inject
    StandardService standards;
    @Inject
    StandardStore standardStore;
    @Inject
    MemberRegister register;
    @Inject
    BodyService bodies;
    @Inject
    DocumentNumbering numbering;
    @Inject
    StandardDocuments standardDocuments;
    @Inject
    ImplementationRecords implementation;
    @Inject
    PolicyRegister policies;
    @Inject
    PatentRegister patents;
    @Inject
    ConflictsOfInterest conflicts;
    @Inject
    CommentService comments;
    @Inject
    PublicComments publicComments;
    @Inject
    PublicCatalogue catalogue;
    @Inject
    OrganizationRepository organizations;
    @Inject
    LifecycleWalk walk;
    @Inject
    StandardAmendments amendments;
    @Inject
    PlanBook plans;
    @Inject
    FileCheck fileCheck;
    @Inject
    BallotService ballots;
    @Inject
    Notifications notifications;
    @Inject
    MeetingService meetings;
    @Inject
    MutableClock clock;
    @Inject
    MemberService members;
    @Inject
    CaseService appeals;
    @Inject
    PublicComplaints publicComplaints;
    @Inject
    ReferralStore referralStore;
    @Inject
    OrganizationDirectory directory;
    @Inject
    SelfDeclarations declarations;
    @Inject
    PracticeCatalogue practiceCatalogue;
    @Inject
    SelfEvaluations selfEvaluations;
    @Inject
    @Client("/")
    HttpClient http;

    private TenantId tenantA;
    private TenantId tenantB;
    private PersonId administratorOfA;
    private PersonId memberOfA;
    private PersonId administratorOfB;
    private String administratorOfBEmail;
    private IssuedInvitation invitationOfB;
    private List<String> tenantTables;
    private Map<String, List<String>> rowsOfABeforeTheAttack;
    private final Map<TenantId, StandardId> inTechnicalReview = new HashMap<>();

    @BeforeAll
    void twoOrganizationsWithRowsInEveryTenantTable() {
        tenantA = fixtures.association("甲标准化协会" + suffix());
        tenantB = fixtures.association("乙标准化协会" + suffix());

        // Both administrators also run their secretariat, so that they can fill every feature table.
        administratorOfA = fixtures.memberOf(tenantA, ADMINISTRATOR, SECRETARIAT);
        memberOfA = fixtures.memberOf(tenantA, SECRETARIAT, WORKING_GROUP_MEMBER);
        members.invite(administratorOfA, tenantA, "expert-" + suffix() + "@example.cn", "受邀专家",
                Set.of(WORKING_GROUP_MEMBER));

        administratorOfBEmail = "admin-b-" + suffix() + "@tuanbiao.test";
        administratorOfB = fixtures.person(administratorOfBEmail, "乙协会管理员");
        fixtures.join(administratorOfB, tenantB, ADMINISTRATOR, SECRETARIAT);
        // Walked to technical review before B's invitation is issued: the walk moves the clock past
        // the comment period, which would expire the invitation.
        inTechnicalReview.put(tenantA, walk.toTechnicalReview(administratorOfA, tenantA, "隔离测试审查标准" + suffix()).id());
        inTechnicalReview.put(tenantB, walk.toTechnicalReview(administratorOfB, tenantB, "隔离测试审查标准" + suffix()).id());
        invitationOfB = members.invite(administratorOfB, tenantB, "expert-" + suffix() + "@example.cn",
                "乙协会受邀专家", Set.of(WORKING_GROUP_MEMBER));

        // The good-practice catalogue is platform data (PUB-2): imported once, evaluated by both.
        PracticeFixture.theSeedCatalogue(practiceCatalogue, fixtures);
        rowsInTheFeatureTables(tenantA, administratorOfA);
        rowsInTheFeatureTables(tenantB, administratorOfB);

        tenantTables = TenantTables.all();
    }

    /** One row in each table of the features: lifecycle, documents, audit, after publication, policies, plans, numbering, register, bodies. */
    private void rowsInTheFeatureTables(TenantId tenant, PersonId administrator) {
        standards.setPolicy(administrator, tenant, LifecyclePolicy.defaults());
        var proposal = standards.propose(administrator, tenant, new Proposal("隔离测试标准" + suffix(), null,
                "本文件规定了隔离测试的范围。", false, false), null);
        conflicts.declare(administrator, tenant, proposal.id(), "隔离测试利益关系", false);
        // A call for patents (and its notifications), and a notification with its e-mail in the outbox.
        patents.issueCall(administrator, tenant, proposal.id());
        notifications.notify(tenant, Recipients.people(Set.of(administrator)), NotificationKind.ACTION_REQUIRED,
                SubjectLink.standard(proposal.id().value()), Map.of("title", "隔离测试标准", "stage", "stage.PROPOSAL",
                        "action", "action.SUBMIT_PROJECT_PROPOSAL"));
        patents.declare(administrator, tenant, proposal.id(), new DeclarationDraft("ZL202110123456.7", "隔离测试专利",
                "隔离测试专利权人", PatentLicensing.FRAND, "隔离测试披露人", null));
        try (CheckedFile file = fileCheck.check("提案.pdf", SampleFiles.pdfStream("isolation " + tenant))) {
            standardDocuments.attach(administrator, tenant, proposal.id(), DocumentKind.PROPOSAL, null, file);
        }
        transactions.inTenant(tenant, () -> standardStore.nextSequence(tenant));
        RegisteredMember unit = register.register(administrator, tenant,
                MemberFixture.anEnterprise("隔离测试企业" + suffix(), StakeholderCategory.PRODUCTION, false));
        Body group = bodies.establish(administrator, tenant, new BodyCharter(BodyType.WORKING_GROUP, "隔离测试工作组",
                null, null, LocalDate.of(2024, 1, 1)));
        bodies.appoint(administrator, tenant, group.id(), new SeatAppointment("隔离测试成员", unit.id(), null,
                SeatRole.MEMBER, true, MemberFixture.JOINED, MemberFixture.JOINED.plusYears(4)));
        // A meeting vote on a standard in technical review fills every ballot table (PART-2).
        StandardId reviewed = inTechnicalReview.get(tenant);
        bodies.appoint(administrator, tenant, group.id(), new SeatAppointment("隔离测试评审专家", null, null,
                SeatRole.EXPERT, true, standards.today().minusMonths(1), standards.today().plusYears(1)));
        BallotDetail ballot = ballots.open(administrator, tenant, reviewed,
                new BallotOpening(group.id().value(), BallotMethod.MEETING, null));
        UUID seat = ballot.voters().stream().filter(v -> v.holderName().equals("隔离测试评审专家")).findFirst()
                .orElseThrow().seat();
        ballots.recordMeetingVote(administrator, tenant, reviewed, ballot.ballot().id(),
                new MeetingRecord(Set.of(seat), Map.of(seat, new VoteInput(Choice.APPROVE, null))));
        StandardProject earlier = standards.registerEarlierPublication(administrator, tenant, new EarlierPublication(
                "隔离测试已发布标准" + suffix(), null, "本文件规定了隔离测试已发布标准的范围。", 900, null,
                LocalDate.of(2023, 5, 1), LocalDate.of(2023, 6, 1), "隔离测试单位"));
        // Self-declaration (PUB-1): confirming it fills the declarations, the registry subjects and the outbox.
        declarations.confirm(administrator, tenant, earlier.id(), new DeclarationForm(DeclaredLevel.DOMESTIC_ADVANCED,
                List.of("隔离测试性能指标"), List.of(), List.of()), true, true);
        implementation.record(administrator, tenant, earlier.id(), new RecordDraft(ImplementationRecordKind.TRAINING,
                LocalDate.of(2024, 1, 10), "隔离测试培训", null, 20, null, null));
        try (CheckedFile text = fileCheck.check("修改单.pdf", SampleFiles.pdfStream("amendment " + tenant))) {
            amendments.publish(administrator, tenant, earlier.id(), new AmendmentDraft("隔离测试修改", "理事会〔2024〕9号",
                    LocalDate.of(2024, 3, 1), null), text);
        }
        Body council = bodies.establish(administrator, tenant, new BodyCharter(BodyType.COUNCIL, "隔离测试理事会", null,
                null, LocalDate.of(2023, 1, 1)));
        try (CheckedFile text = fileCheck.check("制度.pdf", SampleFiles.pdfStream("policy " + tenant))) {
            policies.adopt(administrator, tenant, new PolicyAdoption(PolicyTopic.MEETINGS, "会议制度", council.id().value(),
                    LocalDate.of(2024, 2, 1), "理事会〔2024〕1号", null), text);
        }
        Plan plan;
        try (CheckedFile text = fileCheck.check("计划.pdf", SampleFiles.pdfStream("plan " + tenant))) {
            plan = plans.submit(administrator, tenant, new PlanSubmission(PlanKind.ANNUAL_WORK_PLAN, "隔离测试年度计划",
                    group.id().value(), 2024, null), text);
        }
        plans.approve(administrator, tenant, plan.id(), LocalDate.of(2024, 1, 15), "秘书处〔2024〕1号", null);
        plans.report(administrator, tenant, plan.id(), "上半年", LocalDate.of(2024, 7, 1), "按计划推进");
        StandardProject inComment = walk.toCommentPeriod(administrator, tenant, "隔离测试征求意见稿" + suffix(),
                CommentPeriod.Audience.PUBLIC);
        comments.comment(administrator, tenant, inComment.id(), new CommentDraft("4.1", CommentType.TECHNICAL,
                "隔离测试意见", null, null));
        String code = transactions.readOnPlatform(() -> organizations.findById(tenant.value()).orElseThrow().code());
        publicComments.requestCode(catalogue.organization(code), inComment.id(), "public-" + suffix() + "@example.cn",
                "192.0.2.1");
        meetings.setPolicy(administrator, tenant, MeetingPolicy.defaults());
        Meeting meeting = meetings.convene(administrator, tenant, new MeetingNotice(group.id(), MeetingKind.WORKING_GROUP,
                "隔离测试会议", MeetingFormat.ONLINE, null, "https://meeting.example.cn/isolation",
                clock.instant().plus(Duration.ofMinutes(5)), null, List.of(new AgendaItemDraft("隔离测试议程", proposal.id())),
                List.of(new Guest("隔离测试列席人员", null))));
        clock.advance(Duration.ofMinutes(10));
        meetings.recordAttendance(administrator, tenant, meeting.id(), meetings.get(administrator, tenant, meeting.id())
                .invitees().stream().map(i -> new AttendanceEntry(i.id(), Attendance.PRESENT, null)).toList());
        meetings.recordDecision(administrator, tenant, meeting.id(), new DecisionDraft("隔离测试决定", proposal.id(), null));
        // Appeals (PART-6): time limits, a case with a handling step, a public complainant's verification,
        // and a referral as a supervisory authority holds it (the association plays the authority here).
        appeals.setTimeLimits(administrator, tenant, TimeLimits.defaults());
        Case dispute = appeals.file(administrator, tenant, new CaseFiling(CaseKind.DISPUTE, "隔离测试争议",
                "隔离测试争议说明", null, null, "隔离测试对方单位"));
        appeals.decideScope(administrator, tenant, dispute.id(), true, null);
        appeals.addStep(administrator, tenant, dispute.id(), new StepDraft(HandlingStepKind.NEGOTIATION,
                appeals.today(), "隔离测试参加人", "隔离测试协商情况"));
        publicComplaints.requestCode(catalogue.organization(code), "complainant-" + suffix() + "@example.cn",
                "192.0.2.2");
        transactions.inTenant(tenant, () -> referralStore.insertOnce(new Referral(UUID.randomUUID(), tenant, tenant,
                dispute.id(), dispute.number(), "隔离测试协会", code, CaseKind.DISPUTE, "隔离测试争议", "隔离测试争议说明",
                null, "complainant@example.cn", false, CaseStatus.ACCEPTED, null, null, null, List.of(),
                "隔离测试升级理由", clock.instant(), ReferralStatus.REFERRED, null, null, null, 0)));
        // Random inspections (SUP-2, V31; the service lives in admin-console, which this module does not see):
        // a draw with one candidate per pool, as the authority's own rows (the association plays the authority).
        UUID draw = UUID.randomUUID();
        transactions.inTenant(tenant, () -> {
            db.execute("insert into inspection_draws (tenant_id, id, title, seed, region_prefix, organizations_requested,"
                    + " inspectors_requested, pool_digest, drawn_at, drawn_by) values (?, ?, '隔离测试抽查', 'isolation-seed',"
                    + " '33', 1, 1, repeat('0', 64), now(), ?)", tenant.value(), draw, administrator.value());
            db.execute("insert into inspection_candidates (tenant_id, draw_id, pool, candidate_key, subject_id, label,"
                    + " rank, drawn) values (?, ?, 'ORGANIZATION', ?, ?, '隔离测试协会', 1, true),"
                    + " (?, ?, 'INSPECTOR', ?, ?, '隔离测试检查员', 1, true)", tenant.value(), draw, code, tenant.value(),
                    tenant.value(), draw, administrator.value().toString(), administrator.value());
            return null;
        });
        // SUP-3 and SUP-4 (V34): a fee rules declaration with one fee, as a chamber holds it, and an excellence
        // pool membership with its assessment, as an authority holds it (the association plays both here).
        UUID pooled = UUID.randomUUID();
        transactions.inTenant(tenant, () -> {
            db.execute("insert into fee_declarations (tenant_id, version, declared_on, no_fee_commitment, declared_by,"
                    + " declared_by_name, declared_at) values (?, 1, current_date, true, ?, '隔离测试', now())",
                    tenant.value(), administrator.value());
            db.execute("insert into fee_declaration_items (tenant_id, version, position, purpose, item, basis)"
                    + " values (?, 1, 1, 'MEMBERSHIP_DUES', '隔离测试会费', '每年 100 元')", tenant.value());
            db.execute("insert into excellence_memberships (tenant_id, id, organization_id, organization_code,"
                    + " organization_name, region_code, entry_year, entered_on, entry_reason, entered_by)"
                    + " values (?, ?, ?, ?, '隔离测试协会', '330100', 2025, current_date, '隔离测试入选', ?)",
                    tenant.value(), pooled, tenant.value(), code, administrator.value());
            db.execute("insert into excellence_assessments (tenant_id, membership_id, year, score, grade, comment,"
                    + " published_standards, standards_in_force, complaints, overdue_reviews, assessed_by,"
                    + " assessed_by_name, assessed_at) values (?, ?, 2025, 80.0, 'GOOD', '隔离测试考核', 0, 0, 0, 0, ?,"
                    + " '隔离测试', now())", tenant.value(), pooled, administrator.value());
            return null;
        });
        // The alliance secretariat's records (SUP-1, ORG-5, V33; the services live in admin-console, which this module
        // does not see): a convention with a member's acceptance, a pool expert and an invitation to a member's review,
        // as the alliance's own rows (the association plays the alliance, and its own member).
        UUID expert = UUID.randomUUID();
        transactions.inTenant(tenant, () -> {
            db.execute("insert into alliance_conventions (tenant_id, version, title, body, published_at, published_by,"
                    + " published_by_name) values (?, 1, '隔离测试公约', '隔离测试公约正文', now(), ?, '隔离测试秘书长')",
                    tenant.value(), administrator.value());
            db.execute("insert into alliance_convention_acceptances (tenant_id, member_id, version, accepted_at, accepted_by,"
                    + " accepted_by_name) values (?, ?, 1, now(), ?, '隔离测试管理员')", tenant.value(), tenant.value(),
                    administrator.value());
            db.execute("insert into alliance_experts (tenant_id, id, member_id, name, field, status, nominated_by,"
                    + " nominated_by_name, nominated_at, decided_by, decided_at) values (?, ?, ?, '隔离测试专家', '隔离测试领域',"
                    + " 'ADMITTED', ?, '隔离测试理事', now(), ?, now())", tenant.value(), expert, tenant.value(),
                    administrator.value(), administrator.value());
            db.execute("insert into alliance_expert_invitations (tenant_id, id, expert_id, member_id, standard_id, invited_at,"
                    + " invited_by) values (?, ?, ?, ?, ?, now(), ?)", tenant.value(), UUID.randomUUID(), expert,
                    tenant.value(), UUID.randomUUID(), administrator.value());
            return null;
        });
        // The alliance's committees, award rounds and trainings (SUP-1, V37), as the alliance's own rows: a body with a
        // participant, a round with a nomination, a training with a registration.
        UUID body = UUID.randomUUID();
        UUID round = UUID.randomUUID();
        UUID training = UUID.randomUUID();
        transactions.inTenant(tenant, () -> {
            db.execute("insert into alliance_bodies (tenant_id, id, kind, name, established_on, created_by, created_at)"
                    + " values (?, ?, 'COMMITTEE', '隔离测试委员会', current_date, ?, now())", tenant.value(), body,
                    administrator.value());
            db.execute("insert into alliance_body_participants (tenant_id, id, body_id, member_id, person_name, role,"
                    + " joined_on, added_by, added_at) values (?, ?, ?, ?, '隔离测试委员', 'COMMITTEE_MEMBER', current_date, ?,"
                    + " now())", tenant.value(), UUID.randomUUID(), body, tenant.value(), administrator.value());
            db.execute("insert into alliance_award_rounds (tenant_id, id, name, year, closes_on, opened_by, opened_by_name,"
                    + " opened_at) values (?, ?, '隔离测试推荐', 2026, current_date, ?, '隔离测试秘书长', now())",
                    tenant.value(), round, administrator.value());
            db.execute("insert into alliance_award_nominations (tenant_id, id, round_id, member_id, standard_id,"
                    + " standard_number, standard_title, nominated_by, nominated_by_name, nominated_at) values (?, ?, ?, ?, ?,"
                    + " 'T/GLCS 1—2026', '隔离测试标准', ?, '隔离测试管理员', now())", tenant.value(), UUID.randomUUID(), round,
                    tenant.value(), UUID.randomUUID(), administrator.value());
            db.execute("insert into alliance_trainings (tenant_id, id, title, held_on, online, capacity, scheduled_by,"
                    + " scheduled_by_name, scheduled_at) values (?, ?, '隔离测试培训', current_date, true, 10, ?, '隔离测试秘书长',"
                    + " now())", tenant.value(), training, administrator.value());
            db.execute("insert into alliance_training_registrations (tenant_id, id, training_id, member_id, person_id,"
                    + " person_name, registered_at) values (?, ?, ?, ?, ?, '隔离测试学员', now())", tenant.value(),
                    UUID.randomUUID(), training, tenant.value(), administrator.value());
            return null;
        });
        // A violation case as a supervisory authority holds it (PUB-4, V35; the association plays the authority,
        // which the service refuses, so the row is written as the authority's own, as for random inspections).
        transactions.inTenant(tenant, () -> {
            db.execute("insert into violations (tenant_id, id, organization_id, organization_name, organization_code,"
                    + " organization_credit_code, organization_region, rule_text, facts, source_kind, status, recorded_by,"
                    + " recorded_at) values (?, ?, ?, '隔离测试协会', ?, '51330000MJ0000001X', '330100', '隔离测试规定',"
                    + " '隔离测试事实', 'OTHER', 'RECORDED', ?, now())", tenant.value(), UUID.randomUUID(), tenant.value(),
                    code, administrator.value());
            return null;
        });
        // An innovation centre's file as its base holds it (SUP-5; the association plays the base here).
        TenantId centre = onboarding.onboard(fixtures.operator(), Fixtures.aProfile("INNOVATION_CENTRE",
                "隔离测试区域中心" + suffix())).id();
        CentreFile file = CentreFile.apply(tenant, centre, CentreType.REGIONAL, "隔离测试区域中心", LocalDate.of(2026, 1, 5));
        transactions.inTenant(tenant, () -> {
            innovationStore.insert(file);
            innovationStore.addStep(tenant, file.id(), "APPLIED", "隔离测试", administrator, "隔离测试管理员", clock.instant());
            innovationStore.insertOpinion(tenant, file.id(), new ExpertOpinion(UUID.randomUUID(), "隔离测试专家",
                    "隔离测试意见", clock.instant()), administrator);
            innovationStore.insertAchievement(tenant, new Achievement(UUID.randomUUID(), file.id(), TargetKind.TRAINING,
                    "隔离测试培训", LocalDate.of(2026, 2, 1), 10, false, clock.instant()), administrator);
            innovationStore.insertEvaluation(tenant, file.id(), new Evaluation(UUID.randomUUID(), EvaluationKind.SPOT_CHECK,
                    LocalDate.of(2026, 2, 2), "隔离测试抽查", true, null, clock.instant()), administrator);
            return null;
        });
        // Good-practice self-evaluation (PUB-2): an evaluation with a pre-filled and an entered answer.
        int lastYear = standards.today().getYear() - 1;
        selfEvaluations.open(administrator, tenant, lastYear);
        selfEvaluations.answer(administrator, tenant, lastYear, "1.4.1",
                new AnswerInput(new BigDecimal("1.5"), null, "隔离测试说明"));
        numbering.setRule(administrator, tenant, new NumberingRule(DocumentSeries.NOTICE, "{code}〔{year}〕{seq}号"));
        transactions.inTenant(tenant, () -> numbering.issue(administrator, tenant, DocumentSeries.NOTICE, Year.of(2025),
                "STANDARD", UUID.randomUUID()));
    }

    @BeforeEach
    void rememberTenantARows() {
        // Per test, so that one successful attack does not make every later test fail too.
        rowsOfABeforeTheAttack = groundTruth(tenantA);
    }

    @Test
    void every_tenant_table_has_fixture_rows_in_tenant_a_and_tenant_b() {
        requireFixtureRowsInEveryTenantTable();
    }

    @Test
    void tenant_a_sees_exactly_its_own_rows_in_every_tenant_table() {
        // The control experiment: the tenant really is set, so the zeros below mean something.
        requireFixtureRowsInEveryTenantTable();
        assertThat(asSeenBy(tenantA)).isEqualTo(rowsOfABeforeTheAttack);
    }

    @Test
    void tenant_b_reads_none_of_tenant_a_rows_in_any_tenant_table() {
        requireFixtureRowsInEveryTenantTable();
        SoftAssertions softly = new SoftAssertions();
        for (String table : tenantTables) {
            softly.assertThat(countAs(tenantB, "select count(*) from " + quoted(table) + " where tenant_id = ?",
                            tenantA.value()))
                    .as("%s: rows of tenant A that tenant B selects by naming A", table)
                    .isZero();
            softly.assertThat(countAs(tenantB, "select count(*) from " + quoted(table) + " where tenant_id <> ?",
                            tenantB.value()))
                    .as("%s: rows of any other tenant that tenant B selects", table)
                    .isZero();
            softly.assertThat(countAs(tenantB, "select count(*) from " + quoted(table)))
                    .as("%s: tenant B sees exactly its own rows", table)
                    .isEqualTo(groundTruth(tenantB, table).size());
        }
        softly.assertAll();
        assertTenantAUnchanged();
    }

    @Test
    void tenant_b_cannot_update_tenant_a_rows_in_any_tenant_table() {
        requireFixtureRowsInEveryTenantTable();
        SoftAssertions softly = new SoftAssertions();
        for (String table : tenantTables) {
            Outcome outcome = attemptAs(tenantB,
                    "update " + quoted(table) + " set tenant_id = tenant_id where tenant_id = ?", tenantA.value());
            expectNoRowTouched(softly, table, "UPDATE", "update … where tenant_id = A", outcome);
        }
        softly.assertAll();
        assertTenantAUnchanged();
    }

    @Test
    void tenant_b_cannot_delete_tenant_a_rows_in_any_tenant_table() {
        requireFixtureRowsInEveryTenantTable();
        SoftAssertions softly = new SoftAssertions();
        for (String table : tenantTables) {
            Outcome outcome = attemptAs(tenantB, "delete from " + quoted(table) + " where tenant_id = ?",
                    tenantA.value());
            expectNoRowTouched(softly, table, "DELETE", "delete … where tenant_id = A", outcome);
        }
        softly.assertAll();
        assertTenantAUnchanged();
    }

    @Test
    void tenant_b_cannot_move_its_own_rows_into_tenant_a() {
        requireFixtureRowsInEveryTenantTable();
        SoftAssertions softly = new SoftAssertions();
        for (String table : tenantTables) {
            Outcome outcome = attemptAs(tenantB, "update " + quoted(table) + " set tenant_id = ? where tenant_id = ?",
                    tenantA.value(), tenantB.value());
            expectRefusal(softly, table, "UPDATE", "update … set tenant_id = A (B's rows)", outcome);
        }
        softly.assertAll();
        assertTenantAUnchanged();
        assertThat(asSeenBy(tenantB)).as("tenant B's rows after the failed moves").isEqualTo(groundTruth(tenantB));
    }

    @Test
    void tenant_b_cannot_insert_rows_into_tenant_a() {
        requireFixtureRowsInEveryTenantTable();
        SoftAssertions softly = new SoftAssertions();
        for (String table : tenantTables) {
            Outcome outcome = attemptAs(tenantB, insertCopyOf(table), groundTruth(tenantA, table).get(0));
            expectRefusal(softly, table, "INSERT", "insert a row with tenant_id = A", outcome);
        }
        softly.assertAll();
        assertTenantAUnchanged();
    }

    @Test
    void with_no_tenant_set_the_application_pool_sees_and_writes_no_tenant_rows() {
        requireFixtureRowsInEveryTenantTable();
        SoftAssertions softly = new SoftAssertions();
        for (String table : tenantTables) {
            softly.assertThat(transactions.onPlatform(() -> count("select count(*) from " + quoted(table))))
                    .as("%s: rows visible in a platform transaction", table)
                    .isZero();
            softly.assertThat(transactions.readOnPlatform(() -> count("select count(*) from " + quoted(table))))
                    .as("%s: rows visible in a read-only platform transaction", table)
                    .isZero();
            Outcome insert = attempt(() -> transactions.onPlatform(() ->
                    db.execute(insertCopyOf(table), groundTruth(tenantA, table).get(0))));
            expectRefusal(softly, table, "INSERT", "insert a row of tenant A with no tenant set", insert);
        }
        softly.assertAll();
        assertTenantAUnchanged();
    }

    @Test
    void a_raw_connection_as_the_application_role_sees_and_changes_no_tenant_rows() throws SQLException {
        requireFixtureRowsInEveryTenantTable();
        SoftAssertions softly = new SoftAssertions();
        try (Connection attacker = TestDatabase.get().appConnection()) {
            for (String table : tenantTables) {
                try (Statement statement = attacker.createStatement();
                     ResultSet rows = statement.executeQuery("select count(*) from " + quoted(table))) {
                    rows.next();
                    softly.assertThat(rows.getLong(1)).as("%s: rows visible without a tenant", table).isZero();
                }
                expectNoRowTouched(softly, table, "UPDATE", "update … where tenant_id = A without a tenant",
                        attempt(attacker, "update " + quoted(table)
                                + " set tenant_id = tenant_id where tenant_id = ?"));
                expectNoRowTouched(softly, table, "DELETE", "delete … where tenant_id = A without a tenant",
                        attempt(attacker, "delete from " + quoted(table) + " where tenant_id = ?"));
            }
        }
        softly.assertAll();
        assertTenantAUnchanged();
    }

    @Test
    void a_person_context_reveals_none_of_another_tenants_rows() {
        // readAsPerson lets a person list their own memberships across organizations; B's
        // administrator has none in A, so A stays invisible.
        requireFixtureRowsInEveryTenantTable();
        SoftAssertions softly = new SoftAssertions();
        for (String table : tenantTables) {
            softly.assertThat(transactions.readAsPerson(administratorOfB, () ->
                            count("select count(*) from " + quoted(table) + " where tenant_id = ?", tenantA.value())))
                    .as("%s: rows of tenant A visible to B's administrator as a person", table)
                    .isZero();
        }
        softly.assertAll();
    }

    @Test
    void tenant_b_administrator_is_refused_every_user_service_of_tenant_a() {
        PageRequest page = PageRequest.first(50);
        String mole = "mole-" + suffix() + "@example.cn";

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(catchThrowable(() -> members.list(administratorOfB, tenantA, null, page)))
                .as("list A's users").isInstanceOf(AccessDeniedException.class);
        softly.assertThat(catchThrowable(() -> members.pendingInvitations(administratorOfB, tenantA, page)))
                .as("list A's invitations").isInstanceOf(AccessDeniedException.class);
        softly.assertThat(catchThrowable(() -> members.invite(administratorOfB, tenantA, mole, "内应",
                        Set.of(ADMINISTRATOR))))
                .as("invite into A").isInstanceOf(AccessDeniedException.class);
        softly.assertThat(catchThrowable(() -> members.changeRoles(administratorOfB, tenantA, memberOfA,
                        Set.of(ADMINISTRATOR))))
                .as("change roles of A's member").isInstanceOf(AccessDeniedException.class);
        softly.assertThat(catchThrowable(() -> members.setStatus(administratorOfB, tenantA, administratorOfA,
                        MembershipStatus.SUSPENDED)))
                .as("suspend A's administrator").isInstanceOf(AccessDeniedException.class);
        softly.assertThat(catchThrowable(() -> directory.own(administratorOfB, tenantA)))
                .as("read A's profile as a member").isInstanceOf(AccessDeniedException.class);
        softly.assertAll();
        assertTenantAUnchanged();
    }

    @Test
    void tenant_b_administrator_cannot_reach_tenant_a_members_through_tenant_b() {
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(catchThrowable(() -> members.changeRoles(administratorOfB, tenantB, memberOfA,
                        Set.of(ADMINISTRATOR))))
                .as("change roles of A's member inside B").isInstanceOf(NotFoundException.class);
        softly.assertThat(catchThrowable(() -> members.setStatus(administratorOfB, tenantB, administratorOfA,
                        MembershipStatus.SUSPENDED)))
                .as("suspend A's administrator inside B").isInstanceOf(NotFoundException.class);
        softly.assertThat(members.list(administratorOfB, tenantB, null, PageRequest.first(200)).items())
                .as("B's user list")
                .extracting(Member::person)
                .containsExactly(administratorOfB);
        softly.assertAll();
        assertTenantAUnchanged();
    }

    @Test
    void over_http_tenant_b_administrator_is_forbidden_everything_under_tenant_a() {
        String token = signIn(administratorOfBEmail);
        assertThat(statusOf(HttpRequest.GET("/api/organizations/" + tenantB + "/users").bearerAuth(token)))
                .as("control: B's administrator lists B's own users")
                .isEqualTo(HttpStatus.OK.getCode());

        SoftAssertions softly = new SoftAssertions();
        attacksUnder(tenantA, memberOfA).forEach((attack, request) -> softly
                .assertThat(statusOf(request.bearerAuth(token)))
                .as("%s with B's administrator's token", attack)
                .isEqualTo(HttpStatus.FORBIDDEN.getCode()));
        softly.assertAll();
        assertTenantAUnchanged();
    }

    @Test
    void over_http_tenant_a_members_are_not_found_under_tenant_b() {
        String token = signIn(administratorOfBEmail);

        SoftAssertions softly = new SoftAssertions();
        attacksUnder(tenantB, memberOfA).forEach((attack, request) -> {
            if (attack.startsWith("PUT")) {
                softly.assertThat(statusOf(request.bearerAuth(token)))
                        .as("%s (a member of A) with B's administrator's token", attack)
                        .isEqualTo(HttpStatus.NOT_FOUND.getCode());
            }
        });
        softly.assertAll();
        assertTenantAUnchanged();
    }

    @Test
    void over_http_an_anonymous_caller_is_unauthorized_everything_under_tenant_a() {
        SoftAssertions softly = new SoftAssertions();
        attacksUnder(tenantA, memberOfA).forEach((attack, request) -> softly
                .assertThat(statusOf(request))
                .as("%s without a token", attack)
                .isEqualTo(HttpStatus.UNAUTHORIZED.getCode()));
        softly.assertAll();
        assertTenantAUnchanged();
    }

    @Test
    void over_http_an_invitation_secret_of_tenant_b_opens_nothing_in_tenant_a() {
        // The token is "<tenant id>.<secret>" and its tenant part is only a claim: the secret
        // is looked up under that tenant's row-level security, where B's secret does not exist.
        String secretOfB = invitationOfB.token().substring(invitationOfB.token().indexOf('.') + 1);
        String forged = tenantA + "." + secretOfB;
        assertThat(statusOf(HttpRequest.GET("/api/invitations/" + invitationOfB.token())))
                .as("control: the invitee previews B's invitation with its own token")
                .isEqualTo(HttpStatus.OK.getCode());

        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(statusOf(HttpRequest.GET("/api/invitations/" + forged)))
                .as("preview of B's invitation under A's id").isEqualTo(HttpStatus.NOT_FOUND.getCode());
        softly.assertThat(statusOf(HttpRequest.POST("/api/invitations/" + forged + "/accept",
                        Map.of("displayName", "冒名者", "password", Fixtures.PASSWORD))))
                .as("acceptance of B's invitation under A's id").isEqualTo(HttpStatus.NOT_FOUND.getCode());
        softly.assertAll();
        assertTenantAUnchanged();
    }

    // --- the attacks over HTTP ---------------------------------------------------------------

    /** Every call of the users-and-roles API under {@code organization}, aimed at {@code person}. */
    private static Map<String, MutableHttpRequest<?>> attacksUnder(TenantId organization, PersonId person) {
        String base = "/api/organizations/" + organization;
        Map<String, MutableHttpRequest<?>> attacks = new LinkedHashMap<>();
        attacks.put("GET " + base, HttpRequest.GET(base));
        attacks.put("GET " + base + "/users", HttpRequest.GET(base + "/users"));
        attacks.put("GET " + base + "/invitations", HttpRequest.GET(base + "/invitations"));
        attacks.put("POST " + base + "/invitations", HttpRequest.POST(base + "/invitations", Map.of(
                "email", "mole-" + suffix() + "@example.cn", "displayName", "内应", "roles", List.of("ADMINISTRATOR"))));
        attacks.put("PUT " + base + "/users/{person}/roles", HttpRequest.PUT(base + "/users/" + person + "/roles",
                Map.of("roles", List.of("ADMINISTRATOR"))));
        attacks.put("PUT " + base + "/users/{person}/status", HttpRequest.PUT(base + "/users/" + person + "/status",
                Map.of("status", "SUSPENDED")));
        return attacks;
    }

    private String signIn(String email) {
        Map<String, Object> answer = http.toBlocking().retrieve(
                HttpRequest.POST("/login", Map.of("username", email, "password", Fixtures.PASSWORD)),
                Argument.mapOf(String.class, Object.class));
        assertThat(answer).as("answer of POST /login").containsKey("access_token");
        return (String) answer.get("access_token");
    }

    /** The HTTP status code of the answer (a status is a CharSequence to AssertJ, the code is plain). */
    private int statusOf(MutableHttpRequest<?> request) {
        try {
            return http.toBlocking().exchange(request).getStatus().getCode();
        } catch (HttpClientResponseException e) {
            return e.getStatus().getCode();
        }
    }

    // --- the attacks in SQL ------------------------------------------------------------------

    /**
     * Re-inserts a row given as JSON (one of A's rows, read by the administrator) into the
     * same table: generic for every table, and the row claims tenant A.
     */
    private static String insertCopyOf(String table) {
        return "insert into " + quoted(table) + " select * from jsonb_populate_record(null::" + quoted(table)
                + ", cast(? as jsonb))";
    }

    /** What an attacker's statement did: the rows it touched, or the database's refusal. */
    private record Outcome(Integer rows, String sqlState, String refusal) {

        static Outcome touched(int rows) {
            return new Outcome(rows, null, null);
        }

        static Outcome refused(SQLException e) {
            return new Outcome(null, e.getSQLState(), e.getMessage());
        }
    }

    private Outcome attemptAs(TenantId tenant, String sql, Object... bindings) {
        return attempt(() -> transactions.inTenant(tenant, () -> db.execute(sql, bindings)));
    }

    private static Outcome attempt(Supplier<Integer> statement) {
        try {
            return Outcome.touched(statement.get());
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof SQLException sql) {
                    return Outcome.refused(sql);
                }
            }
            throw e;
        }
    }

    /** One statement on a raw connection in auto-commit mode, with tenant A's id as its one parameter. */
    private Outcome attempt(Connection connection, String sql) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, tenantA.value());
            return Outcome.touched(statement.executeUpdate());
        } catch (SQLException e) {
            return Outcome.refused(e);
        }
    }

    /**
     * Where the application role holds {@code privilege}, row-level security must leave the
     * statement nothing to touch; where it does not, the database refuses it outright.
     */
    private void expectNoRowTouched(SoftAssertions softly, String table, String privilege, String attack,
                                    Outcome outcome) {
        if (appRoleHas(privilege, table)) {
            softly.assertThat(outcome.rows())
                    .as("%s: rows touched by \"%s\" (refusal: %s)", table, attack, outcome.refusal())
                    .isEqualTo(0);
        } else {
            softly.assertThat(outcome.sqlState())
                    .as("%s: \"%s\" without %s privilege must be refused (%s)", table, attack, privilege, outcome)
                    .isEqualTo(INSUFFICIENT_PRIVILEGE);
        }
    }

    /** The statement must fail: on the policy's WITH CHECK, or for want of the privilege. */
    private void expectRefusal(SoftAssertions softly, String table, String privilege, String attack, Outcome outcome) {
        String expected = appRoleHas(privilege, table) ? "row-level security" : "permission denied";
        softly.assertThat(outcome.sqlState())
                .as("%s: \"%s\" must be refused with SQLSTATE %s (%s)", table, attack, INSUFFICIENT_PRIVILEGE, outcome)
                .isEqualTo(INSUFFICIENT_PRIVILEGE);
        softly.assertThat(outcome.refusal())
                .as("%s: \"%s\" must be refused by %s", table, attack, expected)
                .contains(expected);
    }

    private long countAs(TenantId tenant, String sql, Object... bindings) {
        return transactions.readInTenant(tenant, () -> count(sql, bindings));
    }

    private long count(String sql, Object... bindings) {
        return db.fetchOne(sql, bindings).get(0, Long.class);
    }

    // --- what A holds ------------------------------------------------------------------------

    /**
     * A new tenant table needs rows of both tenants, or every attack on it would find nothing
     * to attack and pass.
     */
    private void requireFixtureRowsInEveryTenantTable() {
        SoftAssertions softly = new SoftAssertions();
        for (String table : tenantTables) {
            for (TenantId tenant : List.of(tenantA, tenantB)) {
                softly.assertThat(groundTruth(tenant, table))
                        .as("tenant table %s has no row of tenant %s: add a fixture for it in "
                                        + "TenantIsolationTest.twoOrganizationsWithRowsInEveryTenantTable, "
                                        + "otherwise the attacks prove nothing for it",
                                table, tenant.equals(tenantA) ? "A" : "B")
                        .isNotEmpty();
            }
        }
        softly.assertAll();
    }

    /** A's rows, read past RLS and as A, are what they were before this test's attack. */
    private void assertTenantAUnchanged() {
        Map<String, List<String>> inTheDatabase = groundTruth(tenantA);
        Map<String, List<String>> asASeesThem = asSeenBy(tenantA);
        SoftAssertions softly = new SoftAssertions();
        for (String table : tenantTables) {
            softly.assertThat(inTheDatabase.get(table)).as("%s: tenant A's rows after the attack", table)
                    .isEqualTo(rowsOfABeforeTheAttack.get(table));
            softly.assertThat(asASeesThem.get(table)).as("%s: tenant A's rows as A sees them after the attack", table)
                    .isEqualTo(rowsOfABeforeTheAttack.get(table));
        }
        softly.assertAll();
    }

    /** Every row of {@code tenant} in every tenant table, as JSON, through the application's pool. */
    private Map<String, List<String>> asSeenBy(TenantId tenant) {
        return transactions.readInTenant(tenant, () -> perTable(table -> db.fetch(
                        "select to_jsonb(t)::text from " + quoted(table) + " t order by 1")
                .getValues(0, String.class)));
    }

    /** Every row of {@code tenant} in every tenant table, as JSON, read by the administrator past RLS. */
    private Map<String, List<String>> groundTruth(TenantId tenant) {
        return perTable(table -> groundTruth(tenant, table));
    }

    private List<String> groundTruth(TenantId tenant, String table) {
        try (Connection admin = TestDatabase.get().adminConnection();
             PreparedStatement statement = admin.prepareStatement(
                     "select to_jsonb(t)::text from " + quoted(table) + " t where tenant_id = ? order by 1")) {
            statement.setObject(1, tenant.value());
            try (ResultSet rows = statement.executeQuery()) {
                List<String> result = new ArrayList<>();
                while (rows.next()) {
                    result.add(rows.getString(1));
                }
                return result;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read " + table + " as the administrator", e);
        }
    }

    private Map<String, List<String>> perTable(Function<String, List<String>> rows) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        tenantTables.forEach(table -> result.put(table, rows.apply(table)));
        return result;
    }

    private boolean appRoleHas(String privilege, String table) {
        try (Connection admin = TestDatabase.get().adminConnection();
             PreparedStatement statement = admin.prepareStatement(
                     "select has_table_privilege(?::name, to_regclass(?::text), ?::text)")) {
            statement.setString(1, TestDatabase.APP_ROLE);
            statement.setString(2, "public." + quoted(table));
            statement.setString(3, privilege);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
