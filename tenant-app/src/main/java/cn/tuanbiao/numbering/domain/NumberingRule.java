package cn.tuanbiao.numbering.domain;

import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;

import java.time.Year;

/**
 * How an organization numbers one series of its documents (LC-4): a pattern with the
 * placeholders {@code {code}} (the organization code), {@code {year}}, and {@code {seq}} or
 * {@code {seq3}} (the sequence, plain or padded to three digits). The year and the sequence are
 * required, so that no two documents of a series can get the same number.
 */
public record NumberingRule(DocumentSeries series, String pattern) {

    public static final int MAX_LENGTH = 100;

    public NumberingRule {
        if (series == null) {
            throw new InvalidInputException(FieldProblem.of("series", "FORMAT", "validation.required"));
        }
        String p = pattern == null ? "" : pattern.strip();
        if (p.isEmpty() || p.length() > MAX_LENGTH) {
            throw new InvalidInputException(FieldProblem.of("pattern", "FORMAT", "validation.between", 1, MAX_LENGTH));
        }
        if (!p.contains("{year}") || !(p.contains("{seq}") || p.contains("{seq3}"))) {
            throw new InvalidInputException(FieldProblem.of("pattern", "LC-4", "numbering.placeholdersRequired"));
        }
        pattern = p;
    }

    public String format(String organizationCode, Year year, int sequence) {
        return pattern.replace("{code}", organizationCode)
                .replace("{year}", year.toString())
                .replace("{seq3}", String.format("%03d", sequence))
                .replace("{seq}", Integer.toString(sequence));
    }
}
