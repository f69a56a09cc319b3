package cn.tuanbiao.practice.service;

import cn.tuanbiao.practice.domain.Catalogue;
import cn.tuanbiao.practice.domain.CatalogueCheck;
import cn.tuanbiao.practice.domain.CatalogueRow;
import cn.tuanbiao.practice.domain.Scheme;
import cn.tuanbiao.practice.domain.SchemeHeader;
import cn.tuanbiao.practice.persistence.CatalogueStore;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.Transactions;
import cn.tuanbiao.users.service.AccessControl;
import jakarta.inject.Singleton;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The good-practice indicator catalogue (PUB-2), data the platform operator maintains: imported from
 * CSV (UTF-8) or Excel (.xlsx, first sheet) with the columns code, name, name_en, points, basic,
 * criteria, evidence (Chinese headers 编号, 指标名称, 英文名称, 分值, 基本条件, 评价要求, 系统核验 work too),
 * checked whole ({@link CatalogueCheck}) and stored as a new scheme version. Every organization reads it.
 */
@Singleton
public class PracticeCatalogue {

    public static final int MAX_ROWS = 500;
    private static final Map<String, String> HEADERS = headers();

    private final AccessControl access;
    private final Transactions transactions;
    private final CatalogueStore store;
    private final Clock clock;

    public PracticeCatalogue(AccessControl access, Transactions transactions, CatalogueStore store, Clock clock) {
        this.access = access;
        this.transactions = transactions;
        this.store = store;
        this.clock = clock;
    }

    public Scheme importCsv(PersonId operator, SchemeHeader header, String fileName, Reader csv) {
        access.requireOperator(operator);
        return save(operator, CatalogueCheck.check(header, csvRows(csv), fileName, clock.instant()));
    }

    public Scheme importExcel(PersonId operator, SchemeHeader header, String fileName, InputStream xlsx) {
        access.requireOperator(operator);
        return save(operator, CatalogueCheck.check(header, excelRows(xlsx), fileName, clock.instant()));
    }

    /** Imports by the file's name: {@code .xlsx} through Apache POI, anything else as UTF-8 CSV. */
    public Scheme importFile(PersonId operator, SchemeHeader header, String fileName, InputStream content) {
        if (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            return importExcel(operator, header, fileName, content);
        }
        return importCsv(operator, header, fileName,
                new java.io.InputStreamReader(content, java.nio.charset.StandardCharsets.UTF_8));
    }

    public List<Scheme> schemes() {
        return transactions.readOnPlatform(store::schemes);
    }

    public Catalogue catalogue(String version) {
        return transactions.readOnPlatform(() -> store.catalogue(version))
                .orElseThrow(() -> new NotFoundException("practice.scheme.notFound"));
    }

    private Scheme save(PersonId operator, Catalogue catalogue) {
        return transactions.onPlatform(() -> {
            if (store.exists(catalogue.scheme().version())) {
                throw new InvalidInputException(FieldProblem.of("version", "PUB-2", "practice.scheme.versionExists",
                        catalogue.scheme().version()));
            }
            store.insert(catalogue, operator);
            return catalogue.scheme();
        });
    }

    private static List<CatalogueRow> csvRows(Reader csv) {
        List<CatalogueRow> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).build().parse(csv)) {
            Map<String, String> columns = columns(parser.getHeaderNames());
            for (CSVRecord record : parser) {
                if (rows.size() >= MAX_ROWS) {
                    throw new InvalidInputException(FieldProblem.of("file", "PUB-2", "practice.import.tooManyRows", MAX_ROWS));
                }
                rows.add(new CatalogueRow(record.getRecordNumber() + 1, value(record, columns, "code"),
                        value(record, columns, "name"), value(record, columns, "nameEn"), value(record, columns, "points"),
                        value(record, columns, "basic"), value(record, columns, "criteria"),
                        value(record, columns, "evidence")));
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new InvalidInputException(FieldProblem.of("file", "PUB-2", "practice.import.unreadable"));
        }
        return rows;
    }

    private static List<CatalogueRow> excelRows(InputStream xlsx) {
        List<CatalogueRow> rows = new ArrayList<>();
        DataFormatter format = new DataFormatter(Locale.ROOT);
        try (Workbook workbook = WorkbookFactory.create(xlsx)) {
            Sheet sheet = workbook.getSheetAt(0);
            Row head = sheet.getRow(sheet.getFirstRowNum());
            List<String> names = new ArrayList<>();
            for (int c = 0; head != null && c < head.getLastCellNum(); c++) {
                names.add(format.formatCellValue(head.getCell(c)));
            }
            Map<String, String> columns = columns(names);
            for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                Map<String, String> cells = new HashMap<>();
                for (int c = 0; c < names.size(); c++) {
                    cells.put(names.get(c), format.formatCellValue(row.getCell(c)).strip());
                }
                if (cells.values().stream().allMatch(String::isEmpty)) {
                    continue;
                }
                if (rows.size() >= MAX_ROWS) {
                    throw new InvalidInputException(FieldProblem.of("file", "PUB-2", "practice.import.tooManyRows", MAX_ROWS));
                }
                rows.add(new CatalogueRow(r + 1, cell(cells, columns, "code"), cell(cells, columns, "name"),
                        cell(cells, columns, "nameEn"), cell(cells, columns, "points"), cell(cells, columns, "basic"),
                        cell(cells, columns, "criteria"), cell(cells, columns, "evidence")));
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw new InvalidInputException(FieldProblem.of("file", "PUB-2", "practice.import.unreadable"));
        }
        return rows;
    }

    /** The meaning of each header present; refuses a file without the code, name and points columns. */
    private static Map<String, String> columns(List<String> headers) {
        Map<String, String> columns = new HashMap<>();
        for (String header : headers) {
            String meaning = HEADERS.get(header.strip().replace("\uFEFF", "").toLowerCase(Locale.ROOT));
            if (meaning != null) {
                columns.putIfAbsent(meaning, header);
            }
        }
        if (!columns.containsKey("code") || !columns.containsKey("name") || !columns.containsKey("points")) {
            throw new InvalidInputException(FieldProblem.of("file", "PUB-2", "practice.import.headerMissing"));
        }
        return columns;
    }

    private static String value(CSVRecord record, Map<String, String> columns, String meaning) {
        String column = columns.get(meaning);
        return column != null && record.isSet(column) ? record.get(column).strip() : "";
    }

    private static String cell(Map<String, String> cells, Map<String, String> columns, String meaning) {
        String column = columns.get(meaning);
        return column == null ? "" : cells.getOrDefault(column, "");
    }

    private static Map<String, String> headers() {
        Map<String, String> headers = new HashMap<>();
        for (String h : List.of("code", "编号", "指标编号")) headers.put(h, "code");
        for (String h : List.of("name", "指标名称", "名称")) headers.put(h, "name");
        for (String h : List.of("name_en", "英文名称")) headers.put(h, "nameEn");
        for (String h : List.of("points", "分值")) headers.put(h, "points");
        for (String h : List.of("basic", "基本条件")) headers.put(h, "basic");
        for (String h : List.of("criteria", "评价要求")) headers.put(h, "criteria");
        for (String h : List.of("evidence", "系统核验")) headers.put(h, "evidence");
        return Map.copyOf(headers);
    }
}
