package cn.tuanbiao.chambers;

import cn.tuanbiao.catalogue.service.PublicCatalogue;
import cn.tuanbiao.chambers.domain.AnnualReport;
import cn.tuanbiao.chambers.domain.AnnualReport.CommentPeriods;
import cn.tuanbiao.chambers.domain.AnnualReport.Implementation;
import cn.tuanbiao.chambers.domain.AnnualReport.StandardsWork;
import cn.tuanbiao.chambers.domain.FeeDeclaration;
import cn.tuanbiao.chambers.domain.FeeItem;
import cn.tuanbiao.chambers.domain.FeePurpose;
import cn.tuanbiao.chambers.domain.FeeRulesDraft;
import cn.tuanbiao.chambers.service.AnnualReportPdf;
import cn.tuanbiao.chambers.service.ChamberReports;
import cn.tuanbiao.declarations.domain.DeclarationForm;
import cn.tuanbiao.declarations.domain.DeclaredLevel;
import cn.tuanbiao.declarations.service.SelfDeclarations;
import cn.tuanbiao.implementation.domain.ImplementationRecordKind;
import cn.tuanbiao.implementation.domain.RecordDraft;
import cn.tuanbiao.implementation.service.ImplementationRecords;
import cn.tuanbiao.organizations.domain.OrganizationProfile;
import cn.tuanbiao.organizations.service.OrganizationOnboarding;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.i18n.Messages;
import cn.tuanbiao.standards.domain.EarlierPublication;
import cn.tuanbiao.standards.domain.PeriodicReviewDecision;
import cn.tuanbiao.standards.domain.StandardProject;
import cn.tuanbiao.standards.domain.Proposal;
import cn.tuanbiao.standards.service.LifecycleWalk;
import cn.tuanbiao.standards.service.StandardService;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.testing.Fixtures;
import cn.tuanbiao.testing.MutableClock;
import cn.tuanbiao.testing.PlatformTest;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static cn.tuanbiao.testing.Fixtures.suffix;
import static cn.tuanbiao.users.domain.OrganizationRole.ADMINISTRATOR;
import static cn.tuanbiao.users.domain.OrganizationRole.COUNCIL_MEMBER;
import static cn.tuanbiao.users.domain.OrganizationRole.SECRETARIAT;
import static cn.tuanbiao.users.domain.OrganizationRole.WORKING_GROUP_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * SUP-3: a chamber of commerce's annual standardization work report is counted from its own records
 * (for the president's annual report), and its fee rules declaration carries the commitment that no
 * fee is charged in the name of standardization — a fee for standard-setting itself is refused.
 */
class ChamberReportTest extends PlatformTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Inject
    ChamberReports reports;
    @Inject
    AnnualReportPdf pdf;
    @Inject
    OrganizationOnboarding onboarding;
    @Inject
    Fixtures fixtures;
    @Inject
    StandardService standards;
    @Inject
    LifecycleWalk walk;
    @Inject
    ImplementationRecords implementation;
    @Inject
    SelfDeclarations declarations;
    @Inject
    PublicCatalogue catalogue;
    @Inject
    Messages messages;
    @Inject
    MutableClock clock;

    private TenantId chamber;
    private String chamberCode;
    private PersonId secretary;
    private int year;

    @BeforeEach
    void aChamberOnTheFirstOfJuly() {
        // every step of a test happens within weeks: starting on 1 July keeps them all in one year
        LocalDate today = standards.today();
        LocalDate july = LocalDate.of(today.getMonthValue() < 7 ? today.getYear() : today.getYear() + 1, 7, 1);
        clock.advance(Duration.between(clock.instant(), july.atTime(9, 0).atZone(CHINA).toInstant()));
        year = july.getYear();
        OrganizationProfile profile = Fixtures.aProfile("CHAMBER_OF_COMMERCE", "温州测试服装商会" + suffix());
        chamber = onboarding.onboard(fixtures.operator(), profile).id();
        chamberCode = profile.code();
        secretary = fixtures.memberOf(chamber, ADMINISTRATOR, SECRETARIAT, COUNCIL_MEMBER);
    }

    @Test
    void SUP_3_the_annual_report_counts_the_chambers_own_records_of_the_year() {
        StandardProject approved = walk.toApproval(secretary, chamber, "商会测试标准甲" + suffix());
        walk.toDrafting(secretary, chamber, "商会测试标准乙" + suffix());
        standards.propose(secretary, chamber, new Proposal("商会测试标准丙" + suffix(), null, "本文件规定了丙的要求。",
                false, false), null);
        StandardProject thisYear = earlier("今年发布的标准" + suffix(), LocalDate.of(year, 3, 1), 1);
        StandardProject lastYear = earlier("去年发布的标准" + suffix(), LocalDate.of(year - 1, 5, 1), 2);
        StandardProject withdrawn = earlier("今年废止的标准" + suffix(), LocalDate.of(year - 1, 6, 1), 3);
        standards.recordPeriodicReview(secretary, chamber, withdrawn.id(), PeriodicReviewDecision.WITHDRAW,
                "技术内容已落后，决定废止");
        LocalDate today = standards.today();
        implementation.record(secretary, chamber, thisYear.id(), new RecordDraft(ImplementationRecordKind.TRAINING,
                today, "标准培训班", null, 30, null, null));
        implementation.record(secretary, chamber, thisYear.id(), new RecordDraft(
                ImplementationRecordKind.DISSEMINATION_EVENT, today, "标准宣贯会", null, 20, null, null));
        implementation.record(secretary, chamber, lastYear.id(), new RecordDraft(ImplementationRecordKind.TRAINING,
                LocalDate.of(year - 1, 9, 1), "去年的培训", null, 99, null, null));
        declarations.confirm(secretary, chamber, thisYear.id(), new DeclarationForm(DeclaredLevel.DOMESTIC_ADVANCED,
                List.of("测试性能指标"), List.of(), List.of()), true, true);
        // another chamber's records count for it alone
        TenantId other = onboarding.onboard(fixtures.operator(), Fixtures.aProfile("CHAMBER_OF_COMMERCE",
                "其他测试商会" + suffix())).id();
        PersonId otherSecretary = fixtures.memberOf(other, ADMINISTRATOR, SECRETARIAT);
        walk.toDrafting(otherSecretary, other, "其他商会的标准" + suffix());

        AnnualReport report = reports.annualReport(secretary, chamber, year);

        assertThat(approved.commentPeriod().closes().getYear()).as("the walk stays in the year").isEqualTo(year);
        // proposed: 甲 乙 丙; projects approved: 甲 乙; approved: 甲; published in the year: one; withdrawn: one;
        // in force today: this year's and last year's
        assertThat(report.standards()).isEqualTo(new StandardsWork(3, 2, 1, 1, 1, 2));
        assertThat(report.publishedInYear()).singleElement().satisfies(s -> {
            assertThat(s.titleZh()).isEqualTo(thisYear.subject().titleZh());
            assertThat(s.number()).isEqualTo("T/" + chamberCode + " 1—" + year);
        });
        assertThat(report.commentPeriods()).isEqualTo(new CommentPeriods(1, 1));
        assertThat(report.implementation()).isEqualTo(new Implementation(1, 1, 50, 0, 0, 0));
        assertThat(report.declarations().confirmed()).isEqualTo(1);
        assertThat(report.cases().received()).isZero();
        assertThat(report.goodPractice()).isEmpty();

        AnnualReport before = reports.annualReport(secretary, chamber, year - 1);
        assertThat(before.standards()).isEqualTo(new StandardsWork(0, 0, 0, 2, 0, 2));
        assertThat(before.implementation().participants()).isEqualTo(99);
    }

    @Test
    void SUP_3_the_report_downloads_as_a_pdf_in_chinese_with_the_fee_rules() {
        earlier("商会PDF测试标准" + suffix(), LocalDate.of(year, 2, 1), 1);
        reports.declareFeeRules(secretary, chamber, allowedFees());

        byte[] bytes = pdf.render(reports.annualReport(secretary, chamber, year));

        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        // the text as a reader copies it, lines joined (the extractor breaks long lines)
        String text = text(bytes).replaceAll("\\s", "");
        assertThat(text).contains(year + "年度标准化工作报告", "发布团体标准1项", "收费规则声明第1版",
                "不以标准化名义收取任何费用", "会员单位会费", "每年2000元");
    }

    @Test
    void SUP_3_a_fee_charged_for_standard_setting_is_refused_naming_the_field_and_the_rule() {
        FeeRulesDraft forbidden = new FeeRulesDraft(List.of(
                new FeeItem(FeePurpose.MEMBERSHIP_DUES, "会员单位会费", "每年 2000 元", null),
                new FeeItem(FeePurpose.STANDARD_SETTING, "标准审查服务", "每项 5000 元", null),
                new FeeItem(FeePurpose.OTHER, "参编费", "每家参编单位 1 万元", null)), true, null, null);

        InvalidInputException refused = catchThrowableOfType(() -> reports.declareFeeRules(secretary, chamber, forbidden),
                InvalidInputException.class);

        assertThat(refused.problems()).extracting(FieldProblem::field, FieldProblem::rule).containsExactly(
                org.assertj.core.groups.Tuple.tuple("feePurpose", "SUP-3"),
                org.assertj.core.groups.Tuple.tuple("feeItem", "SUP-3"));
        FieldProblem first = refused.problems().get(0);
        assertThat(messages.get(Messages.CHINESE, "field." + first.field())).isEqualTo("收费用途");
        assertThat(messages.get(Messages.CHINESE, first.messageKey(), first.arguments().toArray()))
                .isEqualTo("第 2 项“标准审查服务”是为标准制定本身收费，商会不得以标准化名义收取任何费用（SUP-3）");
        assertThat(reports.feeRulesHistory(secretary, chamber)).as("nothing declared").isEmpty();
    }

    @Test
    void SUP_3_a_declaration_without_the_commitment_is_refused() {
        FeeRulesDraft uncommitted = new FeeRulesDraft(allowedFees().items(), false, null, null);

        assertThatThrownBy(() -> reports.declareFeeRules(secretary, chamber, uncommitted))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::rule)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("noFeeCommitment", "SUP-3")));
        assertThat(reports.feeRulesHistory(secretary, chamber)).isEmpty();
    }

    @Test
    void SUP_3_fee_rules_are_versioned_and_shown_in_the_report_and_on_the_public_catalogue() {
        reports.declareFeeRules(secretary, chamber, allowedFees());
        FeeDeclaration second = reports.declareFeeRules(secretary, chamber, new FeeRulesDraft(List.of(
                new FeeItem(FeePurpose.MEMBERSHIP_DUES, "会员单位会费", "每年 1500 元", "下调")), true,
                "《商会收费管理办法》", null));

        assertThat(second.version()).isEqualTo(2);
        assertThat(reports.feeRulesHistory(secretary, chamber)).extracting(FeeDeclaration::version).containsExactly(2, 1);
        assertThat(reports.feeRules(secretary, chamber)).get().extracting(FeeDeclaration::items)
                .isEqualTo(List.of(new FeeItem(FeePurpose.MEMBERSHIP_DUES, "会员单位会费", "每年 1500 元", "下调")));
        assertThat(reports.annualReport(secretary, chamber, year).feeRules()).get()
                .extracting(FeeDeclaration::version).isEqualTo(2);
        assertThat(reports.publicFeeRules(catalogue.organization(chamberCode))).get()
                .satisfies(d -> assertThat(d.policyReference()).isEqualTo("《商会收费管理办法》"));
    }

    @Test
    void SUP_3_the_report_is_a_chambers_and_read_by_its_secretariat_administrators_and_council() {
        TenantId association = fixtures.association("非商会测试协会" + suffix());
        PersonId associationSecretary = fixtures.memberOf(association, ADMINISTRATOR, SECRETARIAT);
        assertThatThrownBy(() -> reports.annualReport(associationSecretary, association, year))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::rule)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("organization", "SUP-3")));
        assertThatThrownBy(() -> reports.declareFeeRules(associationSecretary, association, allowedFees()))
                .isInstanceOf(InvalidInputException.class);

        PersonId workingGroupMember = fixtures.memberOf(chamber, WORKING_GROUP_MEMBER);
        assertThatThrownBy(() -> reports.annualReport(workingGroupMember, chamber, year))
                .isInstanceOf(AccessDeniedException.class);
        PersonId president = fixtures.memberOf(chamber, COUNCIL_MEMBER);
        assertThat(reports.annualReport(president, chamber, year).organizationCode()).isEqualTo(chamberCode);
        assertThatThrownBy(() -> reports.annualReport(secretary, chamber, year + 1))
                .isInstanceOf(InvalidInputException.class);
    }

    private StandardProject earlier(String title, LocalDate publishedOn, int sequence) {
        return standards.registerEarlierPublication(secretary, chamber, new EarlierPublication(title, null,
                "本文件规定了" + title + "的要求。", sequence, null, publishedOn, publishedOn.plusMonths(1), "测试起草单位"));
    }

    private static FeeRulesDraft allowedFees() {
        return new FeeRulesDraft(List.of(
                new FeeItem(FeePurpose.MEMBERSHIP_DUES, "会员单位会费", "每年 2000 元", null),
                new FeeItem(FeePurpose.TRAINING, "培训资料费", "每人次 100 元，自愿参加", null)), true, null, null);
    }

    private static String text(byte[] pdfBytes) {
        try {
            PdfReader reader = new PdfReader(pdfBytes);
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            StringBuilder all = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                all.append(extractor.getTextFromPage(page));
            }
            return all.toString();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
