package cn.tuanbiao.console.alliance;

import cn.tuanbiao.console.alliance.AllianceWorld.Organization;
import cn.tuanbiao.console.alliance.domain.AllianceBody;
import cn.tuanbiao.console.alliance.domain.AllianceBodyKind;
import cn.tuanbiao.console.alliance.domain.AwardNomination;
import cn.tuanbiao.console.alliance.domain.AwardOutcome;
import cn.tuanbiao.console.alliance.domain.AwardRound;
import cn.tuanbiao.console.alliance.domain.BodyDraft;
import cn.tuanbiao.console.alliance.domain.Leaving;
import cn.tuanbiao.console.alliance.domain.MemberPeriod;
import cn.tuanbiao.console.alliance.domain.Participant;
import cn.tuanbiao.console.alliance.domain.ParticipantDraft;
import cn.tuanbiao.console.alliance.domain.ParticipantRole;
import cn.tuanbiao.console.alliance.domain.Registration;
import cn.tuanbiao.console.alliance.domain.RosterRow;
import cn.tuanbiao.console.alliance.domain.RoundDraft;
import cn.tuanbiao.console.alliance.domain.Training;
import cn.tuanbiao.console.alliance.domain.TrainingDraft;
import cn.tuanbiao.console.alliance.service.AllianceAwards;
import cn.tuanbiao.console.alliance.service.AllianceBodies;
import cn.tuanbiao.console.alliance.service.AllianceChannel;
import cn.tuanbiao.console.alliance.service.AllianceExports;
import cn.tuanbiao.console.alliance.service.AllianceSecretariat;
import cn.tuanbiao.console.alliance.service.AllianceTrainings;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.i18n.Messages;
import cn.tuanbiao.standards.domain.CommentPeriod;
import cn.tuanbiao.standards.domain.StandardProject;
import cn.tuanbiao.standards.domain.StandardSummary;
import cn.tuanbiao.standards.service.LifecycleWalk;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.testing.MutableClock;
import cn.tuanbiao.testing.PlatformTest;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.tuanbiao.users.domain.OrganizationRole.ADMINISTRATOR;
import static cn.tuanbiao.users.domain.OrganizationRole.COUNCIL_MEMBER;
import static cn.tuanbiao.users.domain.OrganizationRole.MEMBER_REPRESENTATIVE;
import static cn.tuanbiao.users.domain.OrganizationRole.SECRETARIAT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * SUP-1: the rest of the alliance secretariat's console — its own committees and working groups with the
 * people of current member organizations, award rounds in which members nominate their published
 * standards (never a draft) until the closing date, trainings members' people register for until they are
 * full or past, and a member's leaving recorded by the secretariat — each guarded to the alliance's
 * secretariat and administrators, and refused field by field with the rule.
 */
class AllianceBodiesAwardsTrainingsTest extends PlatformTest {

    @Inject
    AllianceWorld world;
    @Inject
    AllianceSecretariat secretariat;
    @Inject
    AllianceBodies bodies;
    @Inject
    AllianceAwards awards;
    @Inject
    AllianceTrainings trainings;
    @Inject
    AllianceChannel channel;
    @Inject
    AllianceExports exports;
    @Inject
    LifecycleWalk walk;
    @Inject
    Messages messages;
    @Inject
    MutableClock clock;
    @Inject
    @Client("/")
    HttpClient http;

    private Organization alliance;
    private Organization zjzz;
    private Organization jsxcl;
    private Organization outsider;
    private Organization otherAlliance;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("tuanbiao.statistics.fold.scheduled", "false");
        return properties;
    }

    @BeforeEach
    void anAllianceOfTwoMembersAndAnotherAllianceWithAnOutsider() {
        AllianceWorld.TwoAlliances scene = world.twoAlliances();
        alliance = scene.alliance();
        zjzz = scene.zjzz();
        jsxcl = scene.jsxcl();
        otherAlliance = scene.otherAlliance();
        outsider = scene.outsider();
    }

    @Test
    void SUP_1_only_the_secretariat_sets_up_bodies_and_only_people_of_current_members_take_part() {
        LocalDate today = secretariat.today();
        AllianceBody committee = bodies.establish(alliance.staff(), alliance.id(), new BodyDraft(AllianceBodyKind.COMMITTEE,
                "标准应用委员会", "推进团体标准实施应用", today.minusMonths(1)));
        refused(() -> bodies.establish(alliance.staff(), alliance.id(), new BodyDraft(AllianceBodyKind.WORKING_GROUP,
                "标准应用委员会", null, today)), "name", "SUP-1", "alliance.body.nameTaken");
        assertThatThrownBy(() -> bodies.establish(zjzz.staff(), alliance.id(), new BodyDraft(AllianceBodyKind.COMMITTEE,
                "冒充委员会", null, today))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> bodies.establish(otherAlliance.staff(), alliance.id(), new BodyDraft(
                AllianceBodyKind.COMMITTEE, "冒充委员会", null, today))).isInstanceOf(AccessDeniedException.class);
        PersonId councillor = world.person(alliance, COUNCIL_MEMBER);
        assertThatThrownBy(() -> bodies.bodies(councillor, alliance.id(), PageRequest.first(10)))
                .isInstanceOf(AccessDeniedException.class);

        Participant chair = bodies.addParticipant(alliance.staff(), alliance.id(), committee.id(), new ParticipantDraft(
                zjzz.id(), "张伟", "秘书长", ParticipantRole.CHAIR, today.minusDays(20)));
        bodies.addParticipant(alliance.staff(), alliance.id(), committee.id(), new ParticipantDraft(jsxcl.id(), "陈静",
                null, ParticipantRole.COMMITTEE_MEMBER, today.minusDays(10)));

        FieldProblem notCurrent = refused(() -> bodies.addParticipant(alliance.staff(), alliance.id(), committee.id(),
                new ParticipantDraft(outsider.id(), "孙磊", null, ParticipantRole.COMMITTEE_MEMBER, today)),
                "member", "SUP-1", "alliance.body.memberNotCurrent");
        assertThat(messages.get(Messages.CHINESE, notCurrent.messageKey(), notCurrent.arguments().toArray()))
                .startsWith("所属成员团体：" + outsider.nameZh() + " 不是本联盟的现有成员").endsWith("（SUP-1）");
        refused(() -> bodies.addParticipant(alliance.staff(), alliance.id(), committee.id(), new ParticipantDraft(zjzz.id(),
                "王强", null, ParticipantRole.CHAIR, today)), "role", "SUP-1", "alliance.body.headTaken.CHAIR");
        refused(() -> bodies.addParticipant(alliance.staff(), alliance.id(), committee.id(), new ParticipantDraft(zjzz.id(),
                "王强", null, ParticipantRole.LEADER, today)), "role", "SUP-1", "alliance.body.roleNotOfKind.COMMITTEE");
        refused(() -> bodies.addParticipant(alliance.staff(), alliance.id(), committee.id(), new ParticipantDraft(zjzz.id(),
                "张伟", null, ParticipantRole.COMMITTEE_MEMBER, today)), "personName", "SUP-1", "alliance.body.alreadyIn");
        refused(() -> bodies.addParticipant(alliance.staff(), alliance.id(), committee.id(), new ParticipantDraft(zjzz.id(),
                "王强", null, ParticipantRole.COMMITTEE_MEMBER, today.minusYears(1))), "joinedOn", "SUP-1",
                "alliance.body.joinedBeforeEstablished");
        assertThatThrownBy(() -> bodies.addParticipant(jsxcl.staff(), alliance.id(), committee.id(), new ParticipantDraft(
                jsxcl.id(), "钱工", null, ParticipantRole.COMMITTEE_MEMBER, today))).isInstanceOf(AccessDeniedException.class);

        Participant left = bodies.recordLeft(alliance.staff(), alliance.id(), chair.id(), today);
        assertThat(left.leftOn()).isEqualTo(today);
        refused(() -> bodies.recordLeft(alliance.staff(), alliance.id(), chair.id(), today), "leftOn", "SUP-1",
                "alliance.body.alreadyLeft");
        // the chair's seat is free again
        bodies.addParticipant(alliance.staff(), alliance.id(), committee.id(), new ParticipantDraft(zjzz.id(), "王强",
                "副秘书长", ParticipantRole.CHAIR, today));

        assertThat(bodies.participants(alliance.staff(), alliance.id(), committee.id(), PageRequest.first(10)).items())
                .extracting(p -> p.personName() + " " + p.role() + " " + (p.current() ? "在任" : "已退出"))
                .containsExactly("王强 CHAIR 在任", "陈静 COMMITTEE_MEMBER 在任", "张伟 CHAIR 已退出");
        assertThat(bodies.bodies(alliance.staff(), alliance.id(), PageRequest.first(10)).items())
                .singleElement().satisfies(b -> assertThat(b.participants()).isEqualTo(2));
        assertThat(bodies.memberParticipants(alliance.staff(), alliance.id(), zjzz.id(), PageRequest.first(10)).total())
                .isEqualTo(2);

        // a former member's people no longer join
        secretariat.recordLeaving(alliance.staff(), alliance.id(), jsxcl.id(), new Leaving(today, "自愿退出"));
        refused(() -> bodies.addParticipant(alliance.staff(), alliance.id(), committee.id(), new ParticipantDraft(jsxcl.id(),
                "钱工", null, ParticipantRole.COMMITTEE_MEMBER, today)), "member", "SUP-1", "alliance.body.memberNotCurrent");
    }

    @Test
    void SUP_1_members_administrators_nominate_their_published_standards_until_the_round_closes_never_a_draft() {
        LocalDate today = secretariat.today();
        world.published(zjzz, "联盟奖项 已发布标准", LocalDate.of(2024, 5, 10));
        StandardProject draft = walk.toCommentPeriod(zjzz.staff(), zjzz.id(), "联盟奖项 征求意见稿", CommentPeriod.Audience.MEMBERS);
        world.published(jsxcl, "联盟奖项 他人标准", LocalDate.of(2024, 5, 10));
        refused(() -> awards.open(alliance.staff(), alliance.id(), new RoundDraft("过期批次", today.getYear(),
                today.minusDays(1), null)), "closesOn", "SUP-1", "alliance.award.closesInThePast");
        assertThatThrownBy(() -> awards.open(zjzz.staff(), alliance.id(), new RoundDraft("冒充批次", today.getYear(),
                today.plusDays(5), null))).isInstanceOf(AccessDeniedException.class);
        AwardRound round = awards.open(alliance.staff(), alliance.id(), new RoundDraft("团体标准优秀成果推荐", today.getYear(),
                today.plusDays(10), "每个团体不超过两项"));

        StandardSummary published = channel.nominableStandards(zjzz.staff(), zjzz.id(), PageRequest.first(10)).items()
                .stream().filter(s -> s.titleZh().equals("联盟奖项 已发布标准")).findFirst().orElseThrow();
        assertThat(channel.nominableStandards(zjzz.staff(), zjzz.id(), PageRequest.first(10)).items())
                .extracting(StandardSummary::titleZh).doesNotContain(draft.subject().titleZh());
        AwardNomination nomination = channel.nominate(zjzz.staff(), zjzz.id(), alliance.id(), round.id(),
                published.id().value(), "已被 20 余家企业采用");
        assertThat(nomination.standardNumber()).isEqualTo(published.number());
        assertThat(nomination.outcome()).isNull();

        FieldProblem notPublished = refused(() -> channel.nominate(zjzz.staff(), zjzz.id(), alliance.id(), round.id(),
                draft.id().value(), null), "standard", "SUP-1", "alliance.award.notPublished");
        assertThat(messages.get(Messages.CHINESE, notPublished.messageKey(), notPublished.arguments().toArray()))
                .contains("草案不能推荐", "SUP-1");
        StandardSummary theirs = channel.nominableStandards(jsxcl.staff(), jsxcl.id(), PageRequest.first(10)).items().get(0);
        refused(() -> channel.nominate(zjzz.staff(), zjzz.id(), alliance.id(), round.id(), theirs.id().value(), null),
                "standard", "SUP-1", "alliance.award.notYourStandard");
        refused(() -> channel.nominate(zjzz.staff(), zjzz.id(), alliance.id(), round.id(), published.id().value(), null),
                "standard", "SUP-1", "alliance.award.duplicate");
        PersonId notAdministrator = world.person(zjzz, SECRETARIAT, MEMBER_REPRESENTATIVE);
        assertThatThrownBy(() -> channel.nominate(notAdministrator, zjzz.id(), alliance.id(), round.id(),
                published.id().value(), null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> channel.openRounds(outsider.staff(), outsider.id(), alliance.id(), PageRequest.first(10)))
                .isInstanceOf(AccessDeniedException.class);

        // members see their own nominations only; the secretariat sees all of the round's
        assertThat(channel.myNominations(zjzz.staff(), zjzz.id(), alliance.id(), PageRequest.first(10)).items())
                .extracting(AwardNomination::standardTitle).containsExactly("联盟奖项 已发布标准");
        assertThat(channel.myNominations(jsxcl.staff(), jsxcl.id(), alliance.id(), PageRequest.first(10)).total()).isZero();
        assertThat(awards.nominations(alliance.staff(), alliance.id(), round.id(), PageRequest.first(10)).items())
                .extracting(AwardNomination::memberName).containsExactly(zjzz.nameZh());

        // the outcome, once; an award names its level; only the secretariat records it
        refused(() -> awards.recordOutcome(alliance.staff(), alliance.id(), nomination.id(), AwardOutcome.AWARDED, " ", null),
                "awardLevel", "SUP-1", "alliance.award.levelRequired");
        assertThatThrownBy(() -> awards.recordOutcome(zjzz.staff(), alliance.id(), nomination.id(),
                AwardOutcome.RECOMMENDED, null, null)).isInstanceOf(AccessDeniedException.class);
        AwardNomination awarded = awards.recordOutcome(alliance.staff(), alliance.id(), nomination.id(),
                AwardOutcome.AWARDED, "一等奖", "评审会议 2026 年第 1 次");
        assertThat(awarded.outcome()).isEqualTo(AwardOutcome.AWARDED);
        assertThat(awarded.awardLevel()).isEqualTo("一等奖");
        refused(() -> awards.recordOutcome(alliance.staff(), alliance.id(), nomination.id(), AwardOutcome.NOT_RECOMMENDED,
                null, null), "outcome", "SUP-1", "alliance.award.alreadyDecided");
        assertThat(channel.myNominations(zjzz.staff(), zjzz.id(), alliance.id(), PageRequest.first(10)).items())
                .singleElement().satisfies(n -> assertThat(n.awardLevel()).isEqualTo("一等奖"));

        // after the closing date nobody nominates any more
        StandardSummary second = channel.nominableStandards(jsxcl.staff(), jsxcl.id(), PageRequest.first(10)).items().get(0);
        clock.advance(Duration.ofDays(11));
        refused(() -> channel.nominate(jsxcl.staff(), jsxcl.id(), alliance.id(), round.id(), second.id().value(), null),
                "round", "SUP-1", "alliance.award.closed");
        assertThat(channel.openRounds(jsxcl.staff(), jsxcl.id(), alliance.id(), PageRequest.first(10)).total()).isZero();
    }

    @Test
    void SUP_1_members_people_register_until_the_training_is_full_or_past_and_attendance_counts_on_the_roster() {
        LocalDate today = secretariat.today();
        refused(() -> trainings.schedule(alliance.staff(), alliance.id(), new TrainingDraft("线下培训", today.plusDays(7),
                false, " ", 2, null)), "place", "SUP-1", "alliance.training.placeRequired");
        assertThatThrownBy(() -> trainings.schedule(zjzz.staff(), alliance.id(), new TrainingDraft("冒充培训",
                today.plusDays(7), true, null, 2, null))).isInstanceOf(AccessDeniedException.class);
        Training training = trainings.schedule(alliance.staff(), alliance.id(), new TrainingDraft("团体标准编写规则培训",
                today.plusDays(7), false, "上海市黄浦区", 2, "GB/T 1.1"));
        PersonId wang = world.person(zjzz, MEMBER_REPRESENTATIVE);
        PersonId chen = world.person(jsxcl, ADMINISTRATOR);
        PersonId third = world.person(zjzz, SECRETARIAT);

        Registration first = channel.register(wang, zjzz.id(), alliance.id(), training.id());
        assertThat(first.memberName()).isEqualTo(zjzz.nameZh());
        refused(() -> channel.register(wang, zjzz.id(), alliance.id(), training.id()), "training", "SUP-1",
                "alliance.training.alreadyRegistered");
        clock.advance(Duration.ofMinutes(5)); // registrations are listed in order of arrival
        channel.register(chen, jsxcl.id(), alliance.id(), training.id());
        FieldProblem full = refused(() -> channel.register(third, zjzz.id(), alliance.id(), training.id()), "training",
                "SUP-1", "alliance.training.full");
        assertThat(messages.get(Messages.CHINESE, full.messageKey(), full.arguments().toArray()))
                .isEqualTo("培训“团体标准编写规则培训”的 2 个名额已满，不能再报名（SUP-1）");
        assertThatThrownBy(() -> channel.register(outsider.staff(), outsider.id(), alliance.id(), training.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(channel.upcomingTrainings(third, zjzz.id(), alliance.id(), PageRequest.first(10)).items())
                .singleElement().satisfies(t -> assertThat(t.seatsLeft()).isZero());
        assertThat(trainings.registrations(alliance.staff(), alliance.id(), training.id(), PageRequest.first(10)).items())
                .extracting(r -> r.memberName()).containsExactly(zjzz.nameZh(), jsxcl.nameZh());

        refused(() -> trainings.recordAttendance(alliance.staff(), alliance.id(), first.id(), true), "attended", "SUP-1",
                "alliance.training.notYetHeld");
        Training tomorrow = trainings.schedule(alliance.staff(), alliance.id(), new TrainingDraft("线上答疑",
                today.plusDays(1), true, null, 100, null));
        clock.advance(Duration.ofDays(7));
        trainings.recordAttendance(alliance.staff(), alliance.id(), first.id(), true);
        assertThatThrownBy(() -> trainings.recordAttendance(zjzz.staff(), alliance.id(), first.id(), true))
                .isInstanceOf(AccessDeniedException.class);
        refused(() -> channel.register(third, zjzz.id(), alliance.id(), tomorrow.id()), "training", "SUP-1",
                "alliance.training.past");

        assertThat(trainings.training(alliance.staff(), alliance.id(), training.id()).attended()).isEqualTo(1);
        assertThat(channel.myRegistrations(wang, zjzz.id(), alliance.id(), PageRequest.first(10)).items())
                .singleElement().satisfies(r -> assertThat(r.attended()).isTrue());
        List<RosterRow> roster = secretariat.allRoster(alliance.staff(), alliance.id());
        assertThat(roster).extracting(r -> r.indicators().organization().code() + " " + r.trainingsAttended())
                .containsExactlyInAnyOrder(zjzz.code() + " 1", jsxcl.code() + " 0");
    }

    @Test
    void SUP_1_the_secretariat_records_a_member_leaving_with_its_reason_and_its_people_leave_the_bodies() {
        LocalDate today = secretariat.today();
        AllianceBody group = bodies.establish(alliance.staff(), alliance.id(), new BodyDraft(AllianceBodyKind.WORKING_GROUP,
                "宣传工作组", null, today.minusMonths(2)));
        bodies.addParticipant(alliance.staff(), alliance.id(), group.id(), new ParticipantDraft(jsxcl.id(), "陈静", null,
                ParticipantRole.LEADER, today.minusMonths(1)));

        refused(() -> secretariat.recordLeaving(alliance.staff(), alliance.id(), jsxcl.id(), new Leaving(today.plusDays(1),
                "自愿退出")), "leftOn", "SUP-1", "alliance.leaving.inTheFuture");
        refused(() -> secretariat.recordLeaving(alliance.staff(), alliance.id(), jsxcl.id(), new Leaving(today, " ")),
                "reason", "FORMAT", "validation.required");
        for (PersonId notTheSecretariat : List.of(jsxcl.staff(), otherAlliance.staff(), world.person(alliance, COUNCIL_MEMBER))) {
            assertThatThrownBy(() -> secretariat.recordLeaving(notTheSecretariat, alliance.id(), jsxcl.id(),
                    new Leaving(today, "冒充"))).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> secretariat.recordLeaving(alliance.staff(), alliance.id(), outsider.id(),
                new Leaving(today, "并非成员"))).isInstanceOf(AccessDeniedException.class);

        secretariat.recordLeaving(alliance.staff(), alliance.id(), jsxcl.id(), new Leaving(today, "经理事会决议，自愿退出联盟"));

        assertThat(secretariat.allRoster(alliance.staff(), alliance.id()))
                .extracting(r -> r.indicators().organization().code()).containsExactly(zjzz.code());
        assertThat(secretariat.allHistory(alliance.staff(), alliance.id())).filteredOn(p -> p.code().equals(jsxcl.code()))
                .extracting(MemberPeriod::leftOn, MemberPeriod::leftReason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(today, "经理事会决议，自愿退出联盟"));
        assertThat(bodies.participants(alliance.staff(), alliance.id(), group.id(), PageRequest.first(10)).items())
                .singleElement().satisfies(p -> assertThat(p.leftOn()).isEqualTo(today));
        assertThatThrownBy(() -> secretariat.recordLeaving(alliance.staff(), alliance.id(), jsxcl.id(),
                new Leaving(today, "再次退出"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> channel.upcomingTrainings(jsxcl.staff(), jsxcl.id(), alliance.id(), PageRequest.first(10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void SUP_1_trainings_and_rounds_of_one_day_are_listed_the_latest_scheduled_first() {
        LocalDate day = secretariat.today().plusDays(14);
        trainings.schedule(alliance.staff(), alliance.id(), new TrainingDraft("上午：编写规则培训", day, false,
                "上海市黄浦区", 40, null));
        clock.advance(Duration.ofMinutes(1));
        trainings.schedule(alliance.staff(), alliance.id(), new TrainingDraft("下午：线上答疑", day, true, null, 100, null));
        awards.open(alliance.staff(), alliance.id(), new RoundDraft("优秀成果推荐", day.getYear(), day, null));
        clock.advance(Duration.ofMinutes(1));
        awards.open(alliance.staff(), alliance.id(), new RoundDraft("优秀标准化人才推荐", day.getYear(), day, null));

        assertThat(trainings.allTrainings(alliance.staff(), alliance.id())).extracting(Training::title)
                .containsExactly("下午：线上答疑", "上午：编写规则培训");
        assertThat(awards.allRounds(alliance.staff(), alliance.id())).extracting(AwardRound::name)
                .containsExactly("优秀标准化人才推荐", "优秀成果推荐");
    }

    @Test
    void SUP_1_bodies_nominations_and_trainings_export_to_excel_and_answer_over_rest() throws Exception {
        LocalDate today = secretariat.today();
        AllianceBody committee = bodies.establish(alliance.staff(), alliance.id(), new BodyDraft(AllianceBodyKind.COMMITTEE,
                "知识产权研究委员会", null, today.minusDays(5)));
        bodies.addParticipant(alliance.staff(), alliance.id(), committee.id(), new ParticipantDraft(zjzz.id(), "张伟", "秘书长",
                ParticipantRole.CHAIR, today));
        Training training = trainings.schedule(alliance.staff(), alliance.id(), new TrainingDraft("线上培训", today.plusDays(3),
                true, null, 10, null));
        channel.register(zjzz.staff(), zjzz.id(), alliance.id(), training.id());
        String name = secretariat.allianceName(alliance.id());

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.writeExcel(List.of(exports.participantsTable(name, bodies.allParticipants(alliance.staff(), alliance.id())),
                exports.registrationsTable(name, trainings.allRegistrations(alliance.staff(), alliance.id(), null))), out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(texts(workbook.getSheetAt(0).getRow(1))).containsExactly("机构名称", "机构类型", "姓名", "所属成员团体",
                    "职务", "担任", "加入日期", "退出日期");
            assertThat(texts(workbook.getSheetAt(0).getRow(2))).startsWith("知识产权研究委员会", "专业委员会", "张伟",
                    zjzz.nameZh(), "秘书长", "主任委员", today.toString());
            assertThat(texts(workbook.getSheetAt(1).getRow(2))).startsWith("线上培训", today.plusDays(3).toString())
                    .endsWith("未记录");
        }

        String token = token(alliance.email());
        String base = "/api/organizations/" + alliance.id() + "/alliance";
        assertThat(http.toBlocking().retrieve(HttpRequest.GET(base + "/bodies").bearerAuth(token)))
                .contains("知识产权研究委员会");
        HttpClientResponseException refused = org.junit.jupiter.api.Assertions.assertThrows(HttpClientResponseException.class,
                () -> http.toBlocking().retrieve(HttpRequest.POST(base + "/bodies/" + committee.id() + "/participants",
                        Map.of("memberId", outsider.id().value().toString(), "personName", "孙磊", "role",
                                "COMMITTEE_MEMBER", "joinedOn", today.toString())).bearerAuth(token)));
        assertThat(refused.getStatus().getCode()).isEqualTo(422);
        assertThat(refused.getResponse().getBody(String.class).orElse(""))
                .contains("\"field\":\"member\"", "\"rule\":\"SUP-1\"", "不是本联盟的现有成员");
        String registrations = http.toBlocking().retrieve(HttpRequest.GET(base + "/trainings/" + training.id()
                + "/registrations").bearerAuth(token));
        assertThat(registrations).contains(zjzz.nameZh());
        int forbidden;
        try {
            forbidden = http.toBlocking().exchange(HttpRequest.GET(base + "/trainings").bearerAuth(token(otherAlliance.email())),
                    String.class).getStatus().getCode();
        } catch (HttpClientResponseException e) {
            forbidden = e.getStatus().getCode();
        }
        assertThat(forbidden).isEqualTo(403);
    }

    /** Asserts the refusal names the field and the rule, and returns the problem. */
    private static FieldProblem refused(Executable call, String field, String rule, String messageKey) {
        InvalidInputException e = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class, call);
        assertThat(e.problems()).extracting(FieldProblem::field, FieldProblem::rule, FieldProblem::messageKey)
                .contains(org.assertj.core.groups.Tuple.tuple(field, rule, messageKey));
        return e.problems().stream().filter(p -> p.messageKey().equals(messageKey)).findFirst().orElseThrow();
    }

    private String token(String email) {
        return (String) http.toBlocking().retrieve(HttpRequest.POST("/login", Map.of("username", email, "password",
                cn.tuanbiao.testing.Fixtures.PASSWORD)), Map.class).get("access_token");
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(c -> texts.add(c.getStringCellValue()));
        return texts;
    }
}
