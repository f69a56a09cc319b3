package cn.tuanbiao.console.alliance.domain;

import cn.tuanbiao.tenancy.TenantId;

import java.time.LocalDate;

/**
 * One period of an organization's membership of the alliance (SUP-1): joined on, left on (null
 * while it is a member) and why, when the secretariat recorded it. An organization that left and joined
 * again has two periods.
 */
public record MemberPeriod(TenantId member, String code, String nameZh, LocalDate joinedOn, LocalDate leftOn,
                           String leftReason) {

    public boolean current() {
        return leftOn == null;
    }
}
