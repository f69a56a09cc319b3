package cn.tuanbiao.standards.domain;

/**
 * How a publication is numbered within the organization's sequence (LC-4): a standard of its own
 * ({@code T/ZJZZ 12—2025}), the first part of a new multi-part standard ({@code T/ZJZZ 13.1—2025}),
 * or the next part of a multi-part standard already published ({@code T/ZJZZ 13.2—2026}).
 */
public sealed interface PartNumbering {

    PartNumbering SINGLE = new Single();
    PartNumbering FIRST_PART = new FirstPart();

    static PartNumbering nextPartOf(int sequence) {
        return new NextPartOf(sequence);
    }

    /** A standard of its own: the next sequence, no part. */
    record Single() implements PartNumbering {
    }

    /** Part 1 of a new multi-part standard: the next sequence. */
    record FirstPart() implements PartNumbering {
    }

    /** The next part of the multi-part standard numbered {@code sequence}. */
    record NextPartOf(int sequence) implements PartNumbering {
    }
}
