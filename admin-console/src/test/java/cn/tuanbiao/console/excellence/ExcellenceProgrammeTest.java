package cn.tuanbiao.console.excellence;

import cn.tuanbiao.appeals.domain.CaseFiling;
import cn.tuanbiao.appeals.domain.CaseKind;
import cn.tuanbiao.appeals.service.CaseService;
import cn.tuanbiao.console.excellence.domain.Assessment;
import cn.tuanbiao.console.excellence.domain.AssessmentInput;
import cn.tuanbiao.console.excellence.domain.EntryRequest;
import cn.tuanbiao.console.excellence.domain.Grade;
import cn.tuanbiao.console.excellence.domain.Indicators;
import cn.tuanbiao.console.excellence.domain.PoolMembership;
import cn.tuanbiao.console.excellence.domain.PoolQuery;
import cn.tuanbiao.console.excellence.domain.PoolRow;
import cn.tuanbiao.console.excellence.domain.PoolStatus;
import cn.tuanbiao.console.excellence.service.ExcellenceExports;
import cn.tuanbiao.console.excellence.service.ExcellenceProgramme;
import cn.tuanbiao.organizations.domain.OrganizationProfile;
import cn.tuanbiao.organizations.service.OrganizationOnboarding;
import cn.tuanbiao.practice.PracticeFixture;
import cn.tuanbiao.practice.domain.Scheme;
import cn.tuanbiao.practice.service.PracticeCatalogue;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.i18n.Messages;
import cn.tuanbiao.standards.domain.EarlierPublication;
import cn.tuanbiao.standards.service.StandardService;
import cn.tuanbiao.statistics.service.StatisticsFold;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.tenancy.Transactions;
import cn.tuanbiao.testing.Fixtures;
import cn.tuanbiao.testing.PlatformTest;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static cn.tuanbiao.users.domain.OrganizationRole.ADMINISTRATOR;
import static cn.tuanbiao.users.domain.OrganizationRole.INSPECTOR;
import static cn.tuanbiao.users.domain.OrganizationRole.MEMBER_REPRESENTATIVE;
import static cn.tuanbiao.users.domain.OrganizationRole.SECRETARIAT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * SUP-4: a supervisory authority's excellence programme — organizations of its jurisdiction enter its
 * pool once at a time, are assessed once a year while they are in it from indicators read across
 * organizations, and exit with their history kept; no other authority sees the pool.
 */
class ExcellenceProgrammeTest extends PlatformTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Inject
    ExcellenceProgramme programme;
    @Inject
    ExcellenceExports exports;
    @Inject
    OrganizationOnboarding onboarding;
    @Inject
    Fixtures fixtures;
    @Inject
    StandardService standards;
    @Inject
    CaseService cases;
    @Inject
    StatisticsFold fold;
    @Inject
    PracticeCatalogue practiceCatalogue;
    @Inject
    Transactions transactions;
    @Inject
    DSLContext db;
    @Inject
    Messages messages;

    private TenantId zhejiang;
    private PersonId huang;
    private int year;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("tuanbiao.statistics.fold.scheduled", "false");
        return properties;
    }

    @BeforeEach
    void aZhejiangAuthorityWithAnInspector() {
        zhejiang = organization("SUPERVISORY_AUTHORITY", "浙江省培优测试局" + Fixtures.suffix(), "330000").id();
        huang = fixtures.memberOf(zhejiang, ADMINISTRATOR, INSPECTOR);
        year = programme.today().getYear();
    }

    @Test
    void SUP_4_an_organization_of_the_jurisdiction_enters_once_and_cannot_enter_again_while_in_the_pool() {
        Org hangzhou = association("330106");

        PoolMembership entered = programme.enter(huang, zhejiang, new EntryRequest(hangzhou.code(), year, "标准化工作突出"));

        assertThat(entered.current()).isTrue();
        assertThat(programme.list(huang, zhejiang, PoolQuery.CURRENT, PageRequest.first(50)).items())
                .extracting(PoolRow::code, PoolRow::entryYear).containsExactly(tuple(hangzhou.code(), year));
        assertThatThrownBy(() -> programme.enter(huang, zhejiang, new EntryRequest(hangzhou.code(), year, "再次入选")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).extracting(FieldProblem::field, FieldProblem::rule)
                            .containsExactly(tuple("excellenceOrganization", "SUP-4"));
                    FieldProblem p = e.problems().get(0);
                    assertThat(messages.get(Messages.CHINESE, p.messageKey(), p.arguments().toArray()))
                            .isEqualTo("该团体已于 " + year + " 年入选本部门培优库，不能重复入选（SUP-4）");
                });
        assertThat(programme.list(huang, zhejiang, new PoolQuery(PoolStatus.ALL, null, null), PageRequest.first(50))
                .total()).isEqualTo(1);
    }

    @Test
    void SUP_4_an_organization_outside_the_jurisdiction_or_setting_no_standards_is_refused() {
        Org nanjing = association("320102");
        Org otherAuthority = organization("SUPERVISORY_AUTHORITY", "杭州市培优测试局" + SEQUENCE.incrementAndGet(), "330100");

        assertThatThrownBy(() -> programme.enter(huang, zhejiang, new EntryRequest(nanjing.code(), year, "理由")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::rule, FieldProblem::messageKey)
                        .containsExactly(tuple("excellenceOrganization", "SUP-4", "excellence.outsideJurisdiction")));
        assertThatThrownBy(() -> programme.enter(huang, zhejiang, new EntryRequest(otherAuthority.code(), year, "理由")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("excellence.notSettingStandards"));
        assertThatThrownBy(() -> programme.enter(huang, zhejiang, new EntryRequest(association("330106").code(),
                year + 1, " ")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("excellenceYear", "excellenceReason"));
        assertThat(programme.list(huang, zhejiang, new PoolQuery(PoolStatus.ALL, null, null), PageRequest.first(50))
                .items()).isEmpty();
    }

    @Test
    void SUP_4_an_assessment_is_only_for_a_member_in_a_year_of_its_membership_and_once_per_year() {
        PoolMembership m = programme.enter(huang, zhejiang, new EntryRequest(association("330106").code(), year, "入选"));

        assertThatThrownBy(() -> programme.assess(huang, zhejiang, m.id(), new AssessmentInput(year - 1,
                new BigDecimal("90"), "入选前一年")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::rule, FieldProblem::messageKey)
                        .containsExactly(tuple("assessmentYear", "SUP-4", "excellence.notPooledThatYear")));
        assertThatThrownBy(() -> programme.assess(huang, zhejiang, m.id(), new AssessmentInput(year,
                new BigDecimal("100.5"), "满分以上")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("excellenceScore"));

        PoolMembership assessed = programme.assess(huang, zhejiang, m.id(), new AssessmentInput(year,
                new BigDecimal("86.5"), "标准制定程序规范"));

        assertThat(assessed.assessment(year)).get().extracting(Assessment::score, Assessment::grade)
                .containsExactly(new BigDecimal("86.5"), Grade.GOOD);
        assertThatThrownBy(() -> programme.assess(huang, zhejiang, m.id(), new AssessmentInput(year,
                new BigDecimal("95"), "再考核一次")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("excellence.alreadyAssessed"));
        assertThat(programme.membership(huang, zhejiang, m.id()).assessments()).singleElement()
                .extracting(Assessment::score).isEqualTo(new BigDecimal("86.5"));
    }

    @Test
    void SUP_4_the_assessment_records_the_indicators_read_across_organizations() {
        Org wenzhou = association("330302");
        published(wenzhou, "今年发布的测试标准", LocalDate.of(year, 1, 2));
        published(wenzhou, "六年前发布的测试标准", LocalDate.of(year - 6, 3, 1));
        PersonId member = fixtures.memberOf(wenzhou.id(), MEMBER_REPRESENTATIVE);
        cases.file(member, wenzhou.id(), new CaseFiling(CaseKind.COMPLAINT, "测试投诉", "标准宣贯收取费用", null, null, null));
        submittedSelfEvaluation(wenzhou, year - 1, 2);
        fold.fold();
        PoolMembership m = programme.enter(huang, zhejiang, new EntryRequest(wenzhou.code(), year, "入选"));

        Indicators shown = programme.indicators(huang, zhejiang, m.id(), year);

        assertThat(shown).isEqualTo(new Indicators(year, 1, 2, year - 1, 2, 1, 1));
        PoolMembership assessed = programme.assess(huang, zhejiang, m.id(), new AssessmentInput(year,
                new BigDecimal("58"), "投诉未及时处理，复审逾期"));
        assertThat(assessed.assessment(year)).get().satisfies(a -> {
            assertThat(a.grade()).isEqualTo(Grade.FAIL);
            assertThat(a.indicators()).isEqualTo(shown);
        });
        assertThat(programme.membership(huang, zhejiang, m.id()).assessment(year)).get()
                .extracting(Assessment::indicators).isEqualTo(shown);
    }

    @Test
    void SUP_4_an_exit_ends_the_membership_and_keeps_its_history() {
        Org hangzhou = association("330106");
        PoolMembership m = programme.enter(huang, zhejiang, new EntryRequest(hangzhou.code(), year, "首次入选"));
        programme.assess(huang, zhejiang, m.id(), new AssessmentInput(year, new BigDecimal("92"), "表现优秀"));

        assertThatThrownBy(() -> programme.exit(huang, zhejiang, m.id(), " "))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("exitReason"));
        PoolMembership exited = programme.exit(huang, zhejiang, m.id(), "发生违规行为，依规退出");

        assertThat(exited.current()).isFalse();
        assertThat(programme.list(huang, zhejiang, PoolQuery.CURRENT, PageRequest.first(50)).items()).isEmpty();
        assertThat(programme.list(huang, zhejiang, new PoolQuery(PoolStatus.EXITED, null, null), PageRequest.first(50))
                .items()).singleElement().satisfies(r -> {
                    assertThat(r.exitedOn()).isPresent();
                    assertThat(r.latest()).get().extracting(Assessment::grade).isEqualTo(Grade.EXCELLENT);
                });
        assertThatThrownBy(() -> programme.assess(huang, zhejiang, m.id(), new AssessmentInput(year,
                new BigDecimal("80"), "退出后考核")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("excellence.alreadyExited"));
        assertThatThrownBy(() -> programme.exit(huang, zhejiang, m.id(), "再次退出"))
                .isInstanceOf(InvalidInputException.class);

        // entering again later is a new membership; the old one stays in the history
        programme.enter(huang, zhejiang, new EntryRequest(hangzhou.code(), year, "整改完成，重新入选"));
        List<PoolMembership> history = programme.history(huang, zhejiang, hangzhou.id());
        assertThat(history).extracting(PoolMembership::entryReason).containsExactly("首次入选", "整改完成，重新入选");
        assertThat(history.get(0).exit()).get().extracting(e -> e.reason()).isEqualTo("发生违规行为，依规退出");
        assertThat(history.get(0).assessments()).extracting(Assessment::year).containsExactly(year);
        assertThat(exports.historyTable(history).rows()).extracting(r -> r.get(0))
                .containsExactly("入选", "年度考核", "退出", "入选");
    }

    @Test
    void SUP_4_another_authority_sees_nothing_of_the_pool_and_only_inspectors_keep_it() {
        Org hangzhou = association("330106");
        PoolMembership m = programme.enter(huang, zhejiang, new EntryRequest(hangzhou.code(), year, "入选"));
        TenantId other = organization("SUPERVISORY_AUTHORITY", "浙江省另一测试局" + Fixtures.suffix(), "330000").id();
        PersonId otherInspector = fixtures.memberOf(other, INSPECTOR);

        assertThat(programme.list(otherInspector, other, new PoolQuery(PoolStatus.ALL, null, null), PageRequest.first(50))
                .total()).isZero();
        assertThatThrownBy(() -> programme.membership(otherInspector, other, m.id())).isInstanceOf(NotFoundException.class);
        assertThat(programme.history(otherInspector, other, hangzhou.id())).isEmpty();
        assertThatThrownBy(() -> programme.exit(otherInspector, other, m.id(), "越权退出"))
                .isInstanceOf(NotFoundException.class);
        // asking in the other authority's name without belonging to it
        assertThatThrownBy(() -> programme.list(otherInspector, zhejiang, PoolQuery.CURRENT, PageRequest.first(50)))
                .isInstanceOf(AccessDeniedException.class);
        PersonId secretariatOfHangzhou = fixtures.memberOf(hangzhou.id(), ADMINISTRATOR, SECRETARIAT);
        assertThatThrownBy(() -> programme.enter(secretariatOfHangzhou, hangzhou.id(),
                new EntryRequest(hangzhou.code(), year, "自己入选"))).isInstanceOf(AccessDeniedException.class);
        assertThat(programme.membership(huang, zhejiang, m.id()).current()).isTrue();
    }

    @Test
    void SUP_4_the_pool_pages_filters_and_exports_to_excel() throws Exception {
        Org a = association("330106");
        Org b = association("330302");
        programme.enter(huang, zhejiang, new EntryRequest(a.code(), year - 1, "上年入选"));
        PoolMembership second = programme.enter(huang, zhejiang, new EntryRequest(b.code(), year, "今年入选"));
        programme.assess(huang, zhejiang, second.id(), new AssessmentInput(year, new BigDecimal("75"), "合格"));

        assertThat(programme.list(huang, zhejiang, new PoolQuery(null, year - 1, null), PageRequest.first(50)).items())
                .extracting(PoolRow::code).containsExactly(a.code());
        assertThat(programme.list(huang, zhejiang, PoolQuery.CURRENT, new PageRequest(1, 1)))
                .satisfies(page -> {
                    assertThat(page.total()).isEqualTo(2);
                    assertThat(page.items()).hasSize(1);
                });

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.writeExcel(List.of(exports.poolTable("培优库名单", programme.all(huang, zhejiang, PoolQuery.CURRENT))), out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("团体名称");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            List<String> gradesShown = List.of(sheet.getRow(2).getCell(8).getStringCellValue(),
                    sheet.getRow(3).getCell(8).getStringCellValue());
            assertThat(gradesShown).containsExactlyInAnyOrder("", "合格");
        }
    }

    // --- the world ---------------------------------------------------------------------------------

    record Org(TenantId id, String code, PersonId secretariat) {
    }

    private Org association(String region) {
        return organization("ASSOCIATION", "培优测试协会" + SEQUENCE.incrementAndGet(), region);
    }

    private Org organization(String kind, String nameZh, String region) {
        String code = "EX" + Fixtures.suffix().toUpperCase();
        TenantId id = onboarding.onboard(fixtures.operator(), new OrganizationProfile(kind, nameZh, null, code,
                Fixtures.aCreditCode(), "民政厅", "开展团体标准制定和宣贯", region, "R9001", "王敏", "0571-88886666",
                "contact@example.cn")).id();
        return new Org(id, code, fixtures.memberOf(id, SECRETARIAT));
    }

    private void published(Org organization, String title, LocalDate publishedOn) {
        standards.registerEarlierPublication(organization.secretariat(), organization.id(), new EarlierPublication(
                title + SEQUENCE.incrementAndGet(), null, "本文件规定了" + title + "的要求。", SEQUENCE.incrementAndGet(),
                null, publishedOn, publishedOn.plusMonths(1), null));
    }

    /** A good-practice statement the organization submitted (PUB-2), as its own row. */
    private void submittedSelfEvaluation(Org organization, int evaluationYear, int stars) {
        Scheme scheme = PracticeFixture.theSeedCatalogue(practiceCatalogue, fixtures);
        transactions.inTenant(organization.id(), () -> db.execute("insert into practice_evaluations (tenant_id, id, year,"
                        + " scheme_version, status, total_score, stars, basic_conditions_met, statement, created_by,"
                        + " created_at, updated_at, submitted_by, submitted_by_name, submitted_at) values (?, gen_random_uuid(),"
                        + " ?, ?, 'SUBMITTED', 88.0, ?, true, '{}', ?, now(), now(), ?, '测试', now())",
                organization.id().value(), evaluationYear, scheme.version(), stars,
                organization.secretariat().value(), organization.secretariat().value()));
    }
}
