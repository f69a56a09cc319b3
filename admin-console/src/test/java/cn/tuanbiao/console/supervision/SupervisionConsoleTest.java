package cn.tuanbiao.console.supervision;

import cn.tuanbiao.console.supervision.SupervisionWorld.Organization;
import cn.tuanbiao.console.supervision.domain.Candidate;
import cn.tuanbiao.console.supervision.domain.DashboardReport;
import cn.tuanbiao.console.supervision.domain.DashboardTable;
import cn.tuanbiao.console.supervision.domain.DrawRequest;
import cn.tuanbiao.console.supervision.domain.InspectionDraw;
import cn.tuanbiao.console.supervision.domain.InspectionResult;
import cn.tuanbiao.console.supervision.domain.PoolFilter;
import cn.tuanbiao.console.supervision.domain.ReportTable;
import cn.tuanbiao.console.supervision.domain.SeededDraw;
import cn.tuanbiao.console.supervision.domain.SupervisedOrganization;
import cn.tuanbiao.console.supervision.service.RandomInspections;
import cn.tuanbiao.console.supervision.service.SupervisionDashboard;
import cn.tuanbiao.console.supervision.service.SupervisionExports;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.statistics.domain.Jurisdiction;
import cn.tuanbiao.statistics.domain.RegionCount;
import cn.tuanbiao.statistics.domain.RegionLevel;
import cn.tuanbiao.statistics.domain.StandardCounts;
import cn.tuanbiao.statistics.domain.StatisticsFilter;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.testing.Fixtures;
import cn.tuanbiao.testing.PlatformTest;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import static cn.tuanbiao.users.domain.OrganizationRole.ADMINISTRATOR;
import static cn.tuanbiao.users.domain.OrganizationRole.INSPECTOR;
import static cn.tuanbiao.users.domain.OrganizationRole.SECRETARIAT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * SUP-2: a supervisory authority's console — the dashboard over its jurisdiction, its exports, and
 * random inspections drawn with a recorded seed, verified, found and published.
 */
class SupervisionConsoleTest extends PlatformTest {

    @Inject
    SupervisionDashboard dashboard;
    @Inject
    RandomInspections inspections;
    @Inject
    SupervisionExports exports;
    @Inject
    SupervisionWorld world;
    @Inject
    Fixtures fixtures;

    private String industry;
    private Organization zhejiang;
    private PersonId huang;
    private List<PersonId> inspectors;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("tuanbiao.statistics.fold.scheduled", "false");
        return properties;
    }

    @BeforeEach
    void aZhejiangAuthorityWithThreeInspectors() {
        industry = SupervisionWorld.anIndustryOfItsOwn();
        zhejiang = world.organization("SUPERVISORY_AUTHORITY", "浙江省监管测试局" + Fixtures.suffix(), "330000", "S92");
        huang = fixtures.memberOf(zhejiang.id(), ADMINISTRATOR, INSPECTOR);
        inspectors = List.of(huang, fixtures.memberOf(zhejiang.id(), INSPECTOR),
                fixtures.memberOf(zhejiang.id(), INSPECTOR));
    }

    @Test
    void SUP_2_an_authority_sees_only_its_jurisdiction() {
        Organization hangzhou = world.association("330106", industry);
        Organization wenzhou = world.association("330302", industry);
        Organization nanjing = world.association("320102", industry);
        world.published(hangzhou, "杭州测试标准", LocalDate.of(2023, 5, 1));
        world.published(wenzhou, "温州测试标准", LocalDate.of(2024, 6, 1));
        world.published(nanjing, "南京测试标准", LocalDate.of(2024, 6, 1));
        world.foldNow();

        DashboardReport report = dashboard.report(huang, zhejiang.id(), inIndustry());
        assertThat(report.jurisdiction()).isEqualTo(new Jurisdiction("33"));
        assertThat(report.organizations()).isEqualTo(2);
        assertThat(report.totals()).isEqualTo(new StandardCounts(2, 0, 0));
        assertThat(report.regionLevel()).isEqualTo(RegionLevel.CITY);
        assertThat(report.byRegion()).extracting(RegionCount::regionCode).containsExactly("330100", "330300");

        DashboardReport hangzhouOnly = dashboard.report(huang, zhejiang.id(),
                new StatisticsFilter(new Jurisdiction("3301"), null, industry, null, null));
        assertThat(hangzhouOnly.byRegion()).containsExactly(
                new RegionCount("330106", RegionLevel.DISTRICT, 1, new StandardCounts(1, 0, 0)));

        assertThatThrownBy(() -> dashboard.report(huang, zhejiang.id(),
                new StatisticsFilter(new Jurisdiction("32"), null, industry, null, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> dashboard.organization(huang, zhejiang.id(), nanjing.id()))
                .isInstanceOf(AccessDeniedException.class);
        InspectionDraw draw = inspections.draw(huang, zhejiang.id(), new DrawRequest("跨省抽查尝试", 5, 1,
                new PoolFilter(null, null, industry), null));
        assertThat(draw.organizations()).extracting(Candidate::key)
                .containsExactlyInAnyOrder(hangzhou.code(), wenzhou.code());
        assertThatThrownBy(() -> inspections.draw(huang, zhejiang.id(), new DrawRequest("跨省抽查", 1, 1,
                new PoolFilter(new Jurisdiction("32"), null, industry), null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void SUP_2_only_the_authoritys_inspectors_and_administrators_use_the_console() {
        PersonId secretary = fixtures.memberOf(zhejiang.id(), SECRETARIAT);
        assertThatThrownBy(() -> dashboard.report(secretary, zhejiang.id(), inIndustry()))
                .isInstanceOf(AccessDeniedException.class);
        Organization association = world.association("330106", industry);
        assertThatThrownBy(() -> dashboard.report(association.secretariat(), association.id(), inIndustry()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void SUP_2_drilling_down_to_an_organization_shows_its_indicators_and_published_standards() {
        Organization hangzhou = world.association("330106", industry);
        String number = world.published(hangzhou, "数字工厂 测试规范", LocalDate.of(2024, 3, 15));
        world.foldNow();

        SupervisedOrganization seen = dashboard.organization(huang, zhejiang.id(), hangzhou.id());
        assertThat(seen.indicators().code()).isEqualTo(hangzhou.code());
        assertThat(seen.indicators().standards()).isEqualTo(new StandardCounts(1, 0, 0));
        assertThat(seen.standards()).singleElement().satisfies(s -> {
            assertThat(s.number()).isEqualTo(number);
            assertThat(s.titleZh()).isEqualTo("数字工厂 测试规范");
            assertThat(s.status()).isEqualTo("现行");
            assertThat(s.publishedOn()).isEqualTo(LocalDate.of(2024, 3, 15));
        });
    }

    @Test
    void SUP_2_the_same_seed_draws_the_same_organizations_and_inspectors() {
        List<Organization> pool = IntStream.range(0, 8).mapToObj(i -> world.association("330106", industry)).toList();
        world.foldNow();
        DrawRequest request = new DrawRequest("2025年第一批团体标准双随机抽查", 3, 2, new PoolFilter(null, null, industry),
                "zjsj-2025-batch-01");

        InspectionDraw first = inspections.draw(huang, zhejiang.id(), request);
        InspectionDraw second = inspections.draw(huang, zhejiang.id(), request);

        assertThat(first.seed()).isEqualTo("zjsj-2025-batch-01");
        assertThat(first.organizations()).hasSize(8);
        assertThat(first.inspectors()).extracting(Candidate::subjectId)
                .containsExactlyInAnyOrderElementsOf(inspectors.stream().map(PersonId::value).toList());
        assertThat(keys(second.drawnOrganizations())).isEqualTo(keys(first.drawnOrganizations())).hasSize(3);
        assertThat(keys(second.drawnInspectors())).isEqualTo(keys(first.drawnInspectors())).hasSize(2);
        assertThat(second.poolDigest()).isEqualTo(first.poolDigest());
        // Anyone re-runs it without the platform: SHA-256 of "seed:code", ascending, the first three.
        List<String> byHand = pool.stream().map(Organization::code)
                .sorted(Comparator.comparing(code -> sha256("zjsj-2025-batch-01:" + code))).limit(3).toList();
        assertThat(keys(first.drawnOrganizations())).isEqualTo(byHand);
        assertThat(inspections.verify(huang, zhejiang.id(), first.id()).matches()).isTrue();
        // Another seed, another order (the chance of the same eight-ranking is 1 in 40,320).
        assertThat(SeededDraw.rank("another-seed-0002", keys(first.organizations())))
                .isNotEqualTo(keys(first.organizations()));
    }

    @Test
    void SUP_2_the_rank_does_not_depend_on_the_order_the_pool_is_listed_in() {
        List<String> pool = List.of("ZJZZ", "WZFZ", "NBXCL", "JSXCL", "SHSPA");
        List<String> reversed = new ArrayList<>(pool);
        java.util.Collections.reverse(reversed);
        assertThat(SeededDraw.rank("seed-12345678", reversed)).isEqualTo(SeededDraw.rank("seed-12345678", pool));
        assertThat(SeededDraw.ticket("seed-12345678", "ZJZZ")).isEqualTo(sha256("seed-12345678:ZJZZ"));
    }

    @Test
    void SUP_2_findings_on_every_drawn_organization_then_the_results_are_published_for_anyone() {
        IntStream.range(0, 4).forEach(i -> world.association("330106", industry));
        world.foldNow();
        InspectionDraw draw = inspections.draw(huang, zhejiang.id(), new DrawRequest("公开测试抽查", 2, 1,
                new PoolFilter(null, null, industry), null));
        assertThat(draw.seed()).as("the platform drew a seed and recorded it").hasSize(32);
        String firstDrawn = draw.drawnOrganizations().get(0).key();
        String secondDrawn = draw.drawnOrganizations().get(1).key();
        String notDrawn = draw.organizations().stream().filter(c -> !c.drawn()).findFirst().orElseThrow().key();

        assertThatThrownBy(() -> inspections.publish(huang, zhejiang.id(), draw.id()))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("inspections.findingsMissing");
        assertThatThrownBy(() -> inspections.recordFinding(huang, zhejiang.id(), draw.id(), notDrawn,
                InspectionResult.COMPLIANT, "未抽中的团体不能记录检查结果"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("inspections.notDrawn");
        inspections.recordFinding(huang, zhejiang.id(), draw.id(), firstDrawn, InspectionResult.COMPLIANT,
                "标准制定程序完整，自我声明公开及时。");
        inspections.recordFinding(inspectors.get(1), zhejiang.id(), draw.id(), secondDrawn,
                InspectionResult.RECTIFICATION_REQUIRED, "两项标准未按期复审，责令三个月内整改。");
        inspections.publish(huang, zhejiang.id(), draw.id());

        assertThatThrownBy(() -> inspections.recordFinding(huang, zhejiang.id(), draw.id(), firstDrawn,
                InspectionResult.VIOLATION, "发布后不得更改"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("inspections.alreadyPublished");
        InspectionDraw published = inspections.published(zhejiang.code(), draw.id());
        assertThat(published.seed()).isEqualTo(draw.seed());
        assertThat(published.drawnOrganizations()).extracting(c -> c.finding().orElseThrow().result())
                .containsExactly(InspectionResult.COMPLIANT, InspectionResult.RECTIFICATION_REQUIRED);
        assertThat(published.verify().matches()).isTrue();
        assertThat(inspections.published(zhejiang.code())).extracting(InspectionDraw::id).contains(draw.id());
    }

    @Test
    void SUP_2_an_unpublished_draw_is_seen_by_no_one_outside_the_authority() {
        IntStream.range(0, 2).forEach(i -> world.association("330106", industry));
        world.foldNow();
        InspectionDraw draw = inspections.draw(huang, zhejiang.id(), new DrawRequest("内部抽查", 1, 1,
                new PoolFilter(null, null, industry), null));
        Organization other = world.organization("SUPERVISORY_AUTHORITY", "另一监管测试局" + Fixtures.suffix(), "330000",
                "S92");
        PersonId otherInspector = fixtures.memberOf(other.id(), INSPECTOR);

        assertThatThrownBy(() -> inspections.published(zhejiang.code(), draw.id())).isInstanceOf(NotFoundException.class);
        assertThat(inspections.published(zhejiang.code())).extracting(InspectionDraw::id).doesNotContain(draw.id());
        assertThatThrownBy(() -> inspections.get(otherInspector, other.id(), draw.id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> inspections.get(otherInspector, zhejiang.id(), draw.id()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void SUP_2_every_table_exports_to_excel_and_the_report_to_pdf_with_chinese_headers() throws Exception {
        Organization hangzhou = world.association("330106", industry);
        world.published(hangzhou, "导出测试标准", LocalDate.of(2024, 3, 15));
        world.foldNow();
        DashboardReport report = dashboard.report(huang, zhejiang.id(), inIndustry());
        var organizations = dashboard.allOrganizations(huang, zhejiang.id(), inIndustry());
        List<ReportTable> tables = java.util.Arrays.stream(DashboardTable.values())
                .map(t -> exports.table(report, t, organizations)).toList();

        ByteArrayOutputStream excel = new ByteArrayOutputStream();
        exports.writeExcel(tables, excel);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(excel.toByteArray()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(5);
            Sheet byRegion = workbook.getSheet("按地区统计");
            assertThat(texts(byRegion.getRow(1))).containsExactly("地区代码", "地区", "团体数", "现行", "废止", "被代替", "合计");
            assertThat(byRegion.getRow(2).getCell(0).getStringCellValue()).isEqualTo("330100");
            assertThat(byRegion.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(1.0);
            Sheet byOrganization = workbook.getSheet("团体名录及指标");
            assertThat(byOrganization.getRow(2).getCell(1).getStringCellValue()).isEqualTo(hangzhou.code());
        }

        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        exports.writePdf(report, organizations, pdf);
        PdfReader reader = new PdfReader(pdf.toByteArray());
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(new PdfTextExtractor(reader).getTextFromPage(page));
        }
        String all = text.toString().replaceAll("\\s+", "");
        assertThat(all).contains("团体标准监管统计报告", "按地区统计", "按发布年度和状态统计", "现行", hangzhou.code());
        assertThat(exports.charts(report)).hasSize(3);
    }

    private StatisticsFilter inIndustry() {
        return new StatisticsFilter(null, null, industry, null, null);
    }

    private static List<String> keys(List<Candidate> candidates) {
        return candidates.stream().map(Candidate::key).toList();
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(c -> texts.add(c.getStringCellValue()));
        return texts;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
