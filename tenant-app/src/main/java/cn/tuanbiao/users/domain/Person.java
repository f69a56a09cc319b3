package cn.tuanbiao.users.domain;

import cn.tuanbiao.tenancy.PersonId;

import java.util.Optional;

/** Someone who signs in; what they may do depends on their memberships. */
public record Person(PersonId id, String email, String displayName, Optional<PlatformRole> platformRole,
                     PersonStatus status, String preferredLocale) {

    public boolean isOperator() {
        return platformRole.filter(PlatformRole.OPERATOR::equals).isPresent();
    }
}
