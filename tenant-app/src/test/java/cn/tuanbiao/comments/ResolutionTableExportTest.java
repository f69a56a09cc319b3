package cn.tuanbiao.comments;

import cn.tuanbiao.comments.domain.CommentDraft;
import cn.tuanbiao.comments.domain.CommentType;
import cn.tuanbiao.comments.domain.Disposition;
import cn.tuanbiao.comments.domain.DraftComment;
import cn.tuanbiao.comments.service.CommentService;
import cn.tuanbiao.comments.service.ResolutionTables;
import cn.tuanbiao.standards.domain.CommentPeriod;
import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.standards.service.LifecycleWalk;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.testing.Fixtures;
import cn.tuanbiao.testing.PlatformTest;
import jakarta.inject.Inject;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static cn.tuanbiao.users.domain.OrganizationRole.MEMBER_REPRESENTATIVE;
import static cn.tuanbiao.users.domain.OrganizationRole.SECRETARIAT;
import static cn.tuanbiao.users.domain.OrganizationRole.WORKING_GROUP_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;

/** PART-1: the comment resolution table (意见汇总处理表) exports as Excel and Word in the layout secretariats use. */
class ResolutionTableExportTest extends PlatformTest {

    private static final List<String> COLUMNS = List.of("序号", "章条编号", "意见类型", "意见内容", "修改建议",
            "提出单位（人）", "处理意见", "理由");

    @Inject
    CommentService comments;
    @Inject
    ResolutionTables tables;
    @Inject
    LifecycleWalk walk;
    @Inject
    Fixtures fixtures;

    private TenantId association;
    private PersonId secretariat;
    private StandardId draft;

    @BeforeEach
    void aDraftWithThreeCommentsTwoAnswered() {
        association = fixtures.association("汇总表测试协会" + Fixtures.suffix());
        secretariat = fixtures.memberOf(association, SECRETARIAT, WORKING_GROUP_MEMBER);
        PersonId member = fixtures.person("li-" + Fixtures.suffix() + "@example.cn", "李工");
        fixtures.join(member, association, MEMBER_REPRESENTATIVE);
        draft = walk.toCommentPeriod(secretariat, association, "冷链物流 温度监测 技术要求",
                CommentPeriod.Audience.MEMBERS).id();
        DraftComment first = comments.comment(member, association, draft,
                new CommentDraft("5.3", CommentType.TECHNICAL, "温度采样间隔 10 min 过长", "改为不大于 5 min", "杭州冷链科技有限公司"));
        DraftComment second = comments.comment(member, association, draft,
                new CommentDraft("3.1", CommentType.EDITORIAL, "术语“冷链”定义与 GB/T 28577 不一致", null, "杭州冷链科技有限公司"));
        comments.comment(member, association, draft, new CommentDraft("全文", CommentType.GENERAL, "建议增加数据留存要求", null, null));
        comments.dispose(secretariat, association, first.id(), Disposition.PARTIALLY_ACCEPTED, "冷藏改为 5 min，冷冻仍为 10 min");
        comments.dispose(secretariat, association, second.id(), Disposition.ACCEPTED, "直接引用 GB/T 28577 的定义");
    }

    @Test
    void PART_1_the_excel_table_has_the_title_the_columns_one_row_per_comment_and_the_counts() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        tables.export(secretariat, association, draft, ResolutionTables.Format.EXCEL, out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(text(sheet.getRow(0), 0)).isEqualTo("《冷链物流 温度监测 技术要求》征求意见汇总处理表");
            assertThat(text(sheet.getRow(1), 0)).startsWith("承办单位：汇总表测试协会").contains("共 3 条意见");
            assertThat(cells(sheet.getRow(2))).containsExactlyElementsOf(COLUMNS);
            assertThat(cells(sheet.getRow(3))).containsExactly("1", "5.3", "技术性", "温度采样间隔 10 min 过长",
                    "改为不大于 5 min", "杭州冷链科技有限公司（李工）", "部分采纳", "冷藏改为 5 min，冷冻仍为 10 min");
            assertThat(cells(sheet.getRow(5))).containsExactly("3", "全文", "一般性", "建议增加数据留存要求", "", "李工", "", "");
            assertThat(text(sheet.getRow(7), 0))
                    .isEqualTo("说明：共收到 2 个单位（个人）的意见 3 条，其中采纳 1 条，部分采纳 1 条，不采纳 0 条，尚未处理 1 条。");
        }
    }

    @Test
    void PART_1_the_word_table_has_a_header_row_and_one_row_per_comment() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        tables.export(secretariat, association, draft, ResolutionTables.Format.WORD, out);

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(document.getParagraphs()).extracting(XWPFParagraph::getText)
                    .contains("《冷链物流 温度监测 技术要求》征求意见汇总处理表");
            XWPFTable table = document.getTables().get(0);
            assertThat(table.getRows()).hasSize(4);
            assertThat(table.getRow(0).getTableCells()).extracting(XWPFTableCell::getText).containsExactlyElementsOf(COLUMNS);
            assertThat(table.getRow(2).getTableCells()).extracting(XWPFTableCell::getText)
                    .containsExactly("2", "3.1", "编辑性", "术语“冷链”定义与 GB/T 28577 不一致", "", "杭州冷链科技有限公司（李工）",
                            "采纳", "直接引用 GB/T 28577 的定义");
        }
    }

    private static String text(Row row, int column) {
        return row.getCell(column).getStringCellValue();
    }

    private static List<String> cells(Row row) {
        List<String> values = new ArrayList<>();
        row.forEach(cell -> values.add(switch (cell.getCellType()) {
            case NUMERIC -> Integer.toString((int) cell.getNumericCellValue());
            default -> cell.getStringCellValue();
        }));
        return values;
    }
}
