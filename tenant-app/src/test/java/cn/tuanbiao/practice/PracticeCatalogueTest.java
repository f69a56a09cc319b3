package cn.tuanbiao.practice;

import cn.tuanbiao.practice.domain.Catalogue;
import cn.tuanbiao.practice.domain.Indicator;
import cn.tuanbiao.practice.domain.Scheme;
import cn.tuanbiao.practice.service.PracticeCatalogue;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.testing.Fixtures;
import cn.tuanbiao.testing.PlatformTest;
import jakarta.inject.Inject;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/** PUB-2: the indicator catalogue is data the operator imports, checked against the structure of the 2024 scheme. */
class PracticeCatalogueTest extends PlatformTest {

    @Inject
    PracticeCatalogue catalogue;
    @Inject
    Fixtures fixtures;

    @Test
    void PUB_2_the_seed_catalogue_imports_as_100_points_over_4_21_and_59_indicators_with_18_basic_conditions() {
        Scheme scheme = PracticeFixture.theSeedCatalogue(catalogue, fixtures);

        Catalogue imported = catalogue.catalogue(scheme.version());
        assertThat(imported.level(1)).hasSize(4);
        assertThat(imported.level(2)).hasSize(21);
        assertThat(imported.level(3)).hasSize(59);
        assertThat(imported.basicConditions()).hasSize(18).extracting(Indicator::nameZh)
                .contains("收费管理", "知识产权管理");
        assertThat(imported.level(1).stream().map(Indicator::points).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("100");
        assertThat(imported.scheme().oneStar()).isEqualByComparingTo("70");
        assertThat(imported.scheme().twoStar()).isEqualByComparingTo("85");
        assertThat(imported.scheme().threeStar()).isEqualByComparingTo("95");
        assertThat(imported.indicator("1.3.3").orElseThrow().evidence().toString()).isEqualTo("POLICY:FEES");
        assertThat(catalogue.schemes()).extracting(Scheme::version).contains(scheme.version());
    }

    @Test
    void PUB_2_points_not_totalling_100_are_refused_naming_the_rule_and_a_row_whose_stated_sum_is_wrong() {
        String csv = PracticeFixture.seedCsv()
                .replace("1.4.1,配备专职标准化工作人员,Full-time staff,2,", "1.4.1,配备专职标准化工作人员,Full-time staff,7,")
                .replace("1.1,法人资格与业务范围,Legal status and business scope,,", "1.1,法人资格与业务范围,Legal status and business scope,9,");

        assertThatThrownBy(() -> catalogue.importCsv(fixtures.operator(), PracticeFixture.aHeader(), "bad.csv",
                new StringReader(csv)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::rule, FieldProblem::messageKey)
                        .containsExactlyInAnyOrder(
                                tuple("line 3", "PUB-2", "practice.import.pointsMismatch"),
                                tuple("file", "PUB-2", "practice.import.total")));
    }

    @Test
    void PUB_2_wrong_counts_of_indicators_or_basic_conditions_are_refused_each_with_its_rule() {
        // 1.1.3 becomes a 19th basic condition; 1.5.2 moves under 1.4 (counts by level stay right)
        String csv = PracticeFixture.seedCsv()
                .replace("1.1.3,年度检查或年报合格,Annual inspection passed,2,,", "1.1.3,年度检查或年报合格,Annual inspection passed,2,是,")
                .replace("1.5.2,诚信自律承诺,Integrity commitment,2,", "1.4.5,诚信自律承诺,Integrity commitment,2,");

        assertThatThrownBy(() -> catalogue.importCsv(fixtures.operator(), PracticeFixture.aHeader(), "bad.csv",
                new StringReader(csv)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey, FieldProblem::arguments)
                        .contains(tuple("practice.import.basicCount", List.of(18, 19))));
    }

    @Test
    void PUB_2_a_row_with_a_bad_code_an_unknown_records_rule_or_a_missing_parent_is_named_by_its_line() {
        String csv = PracticeFixture.seedCsv()
                .replace("2.3.3,专利信息征集,Call for patents,3,,起草和审查阶段发出专利信息征集,PATENT_CALLS",
                        "2.3.3,专利信息征集,Call for patents,3,,起草和审查阶段发出专利信息征集,PATENTS")
                .replace("4.4.3,会议制度", "4.9.3,会议制度");

        assertThatThrownBy(() -> catalogue.importCsv(fixtures.operator(), PracticeFixture.aHeader(), "bad.csv",
                new StringReader(csv)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey)
                        .containsExactlyInAnyOrder("practice.import.evidenceUnknown", "practice.import.parentMissing"));
    }

    @Test
    void PUB_2_the_same_catalogue_imports_from_an_excel_workbook_and_a_version_is_never_imported_twice() throws IOException {
        byte[] xlsx = workbook(PracticeFixture.seedCsv());
        var header = PracticeFixture.aHeader();

        Scheme scheme = catalogue.importExcel(fixtures.operator(), header, "指标.xlsx", new ByteArrayInputStream(xlsx));

        assertThat(catalogue.catalogue(scheme.version()).level(3)).hasSize(59);
        assertThatThrownBy(() -> catalogue.importExcel(fixtures.operator(), header, "指标.xlsx",
                new ByteArrayInputStream(xlsx)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("practice.scheme.versionExists"));
    }

    @Test
    void PUB_2_only_the_platform_operator_imports_the_catalogue() {
        var someone = fixtures.person("someone-" + Fixtures.suffix() + "@tuanbiao.test", "某人");

        assertThatThrownBy(() -> catalogue.importCsv(someone, PracticeFixture.aHeader(), "seed.csv",
                new StringReader(PracticeFixture.seedCsv())))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static byte[] workbook(String csv) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("指标");
            List<String> lines = csv.lines().toList();
            for (int r = 0; r < lines.size(); r++) {
                var row = sheet.createRow(r);
                String[] cells = lines.get(r).split(",", -1);
                for (int c = 0; c < cells.length; c++) {
                    if (r > 0 && c == 3 && !cells[c].isEmpty()) {
                        row.createCell(c).setCellValue(Double.parseDouble(cells[c]));
                    } else {
                        row.createCell(c).setCellValue(cells[c]);
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }
}
