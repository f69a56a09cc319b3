package cn.tuanbiao.console.alliance.service;

import cn.tuanbiao.console.alliance.AllianceWorld;
import cn.tuanbiao.console.alliance.AllianceWorld.Organization;
import cn.tuanbiao.console.alliance.domain.AllianceBody;
import cn.tuanbiao.console.alliance.domain.AwardRound;
import cn.tuanbiao.console.alliance.domain.ExpertStatus;
import cn.tuanbiao.console.alliance.domain.Training;
import cn.tuanbiao.console.alliance.domain.RosterRow;
import cn.tuanbiao.demo.DemoLoaded;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.testing.PlatformTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static cn.tuanbiao.users.domain.OrganizationRole.ADMINISTRATOR;
import static cn.tuanbiao.users.domain.OrganizationRole.COUNCIL_MEMBER;
import static cn.tuanbiao.users.domain.OrganizationRole.MEMBER_REPRESENTATIVE;
import static cn.tuanbiao.users.domain.OrganizationRole.SECRETARIAT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SUP-1 in the demo: once the demo is loaded — its event, here over organizations and people holding the
 * demo's roles, as the demo itself does not load under the test clock: 赵敏 runs the alliance, 张伟 sits on
 * its council from ZJZZ, 陈静 administers JSXCL — the
 * alliance's convention is published and accepted by two members, its pool holds one admitted and one
 * nominated expert, its committee has people of ZJZZ and JSXCL, its open award round ZJZZ's nomination and its
 * training two registrations.
 */
class AllianceDemoTest extends PlatformTest {

    @Inject
    AllianceWorld world;
    @Inject
    AllianceSecretariat secretariat;
    @Inject
    ExpertPool experts;
    @Inject
    AllianceConventions conventions;
    @Inject
    AllianceChannel channel;
    @Inject
    AllianceBodies bodies;
    @Inject
    AllianceAwards awards;
    @Inject
    AllianceTrainings trainings;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("tuanbiao.statistics.fold.scheduled", "false");
        return properties;
    }

    @Test
    void SUP_1_the_demo_alliance_has_its_convention_accepted_by_two_members_and_an_expert_pool() {
        Organization csjtb = world.alliance();
        Organization zjzz = world.association();
        Organization jsxcl = world.association();
        Organization wzfz = world.association();
        for (Organization member : List.of(zjzz, jsxcl, wzfz)) {
            world.join(csjtb, member, LocalDate.of(2024, 3, 1));
        }
        PersonId zhaomin = world.person(csjtb, ADMINISTRATOR, SECRETARIAT);
        PersonId zhangwei = world.person(zjzz, ADMINISTRATOR, SECRETARIAT, COUNCIL_MEMBER);
        world.fixtures().join(zhangwei, csjtb.id(), MEMBER_REPRESENTATIVE, COUNCIL_MEMBER);
        PersonId chenjing = world.person(jsxcl, ADMINISTRATOR, SECRETARIAT);
        PersonId wangqiang = world.person(zjzz, MEMBER_REPRESENTATIVE);
        world.published(zjzz, "工业机器人用伺服电机 技术条件", LocalDate.of(2024, 5, 10));
        world.foldNow();

        long started = System.nanoTime();
        new AllianceDemo(conventions, channel, experts, bodies, awards, trainings, secretariat).onDemoLoaded(
                new DemoLoaded(Map.of("CSJTB", csjtb.id(), "ZJZZ", zjzz.id(), "JSXCL", jsxcl.id(), "WZFZ", wzfz.id()),
                        Map.of("zhaomin@csjtb.org.cn", zhaomin, "zhangwei@zjzz.org.cn", zhangwei,
                                "chenjing@jsxcl.org.cn", chenjing, "wangqiang@zjzz.org.cn", wangqiang)));
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("the alliance's demo keeps start-up fast")
                .isLessThan(Duration.ofSeconds(10));

        List<RosterRow> roster = secretariat.allRoster(zhaomin, csjtb.id());
        assertThat(roster).extracting(r -> r.indicators().organization().code() + " " + AllianceExports.convention(r))
                .containsExactlyInAnyOrder(zjzz.code() + " 第 1 版", jsxcl.code() + " 第 1 版", wzfz.code() + " 未签署");
        assertThat(experts.pool(zhaomin, csjtb.id(), ExpertStatus.ADMITTED, PageRequest.first(10)).items())
                .extracting(e -> e.name() + " " + e.memberName()).containsExactly("陈立新 " + zjzz.nameZh());
        assertThat(experts.pool(zhaomin, csjtb.id(), ExpertStatus.NOMINATED, PageRequest.first(10)).total()).isEqualTo(1);

        AllianceBody committee = bodies.bodies(zhaomin, csjtb.id(), PageRequest.first(10)).items().get(0);
        assertThat(committee.name()).isEqualTo("标准应用委员会");
        assertThat(bodies.participants(zhaomin, csjtb.id(), committee.id(), PageRequest.first(10)).items())
                .extracting(p -> p.personName() + " " + p.memberName())
                .containsExactlyInAnyOrder("张伟 " + zjzz.nameZh(), "陈静 " + jsxcl.nameZh());
        AwardRound round = awards.rounds(zhaomin, csjtb.id(), PageRequest.first(10)).items().get(0);
        assertThat(round.open(secretariat.today())).isTrue();
        assertThat(awards.nominations(zhaomin, csjtb.id(), round.id(), PageRequest.first(10)).items())
                .extracting(n -> n.memberName() + " " + n.standardTitle())
                .containsExactly(zjzz.nameZh() + " 工业机器人用伺服电机 技术条件");
        Training training = trainings.trainings(zhaomin, csjtb.id(), PageRequest.first(10)).items().get(0);
        assertThat(training.registered()).isEqualTo(2);
        assertThat(training.heldOn()).isAfter(secretariat.today());
    }
}
