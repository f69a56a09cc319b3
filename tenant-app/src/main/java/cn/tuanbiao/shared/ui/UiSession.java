package cn.tuanbiao.shared.ui;

import cn.tuanbiao.shared.i18n.Messages;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.users.domain.MyOrganization;
import cn.tuanbiao.users.domain.OrganizationRole;
import com.vaadin.flow.server.VaadinSession;

import java.util.Locale;
import java.util.Optional;

/**
 * What the UI remembers per browser session: who signed in, which organization they work
 * in, and their language. The organization here is only a choice; services check the
 * membership behind it on every call.
 */
public final class UiSession {

    private UiSession() {
    }

    /** The signed-in person as the UI shows them. */
    public record SignedIn(PersonId person, String email, String displayName, boolean operator) {
    }

    public static Optional<SignedIn> signedIn() {
        return Optional.ofNullable(session().getAttribute(SignedIn.class));
    }

    public static SignedIn requireSignedIn() {
        return signedIn().orElseThrow(() -> new IllegalStateException("Not signed in"));
    }

    public static void signIn(SignedIn person, Locale locale) {
        session().setAttribute(SignedIn.class, person);
        session().setAttribute(MyOrganization.class, null);
        setLocale(locale);
    }

    public static Optional<MyOrganization> organization() {
        return Optional.ofNullable(session().getAttribute(MyOrganization.class));
    }

    public static Optional<TenantId> tenant() {
        return organization().map(MyOrganization::tenant);
    }

    public static boolean hasRole(OrganizationRole role) {
        return organization().map(o -> o.roles().contains(role)).orElse(false);
    }

    public static void switchTo(MyOrganization organization) {
        session().setAttribute(MyOrganization.class, organization);
    }

    public static Locale locale() {
        Locale chosen = session().getAttribute(Locale.class);
        return chosen == null ? Messages.CHINESE : chosen;
    }

    public static void setLocale(Locale locale) {
        session().setAttribute(Locale.class, Messages.supported(locale));
        session().setLocale(Messages.supported(locale));
    }

    public static void signOut() {
        VaadinSession session = session();
        session.setAttribute(SignedIn.class, null);
        session.setAttribute(MyOrganization.class, null);
        session.getSession().invalidate();
    }

    private static VaadinSession session() {
        return VaadinSession.getCurrent();
    }
}
