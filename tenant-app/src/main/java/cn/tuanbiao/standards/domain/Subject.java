package cn.tuanbiao.standards.domain;

/**
 * What a standard is about, as proposed: its title, scope and the two flags that change its
 * route (public interest: the plan is announced publicly, LC-1; cybersecurity touching national
 * security or the public interest: a consultation with the cyberspace authority, LC-7).
 */
public record Subject(String titleZh, String titleEn, String scope, boolean publicInterest, boolean cybersecurity) {
}
