package cn.tuanbiao.shared.ui.vaadin;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;

/** The page around every view: language, title, and our few styles on top of Lumo. */
@Meta(name = "viewport", content = "width=device-width, initial-scale=1")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("团标通");
        settings.addFavIcon("icon", "/icons/favicon.svg", "any");
        settings.addLink("stylesheet", "/styles/tuanbiao.css");
    }
}
