package cn.tuanbiao.chambers.domain;

/** One fee a chamber declares: what for, which item, on which basis (amount, rule), a note. */
public record FeeItem(FeePurpose purpose, String item, String basis, String note) {
}
