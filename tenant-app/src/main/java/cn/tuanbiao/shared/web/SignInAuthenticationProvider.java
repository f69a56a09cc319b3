package cn.tuanbiao.shared.web;

import cn.tuanbiao.shared.i18n.Messages;
import cn.tuanbiao.users.domain.Person;
import cn.tuanbiao.users.service.SignInResult;
import cn.tuanbiao.users.service.SignInService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestAuthenticationProvider;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Map;

/**
 * {@code POST /login} for the REST API: the same {@link SignInService} as the UI's sign-in
 * form, so throttling and hashing rules are the same on both paths. The token's subject is
 * the person's id.
 */
@Singleton
class SignInAuthenticationProvider<B> implements HttpRequestAuthenticationProvider<B> {

    private final SignInService signIn;
    private final Messages messages;

    SignInAuthenticationProvider(SignInService signIn, Messages messages) {
        this.signIn = signIn;
        this.messages = messages;
    }

    @Override
    public AuthenticationResponse authenticate(@Nullable HttpRequest<B> request,
                                               AuthenticationRequest<String, String> credentials) {
        SignInResult result = signIn.signIn(credentials.getIdentity(), credentials.getSecret());
        if (result instanceof SignInResult.SignedIn signedIn) {
            Person person = signedIn.person();
            return AuthenticationResponse.success(person.id().toString(),
                    person.isOperator() ? List.of("OPERATOR") : List.of(),
                    Map.of("email", person.email(), "name", person.displayName()));
        }
        SignInResult.Refused refused = (SignInResult.Refused) result;
        return AuthenticationResponse.failure(
                messages.get(RequestLocale.of(request), refused.messageKey(), refused.arguments().toArray()));
    }
}
