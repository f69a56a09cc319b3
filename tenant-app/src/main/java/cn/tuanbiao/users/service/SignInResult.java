package cn.tuanbiao.users.service;

import cn.tuanbiao.users.domain.Person;

import java.util.List;

/** The outcome of a sign-in attempt. */
public sealed interface SignInResult {

    record SignedIn(Person person) implements SignInResult {
    }

    /** Refused; {@code messageKey} says why without revealing whether the account exists. */
    record Refused(String messageKey, List<Object> arguments) implements SignInResult {

        public Refused {
            arguments = List.copyOf(arguments);
        }

        Refused(String messageKey) {
            this(messageKey, List.of());
        }
    }
}
