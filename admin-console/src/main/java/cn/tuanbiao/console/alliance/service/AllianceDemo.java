package cn.tuanbiao.console.alliance.service;

import cn.tuanbiao.console.alliance.domain.AllianceBody;
import cn.tuanbiao.console.alliance.domain.AllianceBodyKind;
import cn.tuanbiao.console.alliance.domain.AwardRound;
import cn.tuanbiao.console.alliance.domain.BodyDraft;
import cn.tuanbiao.console.alliance.domain.ConventionText;
import cn.tuanbiao.console.alliance.domain.Expert;
import cn.tuanbiao.console.alliance.domain.Nomination;
import cn.tuanbiao.console.alliance.domain.ParticipantDraft;
import cn.tuanbiao.console.alliance.domain.ParticipantRole;
import cn.tuanbiao.console.alliance.domain.RoundDraft;
import cn.tuanbiao.console.alliance.domain.Training;
import cn.tuanbiao.console.alliance.domain.TrainingDraft;
import cn.tuanbiao.demo.DemoLoaded;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;

/**
 * The alliance's part of the demo (SUP-1, ORG-5), through the same services a person uses: 赵敏
 * publishes CSJTB's self-regulation convention, which ZJZZ's and JSXCL's administrators accept (WZFZ
 * and SHSPA have not yet); 张伟, a council member of CSJTB from ZJZZ, nominates two experts, one of
 * whom 赵敏 admits (the other waits for her decision). 赵敏 also sets up 标准应用委员会 with people of ZJZZ and
 * JSXCL, opens an award round in which ZJZZ nominates a published standard, and schedules a training for
 * which two members' people registered.
 */
@Singleton
@Requires(property = "tuanbiao.demo.enabled", value = "true")
class AllianceDemo {

    private static final Logger LOG = LoggerFactory.getLogger(AllianceDemo.class);

    private final AllianceConventions conventions;
    private final AllianceChannel channel;
    private final ExpertPool experts;
    private final AllianceBodies bodies;
    private final AllianceAwards awards;
    private final AllianceTrainings trainings;
    private final AllianceSecretariat secretariat;

    AllianceDemo(AllianceConventions conventions, AllianceChannel channel, ExpertPool experts, AllianceBodies bodies,
                 AllianceAwards awards, AllianceTrainings trainings, AllianceSecretariat secretariat) {
        this.conventions = conventions;
        this.channel = channel;
        this.experts = experts;
        this.bodies = bodies;
        this.awards = awards;
        this.trainings = trainings;
        this.secretariat = secretariat;
    }

    @EventListener
    void onDemoLoaded(DemoLoaded demo) {
        TenantId csjtb = demo.organizations().get("CSJTB");
        PersonId zhaomin = demo.people().get("zhaomin@csjtb.org.cn");
        PersonId zhangwei = demo.people().get("zhangwei@zjzz.org.cn");
        PersonId chenjing = demo.people().get("chenjing@jsxcl.org.cn");
        if (csjtb == null || zhaomin == null || zhangwei == null || chenjing == null) {
            return;
        }
        conventions.publish(zhaomin, csjtb, new ConventionText("长三角团体标准联盟成员自律公约", """
                第一条 为规范长三角地区团体标准化活动，维护团体标准的公信力，联盟成员团体共同订立本公约。
                第二条 成员团体遵守《中华人民共和国标准化法》《团体标准管理规定》，按照公开、透明、协商一致的原则制定团体标准。
                第三条 标准征求意见期不少于三十日；技术审查需要表决的，以不少于四分之三同意为通过，起草人不参加表决。
                第四条 团体标准发布后及时在全国团体标准信息平台自我声明公开，并按期开展复审。
                第五条 不得以团体标准的名义收取费用，不得利用团体标准实施妨碍商品、服务自由流通等排除、限制竞争的行为。
                第六条 妥善处理申诉和投诉，接受联盟和社会监督。"""));
        channel.acceptConvention(zhangwei, demo.organizations().get("ZJZZ"), csjtb, 1);
        channel.acceptConvention(chenjing, demo.organizations().get("JSXCL"), csjtb, 1);
        Expert admitted = experts.nominate(zhangwei, csjtb, new Nomination(demo.organizations().get("ZJZZ"), "陈立新",
                "工业机器人与伺服系统", "教授级高级工程师"));
        experts.nominate(zhangwei, csjtb, new Nomination(demo.organizations().get("ZJZZ"), "周雅琴", "数字孪生与工业软件",
                "研究员"));
        experts.decide(zhaomin, csjtb, admitted.id(), true, null);
        loadActivities(demo, csjtb, zhaomin, zhangwei, chenjing);
        LOG.info("Demo alliance CSJTB: convention published and accepted by ZJZZ and JSXCL, expert pool started,"
                + " a committee, an open award round and a training");
    }

    /**
     * The alliance's own work (SUP-1): 标准应用委员会 with 张伟 (ZJZZ) as its chair and 陈静 (JSXCL) on it; an
     * award round open for a month, in which ZJZZ nominated its servo-motor standard; a training in two
     * weeks, for which 王强 (ZJZZ) and 陈静 registered.
     */
    private void loadActivities(DemoLoaded demo, TenantId csjtb, PersonId zhaomin, PersonId zhangwei, PersonId chenjing) {
        TenantId zjzz = demo.organizations().get("ZJZZ");
        TenantId jsxcl = demo.organizations().get("JSXCL");
        LocalDate today = secretariat.today();
        AllianceBody committee = bodies.establish(zhaomin, csjtb, new BodyDraft(AllianceBodyKind.COMMITTEE, "标准应用委员会",
                "推进成员团体标准的实施应用，收集应用案例，组织标准化良好实践交流", today.minusMonths(3)));
        bodies.addParticipant(zhaomin, csjtb, committee.id(), new ParticipantDraft(zjzz, "张伟", "秘书长",
                ParticipantRole.CHAIR, today.minusMonths(3)));
        bodies.addParticipant(zhaomin, csjtb, committee.id(), new ParticipantDraft(jsxcl, "陈静", "标准化工作部主任",
                ParticipantRole.COMMITTEE_MEMBER, today.minusMonths(2)));
        AwardRound round = awards.open(zhaomin, csjtb, new RoundDraft(today.getYear() + "年度长三角团体标准优秀成果推荐",
                today.getYear(), today.plusDays(30), "各成员团体推荐本团体已发布、实施效果好的团体标准，每个团体不超过两项。"));
        channel.nominableStandards(zhangwei, zjzz, PageRequest.first(PageRequest.MAX_LIMIT)).items().stream()
                .filter(s -> s.titleZh().contains("伺服电机")).findFirst()
                .ifPresent(s -> channel.nominate(zhangwei, zjzz, csjtb, round.id(), s.id().value(),
                        "已被省内 20 余家整机企业采用，填补伺服电机可靠性评价空白"));
        Training training = trainings.schedule(zhaomin, csjtb, new TrainingDraft("团体标准编写规则（GB/T 1.1—2020）实务培训",
                today.plusDays(14), false, "上海市黄浦区长三角标准化服务中心 3 楼会议室", 40,
                "标准的结构和起草规则、编制说明的编写、征求意见处理"));
        PersonId wangqiang = demo.people().get("wangqiang@zjzz.org.cn");
        if (wangqiang != null) {
            channel.register(wangqiang, zjzz, csjtb, training.id());
        }
        channel.register(chenjing, jsxcl, csjtb, training.id());
    }
}
