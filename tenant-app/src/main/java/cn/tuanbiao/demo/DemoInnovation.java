package cn.tuanbiao.demo;

import cn.tuanbiao.documents.domain.DocumentKind;
import cn.tuanbiao.documents.service.CheckedFile;
import cn.tuanbiao.documents.service.FileCheck;
import cn.tuanbiao.innovation.domain.AchievementDraft;
import cn.tuanbiao.innovation.domain.CentreFile;
import cn.tuanbiao.innovation.domain.CentreType;
import cn.tuanbiao.innovation.domain.TargetKind;
import cn.tuanbiao.innovation.service.CentreChannel;
import cn.tuanbiao.innovation.service.CentreDeadlineScan;
import cn.tuanbiao.innovation.service.InnovationBaseService;
import cn.tuanbiao.shared.service.PlatformClock;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;

/**
 * The innovation base at work (SUP-5): CXJD approved NBXCL to build about ten months ago (its
 * construction plan is in; the acceptance request window closes within the month, so a warning
 * shows), and SZZZ three months ago (in construction, this year's targets partly met: 标准 3/5,
 * 培训 1/2). The scan runs once at the end, so the warnings are in 周婷's and 吴刚's inboxes.
 */
@Singleton
@Requires(property = "tuanbiao.demo.enabled", value = "true")
class DemoInnovation {

    private final InnovationBaseService base;
    private final CentreChannel channel;
    private final CentreDeadlineScan scan;
    private final FileCheck fileCheck;
    private final PlatformClock clock;

    DemoInnovation(InnovationBaseService base, CentreChannel channel, CentreDeadlineScan scan, FileCheck fileCheck,
                   PlatformClock clock) {
        this.base = base;
        this.channel = channel;
        this.scan = scan;
        this.fileCheck = fileCheck;
        this.clock = clock;
    }

    void load(TenantId cxjd, PersonId zhouting, TenantId nbxcl, PersonId wugang, TenantId szzz, PersonId zhengli) {
        CentreFile[] ningbo = new CentreFile[1];
        clock.replay(Duration.ofDays(330), () -> {
            ningbo[0] = base.apply(zhouting, cxjd, nbxcl, CentreType.REGIONAL, "国家技术标准创新基地（长三角）宁波新材料区域中心");
            attach(cxjd, zhouting, ningbo[0], DocumentKind.CENTRE_APPLICATION, "宁波新材料区域中心申报书",
                    "依托单位：宁波市新材料科技城管理委员会", "服务领域：先进高分子材料、磁性材料、石墨烯");
            base.formalCheck(zhouting, cxjd, ningbo[0].id(), true, null);
        });
        clock.replay(Duration.ofDays(318), () -> {
            base.addOpinion(zhouting, cxjd, ningbo[0].id(), "陈立新（咨评委）", "申报方案定位清晰，产业基础扎实，建议加强标准化人才队伍建设。");
            base.addOpinion(zhouting, cxjd, ningbo[0].id(), "刘敏（咨评委）", "同意筹建，建议明确绿色低碳试点方向。");
            base.concludeReview(zhouting, cxjd, ningbo[0].id(), true, "咨评委论证通过，同意纳入筹建范围");
            base.approve(zhouting, cxjd, ningbo[0].id(), base.today(), "长三角基地〔" + base.today().getYear() + "〕3号");
        });
        clock.replay(Duration.ofDays(270), () -> submit(wugang, nbxcl, "宁波新材料区域中心建设方案",
                "建设目标：筹建期内发布团体标准5项、地方标准1项，开展绿色低碳试点1项。"));

        CentreFile[] suzhou = new CentreFile[1];
        clock.replay(Duration.ofDays(110), () -> {
            suzhou[0] = base.apply(zhouting, cxjd, szzz, CentreType.INDUSTRY, "国家技术标准创新基地（长三角）苏州智能制造行业中心");
            base.formalCheck(zhouting, cxjd, suzhou[0].id(), true, null);
            base.addOpinion(zhouting, cxjd, suzhou[0].id(), "陈立新（咨评委）", "行业代表性强，同意筹建。");
            base.concludeReview(zhouting, cxjd, suzhou[0].id(), true, "咨评委论证通过");
            base.approve(zhouting, cxjd, suzhou[0].id(), base.today(), "长三角基地〔" + base.today().getYear() + "〕9号");
        });
        clock.replay(Duration.ofDays(60), () -> {
            submit(zhengli, szzz, "苏州智能制造行业中心建设方案", "建设目标：围绕工业机器人、数字化车间开展标准研制与宣贯。");
            LocalDate today = base.today();
            base.recordAchievement(zhouting, cxjd, suzhou[0].id(), new AchievementDraft(TargetKind.GROUP_STANDARD,
                    "T/CXJD 21—" + today.getYear() + " 协作机器人 安全要求", today.minusDays(20), null));
            base.recordAchievement(zhouting, cxjd, suzhou[0].id(), new AchievementDraft(TargetKind.GROUP_STANDARD,
                    "T/CXJD 22—" + today.getYear() + " 数字化车间 设备互联 通用要求", today.minusDays(10), null));
            channel.recordAchievement(zhengli, szzz, new AchievementDraft(TargetKind.TRAINING,
                    "智能制造团体标准宣贯培训（苏州）", today.minusDays(5), 86));
        });
        clock.replay(Duration.ofDays(12), () -> base.recordAchievement(zhouting, cxjd, suzhou[0].id(),
                new AchievementDraft(TargetKind.GROUP_STANDARD, "T/CXJD 27—" + base.today().getYear()
                        + " 工业互联网平台 设备接入 数据字典", base.today(), null)));
        scan.run();
    }

    private void attach(TenantId cxjd, PersonId by, CentreFile f, DocumentKind kind, String title, String... lines) {
        try (CheckedFile file = pdf(title, lines)) {
            base.attach(by, cxjd, f.id(), kind, null, file);
        }
    }

    private void submit(PersonId by, TenantId centre, String title, String... lines) {
        try (CheckedFile file = pdf(title, lines)) {
            channel.submit(by, centre, DocumentKind.CONSTRUCTION_PLAN, null, file);
        }
    }

    private CheckedFile pdf(String title, String... lines) {
        return fileCheck.check(title + ".pdf", new ByteArrayInputStream(DemoPdf.render(title, lines)));
    }
}
