package cn.tuanbiao.declarations.domain;

import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;

import java.util.ArrayList;
import java.util.List;

/**
 * What only the organization can declare about its standard (PUB-1): the level, the key
 * performance and functional indicators, the comparison with other standards. Validated as a
 * whole so that every problem is named at once.
 */
public record DeclarationForm(DeclaredLevel level, List<String> performanceIndicators,
                              List<String> functionalIndicators, List<Comparison> comparisons) {

    static final int MAX_ITEMS = 50;
    static final int MAX_TEXT = 500;

    public DeclarationForm {
        performanceIndicators = cleaned(performanceIndicators);
        functionalIndicators = cleaned(functionalIndicators);
        comparisons = comparisons == null ? List.of() : List.copyOf(comparisons);
    }

    public static DeclarationForm empty() {
        return new DeclarationForm(null, List.of(), List.of(), List.of());
    }

    /** The form, or every problem with it: a declaration is published only with its level and at least one indicator. */
    public DeclarationForm validate() {
        List<FieldProblem> problems = new ArrayList<>();
        if (level == null) {
            problems.add(FieldProblem.of("level", "PUB-1", "validation.required"));
        }
        if (performanceIndicators.isEmpty() && functionalIndicators.isEmpty()) {
            problems.add(FieldProblem.of("performanceIndicators", "PUB-1", "declarations.indicatorRequired"));
        }
        tooMany("performanceIndicators", performanceIndicators.size(), problems);
        tooMany("functionalIndicators", functionalIndicators.size(), problems);
        tooMany("comparisons", comparisons.size(), problems);
        if (performanceIndicators.stream().anyMatch(DeclarationForm::tooLong)
                || functionalIndicators.stream().anyMatch(DeclarationForm::tooLong)) {
            problems.add(FieldProblem.of("performanceIndicators", "PUB-1", "validation.tooLong", MAX_TEXT));
        }
        for (int i = 0; i < comparisons.size(); i++) {
            Comparison c = comparisons.get(i);
            if (blank(c.standardNumber()) || blank(c.indicator()) || blank(c.ours()) || blank(c.theirs())) {
                problems.add(FieldProblem.of("comparisons", "PUB-1", "declarations.comparisonIncomplete", i + 1));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return this;
    }

    private static void tooMany(String field, int size, List<FieldProblem> problems) {
        if (size > MAX_ITEMS) {
            problems.add(FieldProblem.of(field, "PUB-1", "validation.tooMany", MAX_ITEMS));
        }
    }

    private static List<String> cleaned(List<String> items) {
        return items == null ? List.of()
                : items.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
    }

    private static boolean tooLong(String s) {
        return s.length() > MAX_TEXT;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
