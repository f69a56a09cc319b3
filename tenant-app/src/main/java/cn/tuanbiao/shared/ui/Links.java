package cn.tuanbiao.shared.ui;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequest;

/** Absolute links to hand to people outside the session (invitations). */
public final class Links {

    private Links() {
    }

    public static String absolute(String path) {
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest servletRequest) {
            HttpServletRequest request = servletRequest.getHttpServletRequest();
            return request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort() + path;
        }
        return path;
    }
}
