package cn.tuanbiao.shared.web;

import cn.tuanbiao.tenancy.PersonId;
import io.micronaut.security.authentication.Authentication;

/** The person behind an authenticated API request: the token's subject is their id. */
public final class Caller {

    private Caller() {
    }

    public static PersonId of(Authentication authentication) {
        return PersonId.of(authentication.getName());
    }
}
