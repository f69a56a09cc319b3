package cn.tuanbiao.statistics.domain;

/**
 * The levels of GB/T 4754 a report rolls industries up to: by the section letter, or the leading
 * letter and 2, 3 or 4 digits of the code. An organization registered with a coarser code than
 * the level (e.g. {@code C38} in a report by class) shows under its own code.
 */
public enum IndustryLevel {
    /** 门类, e.g. C */
    SECTION(1),
    /** 大类, e.g. C38 */
    DIVISION(3),
    /** 中类, e.g. C385 */
    GROUP(4),
    /** 小类, e.g. C3851 */
    CLASS(5);

    private final int characters;

    IndustryLevel(int characters) {
        this.characters = characters;
    }

    public int characters() {
        return characters;
    }
}
