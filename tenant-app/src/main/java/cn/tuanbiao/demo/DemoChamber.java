package cn.tuanbiao.demo;

import cn.tuanbiao.chambers.domain.FeeItem;
import cn.tuanbiao.chambers.domain.FeePurpose;
import cn.tuanbiao.chambers.domain.FeeRulesDraft;
import cn.tuanbiao.chambers.service.ChamberReports;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.util.List;

/** The demo chamber WZFZ's fee rules declaration (SUP-3): what it charges for, and its commitment. */
@Singleton
@Requires(property = "tuanbiao.demo.enabled", value = "true")
class DemoChamber {

    private final ChamberReports reports;

    DemoChamber(ChamberReports reports) {
        this.reports = reports;
    }

    void load(TenantId chamber, PersonId administrator) {
        reports.declareFeeRules(administrator, chamber, new FeeRulesDraft(List.of(
                new FeeItem(FeePurpose.MEMBERSHIP_DUES, "会员单位会费", "按《温州市服装商会会费收取标准》，会员单位每年 2000 元", null),
                new FeeItem(FeePurpose.TRAINING, "标准宣贯培训资料费", "每人次 100 元，自愿参加", "不参加培训不影响执行标准"),
                new FeeItem(FeePurpose.PUBLICATION, "标准文本印刷费", "按印制成本收取，每册 30 元", "电子文本免费公开")),
                true, "《温州市服装商会收费管理办法》", "参与标准起草、审查的会员和专家均不收取任何费用。"));
    }
}
