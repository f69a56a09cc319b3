package cn.tuanbiao.standards.domain;

import cn.tuanbiao.organizations.domain.OrganizationCode;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;

import java.time.Year;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A group standard's number (LC-4): {@code T/CAS 123—2024}, or for a part
 * {@code T/CAS 123.2—2024}. The sequence is the organization's, never reused; the year is
 * the publication year. The dash is the em dash of GB/T 1.1 numbering.
 */
public record StandardNumber(OrganizationCode organization, int sequence, Integer part, Year year) {

    private static final Pattern FORMAT = Pattern.compile("T/([A-Z][A-Z0-9]{1,15}) (\\d+)(?:\\.(\\d+))?[—-](\\d{4})");

    public StandardNumber {
        if (sequence < 1 || (part != null && part < 1)) {
            throw new IllegalArgumentException("Sequence and part start at 1");
        }
    }

    public static StandardNumber parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text.strip());
        if (m == null || !m.matches()) {
            throw new InvalidInputException(FieldProblem.of("number", "LC-4", "standardNumber.format"));
        }
        return new StandardNumber(new OrganizationCode(m.group(1)), Integer.parseInt(m.group(2)),
                m.group(3) == null ? null : Integer.parseInt(m.group(3)), Year.of(Integer.parseInt(m.group(4))));
    }

    @Override
    public String toString() {
        return "T/" + organization.value() + " " + sequence + (part == null ? "" : "." + part) + "—" + year;
    }
}
