package cn.tuanbiao.console.supervision.domain;

import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.Problems;

import java.util.regex.Pattern;

/**
 * A random inspection to draw (SUP-2): its title, how many organizations and inspectors, the
 * organizations' pool, and the seed, if the authority brings one (e.g. announced beforehand, or
 * drawn in public); without one, the platform draws a seed and records it.
 */
public record DrawRequest(String title, int organizations, int inspectors, PoolFilter pool, String seed) {

    /** Printable ASCII, so that the seed reads and types the same everywhere it is re-run. */
    private static final Pattern SEED = Pattern.compile("[\\x21-\\x7E]{8,128}");

    public DrawRequest {
        Problems problems = new Problems();
        title = title == null ? "" : title.strip();
        if (title.isEmpty()) {
            problems.add(FieldProblem.of("title", "FORMAT", "validation.required"));
        } else if (title.length() > 200) {
            problems.add(FieldProblem.of("title", "FORMAT", "validation.tooLong", 200));
        }
        if (organizations < 1 || organizations > 1000) {
            problems.add(FieldProblem.of("organizations", "FORMAT", "validation.between", 1, 1000));
        }
        if (inspectors < 1 || inspectors > 1000) {
            problems.add(FieldProblem.of("inspectors", "FORMAT", "validation.between", 1, 1000));
        }
        seed = seed == null || seed.isBlank() ? null : seed.strip();
        if (seed != null && !SEED.matcher(seed).matches()) {
            problems.add(FieldProblem.of("seed", "SUP-2", "inspections.seedFormat"));
        }
        problems.throwIfAny();
        pool = pool == null ? PoolFilter.ALL : pool;
    }

    public DrawRequest withSeed(String newSeed) {
        return new DrawRequest(title, organizations, inspectors, pool, newSeed);
    }
}
