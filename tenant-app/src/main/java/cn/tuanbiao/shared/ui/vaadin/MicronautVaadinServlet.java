package cn.tuanbiao.shared.ui.vaadin;

import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinServletService;
import io.micronaut.context.ApplicationContext;

import java.net.URL;

/**
 * Vaadin's servlet, with a service whose instantiator asks Micronaut for beans and which serves
 * the static files under {@code META-INF/resources} of the jars (our stylesheet and icon): the
 * embedded Tomcat's servlet context does not see them, so without this {@code /styles/tuanbiao.css}
 * answered with the application's HTML page.
 */
class MicronautVaadinServlet extends VaadinServlet {

    private final transient ApplicationContext context;

    MicronautVaadinServlet(ApplicationContext context) {
        this.context = context;
    }

    @Override
    protected VaadinServletService createServletService(DeploymentConfiguration configuration) throws ServiceException {
        VaadinServletService service = new VaadinServletService(this, configuration) {
            @Override
            protected Instantiator createInstantiator() {
                return new MicronautInstantiator(this, context);
            }

            @Override
            public URL getStaticResource(String path) {
                URL inContext = super.getStaticResource(path);
                // Vaadin's static file server refuses unsafe paths before it asks, and directories after.
                return inContext != null || !path.startsWith("/") ? inContext
                        : getClassLoader().getResource("META-INF/resources" + path);
            }
        };
        service.init();
        return service;
    }
}
