package cn.tuanbiao.statistics.domain;

/** The levels of GB/T 2260 a report rolls regions up to: by the first 2, 4 or all 6 digits of the code. */
public enum RegionLevel {
    /** 省级 */
    PROVINCE(2),
    /** 地级 */
    CITY(4),
    /** 县级 */
    DISTRICT(6);

    private final int digits;

    RegionLevel(int digits) {
        this.digits = digits;
    }

    /** How many leading digits of a region code name a division of this level. */
    public int digits() {
        return digits;
    }
}
