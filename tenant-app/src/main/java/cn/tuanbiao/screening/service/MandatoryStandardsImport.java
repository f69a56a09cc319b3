package cn.tuanbiao.screening.service;

import cn.tuanbiao.screening.domain.ReferenceStandard;
import cn.tuanbiao.screening.persistence.ScreeningStore;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.Page;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.Transactions;
import cn.tuanbiao.users.service.AccessControl;
import jakarta.inject.Singleton;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The operator's list of mandatory national standards (LC-7): a CSV file with the columns
 * number, title and scope (Chinese headers 标准号, 标准名称, 适用范围 work too). A file with any
 * bad row is refused whole, row by row, and changes nothing (AUD-2); a good one adds new
 * standards and updates the ones already listed.
 */
@Singleton
public class MandatoryStandardsImport {

    public static final int MAX_ROWS = 20_000;
    private static final Map<String, String> HEADERS = Map.of("number", "number", "标准号", "number", "编号", "number",
            "title", "title", "标准名称", "title", "名称", "title", "scope", "scope", "适用范围", "scope", "范围", "scope");

    private final AccessControl access;
    private final Transactions transactions;
    private final ScreeningStore store;
    private final ChineseTerms terms;
    private final Clock clock;

    public MandatoryStandardsImport(AccessControl access, Transactions transactions, ScreeningStore store,
                                    ChineseTerms terms, Clock clock) {
        this.access = access;
        this.transactions = transactions;
        this.store = store;
        this.terms = terms;
        this.clock = clock;
    }

    /** How many standards the file listed. */
    public record ImportResult(int standards) {
    }

    public ImportResult importCsv(PersonId operator, Reader csv) {
        access.requireOperator(operator);
        List<ReferenceStandard> rows = parse(csv);
        Instant now = clock.instant();
        return transactions.onPlatform(() -> {
            rows.forEach(row -> store.upsertMandatory(row, terms.of(row.title(), row.scope()), operator, now));
            return new ImportResult(rows.size());
        });
    }

    public Page<ReferenceStandard> list(String text, PageRequest page) {
        return transactions.readOnPlatform(() -> store.mandatory(text, page));
    }

    private List<ReferenceStandard> parse(Reader csv) {
        List<FieldProblem> problems = new ArrayList<>();
        List<ReferenceStandard> rows = new ArrayList<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).build().parse(csv)) {
            Map<String, String> columns = columns(parser.getHeaderNames());
            if (!columns.containsKey("number") || !columns.containsKey("title")) {
                throw new InvalidInputException(FieldProblem.of("file", "LC-7", "mandatory.headerMissing"));
            }
            Set<String> seen = new HashSet<>();
            for (CSVRecord record : parser) {
                long line = record.getRecordNumber() + 1;
                if (rows.size() >= MAX_ROWS) {
                    throw new InvalidInputException(FieldProblem.of("file", "LC-7", "mandatory.tooManyRows", MAX_ROWS));
                }
                String number = value(record, columns.get("number"));
                String title = value(record, columns.get("title"));
                String scope = columns.containsKey("scope") ? value(record, columns.get("scope")) : "";
                if (number.isEmpty() || number.length() > 60) {
                    problems.add(FieldProblem.of("line " + line, "LC-7", "mandatory.numberInvalid", line));
                } else if (!seen.add(number)) {
                    problems.add(FieldProblem.of("line " + line, "LC-7", "mandatory.numberRepeated", line, number));
                }
                if (title.isEmpty() || title.length() > 300) {
                    problems.add(FieldProblem.of("line " + line, "LC-7", "mandatory.titleInvalid", line));
                }
                rows.add(new ReferenceStandard(number, title, scope.isEmpty() ? null : scope));
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new InvalidInputException(FieldProblem.of("file", "LC-7", "mandatory.unreadable"));
        }
        if (rows.isEmpty()) {
            problems.add(FieldProblem.of("file", "LC-7", "mandatory.empty"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.size() > 20 ? problems.subList(0, 20) : problems);
        }
        return rows;
    }

    private static Map<String, String> columns(List<String> headers) {
        Map<String, String> columns = new java.util.HashMap<>();
        for (String header : headers) {
            String meaning = HEADERS.get(header.strip().replace("\uFEFF", "").toLowerCase(java.util.Locale.ROOT));
            if (meaning != null) {
                columns.putIfAbsent(meaning, header);
            }
        }
        return columns;
    }

    private static String value(CSVRecord record, String column) {
        return record.isSet(column) ? record.get(column).strip() : "";
    }
}
