package cn.tuanbiao.violations.domain;

/** The measure a supervisory authority decides on a violation (处理措施, PUB-4), with its label at the registry. */
public enum ViolationMeasure {
    /** 责令整改: with a rectification deadline. */
    RECTIFICATION_ORDERED("责令整改"),
    /** 警告. */
    WARNING("警告"),
    /** 通报批评. */
    PUBLIC_CRITICISM("通报批评"),
    /** 责令废止团体标准: the organization must withdraw the standard concerned. */
    STANDARD_WITHDRAWAL_ORDERED("责令废止团体标准");

    private final String registryLabel;

    ViolationMeasure(String registryLabel) {
        this.registryLabel = registryLabel;
    }

    /** The label the national registry publishes (registry-sync/PROTOCOL.md §5c). */
    public String registryLabel() {
        return registryLabel;
    }
}
