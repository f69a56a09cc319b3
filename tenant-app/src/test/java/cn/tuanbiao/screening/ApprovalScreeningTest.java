package cn.tuanbiao.screening;

import cn.tuanbiao.screening.domain.ApprovalWarning;
import cn.tuanbiao.screening.service.MandatoryStandardsImport;
import cn.tuanbiao.screening.service.Screening;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.standards.domain.Proposal;
import cn.tuanbiao.standards.domain.StandardProject;
import cn.tuanbiao.standards.service.StandardService;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.tenancy.Transactions;
import cn.tuanbiao.testing.Fixtures;
import cn.tuanbiao.testing.PlatformTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.UUID;

import static cn.tuanbiao.users.domain.OrganizationRole.SECRETARIAT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** LC-7: before approval the decision body is warned of overlaps, a subject outside its scope, and the consultation. */
class ApprovalScreeningTest extends PlatformTest {

    private static final String MANDATORY_LIST = """
            标准号,标准名称,适用范围
            GB 43854—2024,电动自行车用锂离子蓄电池安全技术规范,本文件规定了电动自行车用锂离子蓄电池的安全要求和试验方法。
            GB 17761—2024,电动自行车安全技术规范,本文件规定了电动自行车的整车安全、机械安全、电气安全、防火性能等要求。
            GB 31701—2015,婴幼儿及儿童纺织产品安全技术规范,本标准规定了婴幼儿及儿童纺织产品的安全技术要求。
            """;

    @Inject
    MandatoryStandardsImport mandatory;
    @Inject
    StandardService standards;
    @Inject
    Screening screening;
    @Inject
    Transactions transactions;
    @Inject
    Fixtures fixtures;

    @BeforeAll
    void theOperatorImportsTheMandatoryList() {
        mandatory.importCsv(fixtures.operator(), new StringReader(MANDATORY_LIST));
    }

    @Test
    void a_project_on_the_subject_of_a_mandatory_national_standard_is_flagged_with_its_number() {
        TenantId association = fixtures.association("浙江省电动车行业协会" + Fixtures.suffix());
        PersonId secretariat = fixtures.memberOf(association, SECRETARIAT);
        StandardProject project = standards.propose(secretariat, association, new Proposal(
                "电动自行车锂离子蓄电池安全要求", null, "本文件规定了电动自行车用锂离子蓄电池的安全要求。", false, false), null);

        assertThat(standards.approvalWarnings(secretariat, association, project.id()))
                .filteredOn(w -> w.kind() == ApprovalWarning.Kind.MANDATORY_STANDARD_OVERLAP)
                .first()
                .satisfies(w -> {
                    assertThat(w.reference().number()).isEqualTo("GB 43854—2024");
                    assertThat(w.percent()).isGreaterThanOrEqualTo(35);
                });
    }

    @Test
    void a_project_on_another_subject_gets_no_overlap_warning() {
        TenantId association = fixtures.association("浙江省茶文化协会" + Fixtures.suffix());
        PersonId secretariat = fixtures.memberOf(association, SECRETARIAT);
        StandardProject project = standards.propose(secretariat, association, new Proposal(
                "西湖龙井茶冲泡服务规范", null, "本文件规定了西湖龙井茶冲泡服务的环境、器具和流程。", false, false), null);

        assertThat(standards.approvalWarnings(secretariat, association, project.id()))
                .extracting(ApprovalWarning::kind)
                .doesNotContain(ApprovalWarning.Kind.MANDATORY_STANDARD_OVERLAP, ApprovalWarning.Kind.PUBLISHED_STANDARD_OVERLAP);
    }

    @Test
    void a_near_duplicate_of_a_standard_another_organization_published_is_flagged() {
        TenantId publisher = fixtures.association("上海市智能家居协会" + Fixtures.suffix());
        UUID published = UUID.randomUUID();
        transactions.inTenant(publisher, () -> {
            screening.recordPublished(publisher, published, "T/SHZN 3—2025", "智能门锁互联互通接口规范",
                    "本文件规定了智能门锁与家庭网关互联互通的接口、协议和数据格式。", LocalDate.of(2025, 6, 1));
            return null;
        });
        TenantId copier = fixtures.association("江苏省智能家居协会" + Fixtures.suffix());
        PersonId secretariat = fixtures.memberOf(copier, SECRETARIAT);
        StandardProject project = standards.propose(secretariat, copier, new Proposal("智能门锁互联互通接口规范", null,
                "本文件规定了智能门锁与家庭网关互联互通的接口和协议。", false, false), null);

        assertThat(standards.approvalWarnings(secretariat, copier, project.id()))
                .filteredOn(w -> w.kind() == ApprovalWarning.Kind.PUBLISHED_STANDARD_OVERLAP)
                .extracting(w -> w.reference().number())
                .containsExactly("T/SHZN 3—2025");

        transactions.inTenant(publisher, () -> {
            screening.recordNoLongerInForce(publisher, published, "WITHDRAWN");
            return null;
        });
        assertThat(standards.approvalWarnings(secretariat, copier, project.id()))
                .extracting(ApprovalWarning::kind).doesNotContain(ApprovalWarning.Kind.PUBLISHED_STANDARD_OVERLAP);
    }

    @Test
    void a_cybersecurity_project_is_reminded_of_the_consultation_with_the_cyberspace_authority() {
        TenantId association = fixtures.association("浙江省网络安全协会" + Fixtures.suffix());
        PersonId secretariat = fixtures.memberOf(association, SECRETARIAT);
        StandardProject project = standards.propose(secretariat, association, new Proposal(
                "关键信息基础设施日志留存要求", null, "本文件规定了关键信息基础设施运营者的日志留存要求。", true, true), null);

        assertThat(standards.approvalWarnings(secretariat, association, project.id()))
                .extracting(ApprovalWarning::kind).contains(ApprovalWarning.Kind.CYBERSPACE_CONSULTATION);
    }

    @Test
    void a_subject_sharing_no_word_with_the_business_scope_is_flagged() {
        // The fixture organizations' business scope: 开展团体标准制定、宣贯和技术咨询服务
        TenantId association = fixtures.association("浙江省标准化研究协会" + Fixtures.suffix());
        PersonId secretariat = fixtures.memberOf(association, SECRETARIAT);
        StandardProject outside = standards.propose(secretariat, association, new Proposal(
                "水产养殖尾水排放限值", null, "本文件规定了淡水池塘养殖尾水的排放限值。", false, false), null);
        StandardProject inside = standards.propose(secretariat, association, new Proposal(
                "标准化技术咨询服务质量评价", null, "本文件规定了标准化技术咨询服务的质量评价方法。", false, false), null);

        assertThat(standards.approvalWarnings(secretariat, association, outside.id()))
                .extracting(ApprovalWarning::kind).contains(ApprovalWarning.Kind.OUTSIDE_BUSINESS_SCOPE);
        assertThat(standards.approvalWarnings(secretariat, association, inside.id()))
                .extracting(ApprovalWarning::kind).doesNotContain(ApprovalWarning.Kind.OUTSIDE_BUSINESS_SCOPE);
    }

    @Test
    void a_list_with_a_bad_row_is_refused_by_line_and_imports_nothing() {
        long before = mandatory.list(null, PageRequest.first(1)).total();
        String list = """
                标准号,标准名称,适用范围
                GB 99901—2026,某新产品安全技术规范,
                GB 99902—2026,,缺少名称的一行
                """;

        assertThatThrownBy(() -> mandatory.importCsv(fixtures.operator(), new StringReader(list)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey, p -> p.arguments().get(0))
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("mandatory.titleInvalid", 3L)));
        assertThat(mandatory.list(null, PageRequest.first(1)).total()).isEqualTo(before);
        assertThat(mandatory.list("GB 99901", PageRequest.first(5)).total()).isZero();
    }

    @Test
    void only_the_platform_operator_imports_the_list() {
        TenantId association = fixtures.association("浙江省质量协会" + Fixtures.suffix());
        PersonId secretariat = fixtures.memberOf(association, SECRETARIAT);

        assertThatThrownBy(() -> mandatory.importCsv(secretariat, new StringReader(MANDATORY_LIST)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
