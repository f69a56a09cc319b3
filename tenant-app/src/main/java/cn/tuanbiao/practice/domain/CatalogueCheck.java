package cn.tuanbiao.practice.domain;

import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks an imported catalogue against the structure of the scheme (PUB-2) and names, for every
 * problem, the row and the rule: codes {@code 1}, {@code 1.2}, {@code 1.2.3} with their parents
 * present; points on third-level indicators summing to 100 (a first- or second-level row that states
 * points must state the sum of its children's); 4, 21 and 59 indicators by level; 18 basic
 * conditions, fee management and IP management among them. A catalogue with any problem is refused
 * whole (AUD-2).
 */
public final class CatalogueCheck {

    private static final Pattern CODE = Pattern.compile("[1-9]\\d?(\\.[1-9]\\d?){0,2}");
    private static final Set<String> YES = Set.of("是", "y", "yes", "true", "1", "√", "基本条件");
    private static final Set<String> NO = Set.of("", "否", "n", "no", "false", "0");
    private static final int MOST_PROBLEMS = 30;

    private CatalogueCheck() {
    }

    public static Catalogue check(SchemeHeader header, List<CatalogueRow> rows, String sourceFile, Instant now) {
        List<FieldProblem> problems = new ArrayList<>(header.problems());
        List<Indicator> indicators = new ArrayList<>();
        Map<String, CatalogueRow> byCode = new HashMap<>();
        Map<String, BigDecimal> statedPoints = new HashMap<>();
        int position = 0;
        for (CatalogueRow row : rows) {
            String at = "line " + row.line();
            String code = row.code().strip();
            if (!CODE.matcher(code).matches()) {
                problems.add(FieldProblem.of(at, "PUB-2", "practice.import.codeInvalid", row.line(), code));
                continue;
            }
            if (byCode.putIfAbsent(code, row) != null) {
                problems.add(FieldProblem.of(at, "PUB-2", "practice.import.codeRepeated", row.line(), code));
                continue;
            }
            int level = code.split("\\.").length;
            String parent = level == 1 ? null : code.substring(0, code.lastIndexOf('.'));
            if (parent != null && !byCode.containsKey(parent)) {
                problems.add(FieldProblem.of(at, "PUB-2", "practice.import.parentMissing", row.line(), code, parent));
            }
            String name = row.name().strip();
            if (name.isEmpty() || name.length() > 200) {
                problems.add(FieldProblem.of(at, "PUB-2", "practice.import.nameInvalid", row.line(), code));
            }
            BigDecimal points = points(row.points());
            if (level == 3 && (points == null || points.signum() < 0 || points.compareTo(Catalogue.TOTAL_POINTS) > 0)) {
                problems.add(FieldProblem.of(at, "PUB-2", "practice.import.pointsInvalid", row.line(), code));
            } else if (level < 3 && !row.points().isBlank()) {
                if (points == null) {
                    problems.add(FieldProblem.of(at, "PUB-2", "practice.import.pointsInvalid", row.line(), code));
                } else {
                    statedPoints.put(code, points);
                }
            }
            String basicText = row.basic().strip().toLowerCase(Locale.ROOT);
            boolean basic = YES.contains(basicText);
            if (!basic && !NO.contains(basicText)) {
                problems.add(FieldProblem.of(at, "PUB-2", "practice.import.basicInvalid", row.line(), code, row.basic()));
            }
            if (basic && level != 3) {
                problems.add(FieldProblem.of(at, "PUB-2", "practice.import.basicNotThirdLevel", row.line(), code));
            }
            EvidenceRule rule = null;
            if (!row.evidence().isBlank()) {
                Optional<EvidenceRule> parsed = EvidenceRule.parse(row.evidence());
                if (parsed.isEmpty()) {
                    problems.add(FieldProblem.of(at, "PUB-2", "practice.import.evidenceUnknown", row.line(), code,
                            row.evidence()));
                }
                rule = parsed.orElse(null);
            }
            indicators.add(new Indicator(code, level, parent, ++position, name, blankToNull(row.nameEn()),
                    level == 3 && points != null ? points : BigDecimal.ZERO, basic, blankToNull(row.criteria()), rule));
        }
        if (rows.isEmpty()) {
            problems.add(FieldProblem.of("file", "PUB-2", "practice.import.empty"));
        }
        if (problems.isEmpty()) {
            indicators = withSums(indicators);
            structure(indicators, byCode, statedPoints, problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems.size() > MOST_PROBLEMS ? problems.subList(0, MOST_PROBLEMS) : problems);
        }
        Scheme scheme = new Scheme(header.version().strip(), header.year(), header.title().strip(), header.oneStar(),
                header.twoStar(), header.threeStar(), Catalogue.TOTAL_POINTS, sourceFile, now);
        return new Catalogue(scheme, indicators);
    }

    /** First- and second-level indicators get the sum of their children's points. */
    private static List<Indicator> withSums(List<Indicator> indicators) {
        Map<String, BigDecimal> sums = new HashMap<>();
        for (Indicator i : indicators) {
            if (i.level() == 3) {
                String second = i.parentCode();
                String first = second.substring(0, second.indexOf('.'));
                sums.merge(second, i.points(), BigDecimal::add);
                sums.merge(first, i.points(), BigDecimal::add);
            }
        }
        return indicators.stream().map(i -> i.level() == 3 ? i : new Indicator(i.code(), i.level(), i.parentCode(),
                i.position(), i.nameZh(), i.nameEn(), sums.getOrDefault(i.code(), BigDecimal.ZERO), i.basic(),
                i.criteria(), i.evidence())).toList();
    }

    private static void structure(List<Indicator> indicators, Map<String, CatalogueRow> byCode,
                                  Map<String, BigDecimal> statedPoints, List<FieldProblem> problems) {
        for (Indicator i : indicators) {
            BigDecimal stated = statedPoints.get(i.code());
            if (stated != null && stated.compareTo(i.points()) != 0) {
                long line = byCode.get(i.code()).line();
                problems.add(FieldProblem.of("line " + line, "PUB-2", "practice.import.pointsMismatch", line, i.code(),
                        stated.toPlainString(), i.points().toPlainString()));
            }
            if (i.level() < 3 && indicators.stream().noneMatch(c -> i.code().equals(c.parentCode()))) {
                long line = byCode.get(i.code()).line();
                problems.add(FieldProblem.of("line " + line, "PUB-2", "practice.import.childless", line, i.code()));
            }
        }
        count(indicators, 1, Catalogue.FIRST_LEVEL, problems);
        count(indicators, 2, Catalogue.SECOND_LEVEL, problems);
        count(indicators, 3, Catalogue.THIRD_LEVEL, problems);
        BigDecimal total = indicators.stream().filter(i -> i.level() == 3).map(Indicator::points)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.compareTo(Catalogue.TOTAL_POINTS) != 0) {
            problems.add(FieldProblem.of("file", "PUB-2", "practice.import.total", Catalogue.TOTAL_POINTS.toPlainString(),
                    total.stripTrailingZeros().toPlainString()));
        }
        List<Indicator> basic = indicators.stream().filter(Indicator::basic).toList();
        if (basic.size() != Catalogue.BASIC_CONDITIONS) {
            problems.add(FieldProblem.of("file", "PUB-2", "practice.import.basicCount", Catalogue.BASIC_CONDITIONS,
                    basic.size()));
        }
        for (String required : Catalogue.REQUIRED_BASIC_CONDITIONS) {
            if (basic.stream().noneMatch(i -> i.nameZh().contains(required))) {
                problems.add(FieldProblem.of("file", "PUB-2", "practice.import.basicMissing", required));
            }
        }
    }

    private static void count(List<Indicator> indicators, int level, int expected, List<FieldProblem> problems) {
        long found = indicators.stream().filter(i -> i.level() == level).count();
        if (found != expected) {
            problems.add(FieldProblem.of("file", "PUB-2", "practice.import.count", level, expected, found));
        }
    }

    private static BigDecimal points(String text) {
        try {
            BigDecimal points = new BigDecimal(text.strip());
            return points.stripTrailingZeros().scale() > 1 ? null : points;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
