package cn.tuanbiao.practice.domain;

import cn.tuanbiao.shared.domain.FieldProblem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What the operator states about a catalogue being imported: its version, year, title and star thresholds. */
public record SchemeHeader(String version, Integer year, String title, BigDecimal oneStar, BigDecimal twoStar,
                           BigDecimal threeStar) {

    private static final Pattern VERSION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z.\\-]{0,31}");

    /** The 2024 scheme's thresholds: 70 one star, 85 two, 95 three (PUB-2). */
    public static SchemeHeader of2024(String version, String title) {
        return new SchemeHeader(version, 2024, title, new BigDecimal("70"), new BigDecimal("85"), new BigDecimal("95"));
    }

    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (version == null || !VERSION.matcher(version.strip()).matches()) {
            problems.add(FieldProblem.of("version", "PUB-2", "practice.scheme.versionInvalid"));
        }
        if (year == null || year < 2000 || year > 2099) {
            problems.add(FieldProblem.of("year", "PUB-2", "practice.scheme.yearInvalid"));
        }
        if (title == null || title.isBlank() || title.strip().length() > 200) {
            problems.add(FieldProblem.of("title", "PUB-2", "practice.scheme.titleInvalid"));
        }
        if (oneStar == null || twoStar == null || threeStar == null || oneStar.signum() <= 0
                || oneStar.compareTo(twoStar) >= 0 || twoStar.compareTo(threeStar) >= 0
                || threeStar.compareTo(Catalogue.TOTAL_POINTS) > 0) {
            problems.add(FieldProblem.of("thresholds", "PUB-2", "practice.scheme.thresholdsInvalid"));
        }
        return problems;
    }
}
