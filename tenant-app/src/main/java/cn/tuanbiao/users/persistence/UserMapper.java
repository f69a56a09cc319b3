package cn.tuanbiao.users.persistence;

import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.users.domain.Person;
import cn.tuanbiao.users.domain.PersonStatus;
import cn.tuanbiao.users.domain.PlatformRole;

import java.util.Optional;

/** From user rows to people. */
public final class UserMapper {

    private UserMapper() {
    }

    public static Person toDomain(UserEntity row) {
        return new Person(new PersonId(row.id()), row.email(), row.displayName(),
                Optional.ofNullable(row.platformRole()).map(PlatformRole::valueOf),
                PersonStatus.valueOf(row.status()), row.preferredLocale());
    }
}
