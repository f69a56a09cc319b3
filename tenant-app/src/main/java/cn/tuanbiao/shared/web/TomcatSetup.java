package cn.tuanbiao.shared.web;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import org.apache.catalina.Container;
import org.apache.catalina.Context;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.startup.Tomcat;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.tomcat.util.http.Rfc6265CookieProcessor;

/**
 * Fixes to the embedded Tomcat: it starts without MIME mappings, so Vaadin's JavaScript
 * would be served without a Content-Type and refused by the browser (STACK.md pitfall 1);
 * its session cookie gets SameSite=Lax; and its own error pages would show stack traces and
 * the server version to anyone.
 */
@Singleton
class TomcatSetup implements BeanCreatedEventListener<Tomcat> {

    @Override
    public Tomcat onCreated(BeanCreatedEvent<Tomcat> event) {
        Tomcat tomcat = event.getBean();
        for (Container child : tomcat.getHost().findChildren()) {
            if (child instanceof Context context) {
                Tomcat.addDefaultMimeTypeMappings(context);
                // The UI's session cookie is not sent along with requests started by other sites.
                Rfc6265CookieProcessor cookies = new Rfc6265CookieProcessor();
                cookies.setSameSiteCookies("lax");
                context.setCookieProcessor(cookies);
            }
        }
        if (tomcat.getHost() instanceof StandardHost host) {
            host.setErrorReportValveClass(QuietErrorReports.class.getName());
        }
        return tomcat;
    }

    /** Tomcat's error page without the stack trace and the server version. */
    public static class QuietErrorReports extends ErrorReportValve {

        public QuietErrorReports() {
            setShowReport(false);
            setShowServerInfo(false);
        }
    }
}
