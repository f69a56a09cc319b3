package cn.tuanbiao.declarations.domain;

/** The level the organization declares its standard to reach (标准水平程度, PUB-1); the label is what the registry shows. */
public enum DeclaredLevel {
    INTERNATIONAL_LEADING("国际领先"),
    INTERNATIONAL_ADVANCED("国际先进"),
    DOMESTIC_LEADING("国内领先"),
    DOMESTIC_ADVANCED("国内先进"),
    OTHER("其他");

    private final String label;

    DeclaredLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
