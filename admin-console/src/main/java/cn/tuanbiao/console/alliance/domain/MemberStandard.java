package cn.tuanbiao.console.alliance.domain;

import java.time.LocalDate;

/**
 * A standard a member has published, as the public sees it (PUB-1, PUB-3): number, title, status
 * now (现行, 废止, 被代替), publication and entry-into-force dates. Never a draft.
 */
public record MemberStandard(String number, String titleZh, String status, LocalDate publishedOn,
                             LocalDate inForceFrom) {
}
