package cn.tuanbiao.console.alliance.domain;

import cn.tuanbiao.tenancy.TenantId;

import java.time.LocalDate;

/**
 * A current alliance membership seen from one side: the organization on the other side (the
 * alliance, or the member), its code and name, and since when.
 */
public record MemberLink(TenantId organization, String code, String nameZh, LocalDate joinedOn) {
}
