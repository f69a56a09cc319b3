package cn.tuanbiao.shared.ui;

import cn.tuanbiao.users.ui.LoginView;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.inject.Singleton;

/**
 * Sends anyone not signed in to the sign-in view before any other view is built, and keeps
 * operator views to operators. (Micronaut Security's filters do not see Vaadin's requests.)
 */
@Singleton
class UiAccessGuard implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(new UiErrorHandler()));
        event.getSource().addUIInitListener(init -> {
            init.getUI().setLocale(UiSession.locale());
            init.getUI().addBeforeEnterListener(this::check);
        });
    }

    private void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target.isAnnotationPresent(PublicView.class)) {
            return;
        }
        if (UiSession.signedIn().isEmpty()) {
            event.rerouteTo(LoginView.class);
        } else if (target.isAnnotationPresent(OperatorOnly.class) && !UiSession.requireSignedIn().operator()) {
            event.rerouteTo(DashboardView.class);
        }
    }
}
