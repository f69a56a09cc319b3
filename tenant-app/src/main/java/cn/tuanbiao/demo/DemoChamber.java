package cn.tuanbiao.demo;

import cn.tuanbiao.chambers.domain.FeeItem;
import cn.tuanbiao.chambers.domain.FeePurpose;
import cn.tuanbiao.chambers.domain.FeeRulesDraft;
import cn.tuanbiao.chambers.service.ChamberReports;
import cn.tuanbiao.implementation.domain.ImplementationRecordKind;
import cn.tuanbiao.implementation.domain.RecordDraft;
import cn.tuanbiao.implementation.service.ImplementationRecords;
import cn.tuanbiao.standards.domain.EarlierPublication;
import cn.tuanbiao.standards.domain.StandardProject;
import cn.tuanbiao.standards.service.StandardService;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.time.LocalDate;
import java.util.List;

/**
 * The demo chamber WZFZ (SUP-3): two standards it published last year with a training on one, so that
 * last year's annual report has something to count, and its fee rules declaration.
 */
@Singleton
@Requires(property = "tuanbiao.demo.enabled", value = "true")
class DemoChamber {

    private final ChamberReports reports;
    private final StandardService standards;
    private final ImplementationRecords implementation;

    DemoChamber(ChamberReports reports, StandardService standards, ImplementationRecords implementation) {
        this.reports = reports;
        this.standards = standards;
        this.implementation = implementation;
    }

    void load(TenantId chamber, PersonId administrator) {
        int lastYear = reports.today().getYear() - 1;
        StandardProject shirts = earlier(chamber, administrator, "男式衬衫 质量分级", 1, LocalDate.of(lastYear, 4, 15));
        earlier(chamber, administrator, "服装 数字化定制 量体数据要求", 2, LocalDate.of(lastYear, 9, 1));
        implementation.record(administrator, chamber, shirts.id(), new RecordDraft(ImplementationRecordKind.TRAINING,
                LocalDate.of(lastYear, 6, 20), "《男式衬衫 质量分级》会员企业培训", null, 60, null, null));
        reports.declareFeeRules(administrator, chamber, new FeeRulesDraft(List.of(
                new FeeItem(FeePurpose.MEMBERSHIP_DUES, "会员单位会费", "按《温州市服装商会会费收取标准》，会员单位每年 2000 元", null),
                new FeeItem(FeePurpose.TRAINING, "标准宣贯培训资料费", "每人次 100 元，自愿参加", "不参加培训不影响执行标准"),
                new FeeItem(FeePurpose.PUBLICATION, "标准文本印刷费", "按印制成本收取，每册 30 元", "电子文本免费公开")),
                true, "《温州市服装商会收费管理办法》", "参与标准起草、审查的会员和专家均不收取任何费用。"));
    }

    private StandardProject earlier(TenantId chamber, PersonId secretariat, String title, int sequence,
                                    LocalDate publishedOn) {
        return standards.registerEarlierPublication(secretariat, chamber, new EarlierPublication(title, null,
                "本文件规定了" + title + "的要求、试验方法和检验规则。", sequence, null, publishedOn,
                publishedOn.plusMonths(2), "温州市服装商会、温州市服装质量检测中心"));
    }
}
