package cn.tuanbiao.users.ui;

import cn.tuanbiao.shared.i18n.Messages;
import cn.tuanbiao.shared.ui.PublicView;
import cn.tuanbiao.shared.ui.UiSession;
import cn.tuanbiao.users.domain.Person;
import cn.tuanbiao.users.service.SignInResult;
import cn.tuanbiao.users.service.SignInService;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.login.AbstractLogin;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import io.micronaut.context.annotation.Prototype;

import java.util.Locale;

/** Sign-in for the UI, through the same {@link SignInService} as the API's {@code POST /login}. */
@Prototype
@PublicView
@Route("signin")
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final SignInService signIn;
    private final LoginForm form = new LoginForm();

    public LoginView(SignInService signIn) {
        this.signIn = signIn;
        addClassName("tb-login");
        form.setI18n(i18n(null));
        form.setForgotPasswordButtonVisible(false);
        form.addLoginListener(this::attempt);
        Button language = new Button(getTranslation("app.language.switch"), click -> {
            UiSession.setLocale(Messages.ENGLISH.equals(UiSession.locale()) ? Messages.CHINESE : Messages.ENGLISH);
            UI.getCurrent().getPage().reload();
        });
        language.setId("language-switch");
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(form, language);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (UiSession.signedIn().isPresent()) {
            event.forwardTo("");
        }
    }

    private void attempt(AbstractLogin.LoginEvent event) {
        SignInResult result = signIn.signIn(event.getUsername(), event.getPassword());
        if (result instanceof SignInResult.SignedIn signedIn) {
            Person person = signedIn.person();
            // A new session id after sign-in, so a session fixed before it is worth nothing.
            VaadinService.reinitializeSession(VaadinServletRequest.getCurrent());
            UiSession.signIn(new UiSession.SignedIn(person.id(), person.email(), person.displayName(),
                    person.isOperator()), Locale.forLanguageTag(person.preferredLocale()));
            UI.getCurrent().getPage().setLocation("/");
        } else {
            SignInResult.Refused refused = (SignInResult.Refused) result;
            form.setI18n(i18n(getTranslation(refused.messageKey(), refused.arguments().toArray())));
            form.setError(true);
            form.setEnabled(true);
        }
    }

    private LoginI18n i18n(String error) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("app.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("login.title"));
        i18n.getErrorMessage().setMessage(error == null ? getTranslation("signIn.badCredentials") : error);
        i18n.setAdditionalInformation(getTranslation("login.forgot"));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · 团标通";
    }
}
