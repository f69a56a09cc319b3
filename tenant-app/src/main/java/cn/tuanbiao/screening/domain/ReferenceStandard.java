package cn.tuanbiao.screening.domain;

/** A standard a project is compared with: a mandatory national one, or one published on the platform. */
public record ReferenceStandard(String number, String title, String scope) {
}
