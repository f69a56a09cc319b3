package cn.tuanbiao.ballots.domain;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The drafting units of a standard, as the secretariat typed them when drafting started: one
 * free-text field listing unit names, e.g. {@code 浙江大学、杭州海康智造有限公司}.
 *
 * <p>How a seat is matched to them (LC-3, "experts from the drafting units do not vote"): the
 * text is split at the list separators people use in Chinese and English (、，,；;／/ and line
 * breaks); each name and the seat's member are compared after NFKC normalization (full-width
 * letters and brackets become half-width: {@code 西门子（中国）} equals {@code 西门子(中国)}), without
 * whitespace and case-insensitively. A seat matches when the member unit it is held for, or an
 * individual expert's affiliation, equals one of the names. Equality and not containment: a
 * drafting unit 浙江大学 must not exclude the representative of 浙江大学医学院附属医院, a unit of its
 * own. A spelling the rule cannot see stays visible to the secretariat, because the list shows
 * every voter's member unit next to their eligibility.
 */
public final class DraftingUnits {

    private static final String SEPARATORS = "[、，,；;／/\\n\\r]+";

    private final Set<String> names;

    private DraftingUnits(Set<String> names) {
        this.names = names;
    }

    public static DraftingUnits parse(String text) {
        if (text == null) {
            return new DraftingUnits(Set.of());
        }
        return new DraftingUnits(Arrays.stream(text.split(SEPARATORS)).map(DraftingUnits::normalized)
                .filter(name -> !name.isEmpty()).collect(Collectors.toUnmodifiableSet()));
    }

    /** The drafting unit {@code candidates} name, the first that matches; empty when none does. */
    public Optional<String> match(String... candidates) {
        return Arrays.stream(candidates).filter(c -> c != null && names.contains(normalized(c))).findFirst();
    }

    static String normalized(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
