package cn.tuanbiao.shared.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;

import java.util.Set;

/** Where the navigation entries of features still being built lead: says so plainly. */
@Prototype
@Route(value = "soon/:feature", layout = MainLayout.class)
public class ComingSoonView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final Set<String> FEATURES = Set.of("comments", "ballots", "meetings", "patents",
            "appeals", "publication", "members", "supervision");

    private final H2 heading = new H2();
    private final Paragraph text = new Paragraph();

    public ComingSoonView() {
        add(heading, text);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String feature = event.getRouteParameters().get("feature").filter(FEATURES::contains).orElse("comments");
        heading.setText(getTranslation("comingSoon.title"));
        text.setText(getTranslation("comingSoon.text", getTranslation("nav." + feature)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("comingSoon.title");
    }
}
