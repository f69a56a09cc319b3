package cn.tuanbiao.shared.ui.vaadin;

import com.vaadin.flow.di.LookupInitializer;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.startup.ErrorNavigationTargetInitializer;
import com.vaadin.flow.server.startup.LookupServletContainerInitializer;
import com.vaadin.flow.server.startup.RouteRegistryInitializer;
import com.vaadin.flow.server.startup.VaadinAppShellInitializer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Requires;
import io.micronaut.inject.BeanDefinition;
import io.micronaut.inject.qualifiers.Qualifiers;
import jakarta.inject.Singleton;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRegistration;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Starts Vaadin inside Micronaut's embedded Tomcat without classpath scanning: the routes
 * are the beans annotated {@link Route}, and Vaadin's servlet takes every path that
 * Micronaut's own servlet does not (see {@code PlatformServletInitializer}).
 * Switched off with {@code tuanbiao.ui.enabled=false} (API-only tests).
 */
@Singleton
@Requires(property = "tuanbiao.ui.enabled", notEquals = "false")
class VaadinUiInitializer implements ServletContainerInitializer {

    private final ApplicationContext context;

    VaadinUiInitializer(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void onStartup(Set<Class<?>> ignored, ServletContext servletContext) throws ServletException {
        ServletRegistration.Dynamic servlet = servletContext.addServlet("vaadin", new MicronautVaadinServlet(context));
        servlet.addMapping("/*");
        servlet.setAsyncSupported(true);
        servlet.setLoadOnStartup(1);

        new LookupServletContainerInitializer().process(Set.of(LookupInitializer.class), servletContext);
        new RouteRegistryInitializer().process(routes(), servletContext);
        // Reads its configuration from the registered servlet, so it runs after the registration.
        new VaadinAppShellInitializer().process(Set.of(AppShell.class), servletContext);
        new ErrorNavigationTargetInitializer().process(new HashSet<>(), servletContext);
    }

    private Set<Class<?>> routes() {
        return context.getBeanDefinitions(Qualifiers.byStereotype(Route.class)).stream()
                .map(BeanDefinition::getBeanType)
                .collect(Collectors.toSet());
    }
}
