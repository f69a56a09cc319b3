package cn.tuanbiao.console.alliance.domain;

import cn.tuanbiao.tenancy.TenantId;

import java.time.LocalDate;

/** An alliance the organization is a current member of, as the member sees it, with its convention standing. */
public record MyAlliance(TenantId alliance, String code, String nameZh, LocalDate joinedOn, ConventionStatus convention) {
}
