package cn.tuanbiao.console.supervision.domain;

import java.util.List;

/**
 * A table of a report as exported (Excel sheet, PDF table): its title, its column headers in
 * Chinese (an official record reads the same whatever language the screen uses), and its rows of
 * text and numbers.
 */
public record ReportTable(String title, List<String> headers, List<List<Object>> rows) {

    public ReportTable {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
