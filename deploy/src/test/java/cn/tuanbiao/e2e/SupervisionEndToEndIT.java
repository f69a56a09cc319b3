package cn.tuanbiao.e2e;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SUP-2 in the browser, as the demo provincial authority's inspector and administrator 黄海 sees it:
 * the 监管看板 of Zhejiang in Chinese (totals, charts, tables), a drill-down by region and to one
 * organization with its published standards, the Excel and PDF exports read back as files; then a
 * 随机抽查 drawn with a seed from filtered pools, re-run by the test itself from the seed and the
 * published pools, a finding recorded, the results published and read by anyone from the public API.
 */
@ExtendWith(RunningServer.class)
class SupervisionEndToEndIT {

    static final String HUANG_HAI = AppealsEndToEndIT.HUANG_HAI;
    static final String ZJZZ = "浙江省智能制造产业协会";
    static final String WZFZ = "温州市服装商会";
    static final String NBXCL = "国家技术标准创新基地（长三角）宁波新材料区域中心";

    static final By TOTALS = By.id("supervision-totals");
    static final By ORGANIZATIONS = By.id("supervision-organizations");
    static final Pattern TOTALS_TEXT = Pattern.compile("团体 (\\d+) 个；已发布团体标准 (\\d+) 项（现行 (\\d+)，废止 (\\d+)，被代替 (\\d+)）");

    @RegisterExtension
    final Browser browser = new Browser();

    @Test
    void the_supervisor_sees_the_province_in_chinese_drills_down_and_downloads_exports_that_hold_what_is_shown_SUP_2()
            throws IOException {
        browser.signInAs(HUANG_HAI, SignInEndToEndIT.PASSWORD);
        browser.click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='监管看板']"));
        String totals = browser.waitForText(TOTALS, "浙江省：");
        assertThat(browser.title()).isEqualTo("监管看板 · 团标通");
        Matcher counts = TOTALS_TEXT.matcher(totals);
        assertThat(counts.find()).as(totals).isTrue();
        int organizations = Integer.parseInt(counts.group(1));
        long standards = Long.parseLong(counts.group(2));
        assertThat(organizations).as("ZJZZ, WZFZ and NBXCL are registered in Zhejiang").isGreaterThanOrEqualTo(3);
        assertThat(standards).as("ZJZZ published standards before the demo began").isPositive();
        for (String chart : List.of("各年度发布团体标准数", "各行业门类发布团体标准数", "各类型团体数")) {
            browser.waitFor(By.xpath("//*[local-name()='svg']//*[local-name()='text'][normalize-space(.)='" + chart + "']"));
        }
        assertThat(browser.waitForText(By.id("supervision-by-region"), "3301")).contains("3302", "3303");
        assertThat(browser.waitForText(ORGANIZATIONS, ZJZZ)).contains("ZJZZ", WZFZ, "WZFZ", NBXCL, "协会", "商会");

        // the organizations table as Excel: one row per organization counted, the figures add up to the totals
        Path excel = browser.download(By.xpath("//a[normalize-space(.)='团体名录及指标 · 导出 Excel']"));
        assertThat(excel.getFileName().toString()).isEqualTo("监管统计-organizations.xlsx");
        List<List<String>> rows = sheet(excel);
        assertThat(rows.get(0)).containsExactly("团体名录及指标");
        assertThat(rows.get(1)).containsExactly("团体名称", "社会团体代号", "团体类型", "地区代码", "行业代码", "现行", "废止",
                "被代替", "合计");
        List<List<String>> data = rows.subList(2, rows.size());
        assertThat(data).hasSize(organizations);
        String grid = browser.text(ORGANIZATIONS);
        data.forEach(row -> assertThat(grid).contains(row.get(0), row.get(1)));
        assertThat(data.stream().mapToLong(row -> Long.parseLong(row.get(8))).sum()).isEqualTo(standards);
        assertThat(data).anySatisfy(row -> assertThat(row.subList(0, 5))
                .containsExactly(ZJZZ, "ZJZZ", "协会", "330106", "C34"));

        // the whole dashboard as a PDF report, in Chinese
        Path pdf = browser.download(By.xpath("//a[normalize-space(.)='导出 PDF 报告']"));
        assertThat(pdf.getFileName().toString()).isEqualTo("团体标准监管统计报告.pdf");
        String report = pdfText(pdf);
        assertThat(report).contains("浙江省市场监督管理局团体标准监管统计报告", "统计范围：浙江省",
                "团体总数：" + organizations + "个；已发布团体标准" + standards + "项", "按地区统计", "按行业门类统计",
                "团体名录及指标", ZJZZ);

        // drill down to Wenzhou by clicking its row, then back to the whole province
        browser.click(By.xpath("//vaadin-grid[@id='supervision-by-region']/vaadin-grid-cell-content[starts-with(normalize-space(.), '3303')]"));
        assertThat(browser.waitForText(TOTALS, "行政区划代码 3303…")).contains("团体 1 个");
        assertThat(browser.waitForText(ORGANIZATIONS, WZFZ)).doesNotContain(ZJZZ);
        browser.click(By.xpath("//vaadin-button[normalize-space(.)='返回本辖区']"));
        browser.waitForText(TOTALS, "浙江省：团体 " + organizations + " 个");

        // one organization and its published standards, exported as they are listed
        browser.click(By.xpath("//vaadin-grid[@id='supervision-organizations']/vaadin-grid-cell-content[normalize-space(.)='" + ZJZZ + "']"));
        assertThat(browser.waitForPageText(ZJZZ + "（ZJZZ）")).contains("团体类型：协会", "地区：330106", "已发布团体标准");
        By standardsGrid = By.id("supervised-organization-standards");
        assertThat(browser.waitForText(standardsGrid, "工业机器人用伺服电机")).contains("T/ZJZZ 1—", "现行");
        List<String> numbersShown = browser.until(d -> {
            List<String> shown = new ArrayList<>();
            for (WebElement cell : d.findElements(By.xpath("//vaadin-grid[@id='supervised-organization-standards']"
                    + "/vaadin-grid-cell-content[starts-with(normalize-space(.), 'T/ZJZZ ')]"))) {
                shown.add(cell.getText().strip());
            }
            return shown.isEmpty() ? null : shown;
        });
        Path standardsExcel = browser.download(By.xpath("//a[normalize-space(.)='导出 Excel']"));
        assertThat(standardsExcel.getFileName().toString()).isEqualTo(ZJZZ + "-已发布团体标准.xlsx");
        List<List<String>> listed = sheet(standardsExcel);
        assertThat(listed.get(0)).containsExactly(ZJZZ + "已发布团体标准");
        assertThat(listed.get(1)).containsExactly("标准编号", "标准名称", "状态", "发布日期", "实施日期");
        assertThat(listed.subList(2, listed.size()).stream().map(row -> row.get(0)).toList())
                .containsExactlyInAnyOrderElementsOf(numbersShown);
        assertThat(listed.subList(2, listed.size()))
                .anySatisfy(row -> assertThat(row.subList(1, 3)).containsExactly("工业机器人用伺服电机 技术条件", "现行"));
    }

    @Test
    void a_seeded_draw_from_filtered_pools_re_runs_to_the_same_organizations_and_its_published_results_are_public_SUP_2()
            throws Exception {
        String title = "智能制造团体标准随机抽查 " + UUID.randomUUID().toString().substring(0, 6);
        String seed = "e2e-seed-" + UUID.randomUUID().toString().substring(0, 8);
        browser.signInAs(HUANG_HAI, SignInEndToEndIT.PASSWORD);
        browser.click(By.xpath("//vaadin-side-nav-item[normalize-space(.)='随机抽查']"));
        browser.waitForPageText("双随机、一公开");
        browser.type(By.cssSelector("#inspection-title input"), title);
        browser.type(By.cssSelector("#inspection-organizations input"), "1");
        browser.type(field("选派检查人员数"), "1");
        // manufacturing divisions 30-39 of Zhejiang: ZJZZ (C34) and NBXCL (C30), not WZFZ (C18)
        browser.type(field("地区代码前缀"), "33");
        browser.type(field("行业代码前缀"), "C3");
        browser.type(field("随机种子（可留空，由平台生成）"), seed);
        browser.click(By.id("inspection-draw"));

        assertThat(browser.waitForText(By.id("inspection-seed"), seed)).isEqualTo("随机种子：" + seed);
        assertThat(browser.waitForPageText("名录摘要（SHA-256）")).contains("未公开", "抽中的团体", "选派的检查人员");
        browser.click(By.id("inspection-verify"));
        assertThat(browser.waitForText(By.id("inspection-verification"), "复核一致"))
                .isEqualTo("复核一致：用同一种子和名录重新抽取，结果相同");

        // anyone can re-run the draw: rank the pool by SHA-256(seed:code), take the first
        String expected = rankedBySeed(seed, List.of("ZJZZ", "NBXCL")).get(0);
        String drawnName = expected.equals("ZJZZ") ? ZJZZ : NBXCL;
        String other = expected.equals("ZJZZ") ? NBXCL : ZJZZ;
        By drawn = By.id("inspection-organizations");
        assertThat(browser.waitForText(drawn, expected)).contains(drawnName).doesNotContain(other);

        browser.choose(By.xpath("//vaadin-select[label[normalize-space(.)='团体名称']]"), drawnName);
        browser.choose(By.xpath("//vaadin-select[label[normalize-space(.)='检查结果']]"), "责令整改");
        browser.type(field("检查情况"), "团体标准编号规则未在章程中明确，责令30日内整改");
        browser.click(By.id("inspection-record-finding"));
        assertThat(browser.waitForText(drawn, "责令整改")).contains("责令30日内整改");

        Path excel = browser.download(By.xpath("//a[normalize-space(.)='导出 Excel']"));
        List<List<String>> results = sheet(excel);
        assertThat(results.get(0)).containsExactly(title + "抽查结果");
        assertThat(results.subList(2, results.size())).singleElement().satisfies(row ->
                assertThat(row).containsExactly("1", drawnName, expected, expected.equals("ZJZZ") ? "330106" : "330212",
                        "责令整改", "团体标准编号规则未在章程中明确，责令30日内整改"));

        browser.click(By.id("inspection-publish"));
        browser.waitForPageText("已公开");
        browser.until(d -> d.findElements(By.id("inspection-publish")).isEmpty() ? true : null);
        String id = browser.currentUrl().replaceAll(".*/supervision/inspections/", "");

        String list = get("/api/public/inspections/ZJSJ");
        assertThat(list).contains(title, seed, id);
        String published = get("/api/public/inspections/ZJSJ/" + id);
        assertThat(published).contains("\"title\":\"" + title + "\"", "\"seed\":\"" + seed + "\"", "\"verified\":true",
                "\"result\":\"RECTIFICATION_REQUIRED\"", "团体标准编号规则未在章程中明确");
        List<String> pool = new ArrayList<>();
        Matcher codes = Pattern.compile("\"code\":\"([A-Z0-9]+)\"").matcher(published);
        while (codes.find()) {
            pool.add(codes.group(1));
        }
        assertThat(pool).as("the published pool is the filtered one").containsExactlyInAnyOrder("ZJZZ", "NBXCL");
        assertThat(published).containsPattern("\"code\":\"" + expected + "\",\"name\":\"[^\"]+\",\"rank\":1,\"drawn\":true");
    }

    private static By field(String label) {
        return By.xpath("//*[self::vaadin-text-field or self::vaadin-integer-field][label[normalize-space(.)='" + label
                + "']]//input");
    }

    /** The codes ranked as the platform's draw ranks them: SHA-256 of "seed:code", ascending. */
    private static List<String> rankedBySeed(String seed, List<String> codes) throws NoSuchAlgorithmException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        return codes.stream().sorted(Comparator.comparing((String code) ->
                HexFormat.of().formatHex(sha.digest((seed + ":" + code).getBytes(StandardCharsets.UTF_8))))).toList();
    }

    /** The first sheet, each row as the texts of its cells (numbers without a decimal point). */
    static List<List<String>> sheet(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (Cell cell : row) {
                    cells.add(cell.getCellType() == CellType.NUMERIC ? String.valueOf((long) cell.getNumericCellValue())
                            : cell.getStringCellValue());
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    /** The text of every page, without the spaces and line breaks the layout puts in. */
    static String pdfText(Path file) throws IOException {
        PdfReader reader = new PdfReader(Files.readAllBytes(file));
        try {
            StringBuilder text = new StringBuilder();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                text.append(new PdfTextExtractor(reader).getTextFromPage(page));
            }
            return text.toString().replaceAll("\\s+", "");
        } finally {
            reader.close();
        }
    }

    private static String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(RunningServer.url(path)))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).as(path).isEqualTo(200);
        return answer.body();
    }
}
