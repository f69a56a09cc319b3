package cn.tuanbiao.registry.national.statistics;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What the national tables group organizations by (PROTOCOL §9), each with its code list as data
 * (resource files): the province of the GB/T 2260 region code (its first two digits), the GB/T 4754
 * industry section, the sector. {@code groupSql} is the SQL expression over {@code organizations o}.
 */
enum Dimension {

    REGION("left(o.region_code, 2)", "/statistics/gbt2260-provinces.tsv"),
    INDUSTRY("o.industry_section", "/statistics/gbt4754-sections.tsv"),
    SECTOR("o.sector", "/statistics/sectors.tsv");

    private final String groupSql;
    private final Map<String, String> names;

    Dimension(String groupSql, String resource) {
        this.groupSql = groupSql;
        this.names = Collections.unmodifiableMap(load(resource));
    }

    static Optional<Dimension> of(String by) {
        for (Dimension dimension : values()) {
            if (dimension.name().toLowerCase(Locale.ROOT).equals(by)) {
                return Optional.of(dimension);
            }
        }
        return Optional.empty();
    }

    String groupSql() {
        return groupSql;
    }

    /** Every code of the list, in its order, with its zh-CN name. */
    Map<String, String> names() {
        return names;
    }

    String parameter() {
        return name().toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> load(String resource) {
        Map<String, String> names = new LinkedHashMap<>();
        try (InputStream in = Dimension.class.getResourceAsStream(resource);
             BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\t", 2);
                names.put(parts[0].strip(), parts[1].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }
}
