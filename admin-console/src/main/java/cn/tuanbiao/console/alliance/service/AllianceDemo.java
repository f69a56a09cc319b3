package cn.tuanbiao.console.alliance.service;

import cn.tuanbiao.console.alliance.domain.ConventionText;
import cn.tuanbiao.console.alliance.domain.Expert;
import cn.tuanbiao.console.alliance.domain.Nomination;
import cn.tuanbiao.demo.DemoLoaded;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The alliance's part of the demo (SUP-1, ORG-5), through the same services a person uses: 赵敏
 * publishes CSJTB's self-regulation convention, which ZJZZ's and JSXCL's administrators accept (WZFZ
 * and SHSPA have not yet); 张伟, a council member of CSJTB from ZJZZ, nominates two experts, one of
 * whom 赵敏 admits (the other waits for her decision).
 */
@Singleton
@Requires(property = "tuanbiao.demo.enabled", value = "true")
class AllianceDemo {

    private static final Logger LOG = LoggerFactory.getLogger(AllianceDemo.class);

    private final AllianceConventions conventions;
    private final AllianceChannel channel;
    private final ExpertPool experts;

    AllianceDemo(AllianceConventions conventions, AllianceChannel channel, ExpertPool experts) {
        this.conventions = conventions;
        this.channel = channel;
        this.experts = experts;
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
        LOG.info("Demo alliance CSJTB: convention published and accepted by ZJZZ and JSXCL, expert pool started");
    }
}
