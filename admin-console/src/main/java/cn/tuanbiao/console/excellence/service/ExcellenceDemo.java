package cn.tuanbiao.console.excellence.service;

import cn.tuanbiao.console.excellence.domain.AssessmentInput;
import cn.tuanbiao.console.excellence.domain.EntryRequest;
import cn.tuanbiao.console.excellence.domain.PoolMembership;
import cn.tuanbiao.demo.DemoLoaded;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

import java.math.BigDecimal;

/**
 * The demo authority ZJSJ's excellence pool (SUP-4): the association ZJZZ and the chamber WZFZ entered
 * in 2025, each with its 2025 assessment, made by 黄海 through the same service as the console.
 */
@Singleton
@Requires(property = "tuanbiao.demo.enabled", value = "true")
class ExcellenceDemo {

    private final ExcellenceProgramme programme;

    ExcellenceDemo(ExcellenceProgramme programme) {
        this.programme = programme;
    }

    @EventListener
    void onDemoLoaded(DemoLoaded demo) {
        TenantId authority = demo.organizations().get("ZJSJ");
        PersonId huang = demo.people().get("huanghai@zjamr.gov.cn");
        int year = Math.min(2025, programme.today().getYear());
        PoolMembership zjzz = programme.enter(huang, authority, new EntryRequest("ZJZZ", year,
                "智能制造领域团体标准数量多、程序规范，已建立完整的标准化制度体系"));
        programme.assess(huang, authority, zjzz.id(), new AssessmentInput(year, new BigDecimal("88.5"),
                "标准制定程序规范，宣贯培训扎实；有 2 项标准逾期未复审，需限期完成复审。"));
        PoolMembership wzfz = programme.enter(huang, authority, new EntryRequest("WZFZ", year,
                "服装行业商会，收费规则公开透明，承诺不以标准化名义收费"));
        programme.assess(huang, authority, wzfz.id(), new AssessmentInput(year, new BigDecimal("76"),
                "收费管理规范；团体标准数量偏少，建议加快标准研制并开展良好行为自我评价。"));
    }
}
