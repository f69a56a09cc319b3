package cn.tuanbiao.console.alliance.ui;

import cn.tuanbiao.console.alliance.domain.Convention;
import cn.tuanbiao.console.alliance.domain.ConventionText;
import cn.tuanbiao.console.alliance.service.AllianceConventions;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.ui.FormErrors;
import cn.tuanbiao.shared.ui.MainLayout;
import cn.tuanbiao.shared.ui.UiSession;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.users.domain.OrganizationRole;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * 联盟秘书处 · 自律公约 (SUP-1): the convention's versions, newest first; the secretariat publishes the
 * next version. Which member accepted which version shows on the roster.
 */
@Prototype
@Route(value = "alliance/convention", layout = MainLayout.class)
public class AllianceConventionView extends VerticalLayout implements HasDynamicTitle {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final AllianceConventions conventions;
    private final PersonId me;
    private final TenantId alliance;
    private final Div versions = new Div();

    public AllianceConventionView(AllianceConventions conventions) {
        this.conventions = conventions;
        this.me = UiSession.requireSignedIn().person();
        this.alliance = UiSession.tenant().orElse(null);
        setWidthFull();
        add(new H2(getTranslation("alliance.convention.title")), new Paragraph(getTranslation("alliance.convention.intro")));
        if (alliance == null) {
            return;
        }
        if (UiSession.hasRole(OrganizationRole.SECRETARIAT) || UiSession.hasRole(OrganizationRole.ADMINISTRATOR)) {
            TextField title = new TextField(getTranslation("alliance.convention.field.title"));
            title.setWidth("32em");
            title.setId("alliance-convention-title");
            TextArea body = new TextArea(getTranslation("alliance.convention.field.body"));
            body.setWidthFull();
            body.setMinHeight("12em");
            body.setId("alliance-convention-body");
            FormErrors errors = new FormErrors(this).field("title", title).field("body", body);
            Button publish = new Button(getTranslation("alliance.convention.publish"), click -> {
                errors.clear();
                try {
                    Convention published = conventions.publish(me, alliance, new ConventionText(title.getValue(),
                            body.getValue()));
                    FormErrors.Notifications.success(getTranslation("alliance.convention.published",
                            published.version()));
                    title.clear();
                    body.clear();
                    refresh();
                } catch (InvalidInputException e) {
                    errors.show(e);
                } catch (AccessDeniedException e) {
                    FormErrors.Notifications.error(getTranslation(e.messageKey()));
                }
            });
            publish.setId("alliance-convention-publish");
            publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(new Details(getTranslation("alliance.convention.new"), new VerticalLayout(title, body, publish)));
        }
        versions.setWidthFull();
        add(versions);
        refresh();
    }

    private void refresh() {
        versions.removeAll();
        List<Convention> all;
        try {
            all = conventions.versions(me, alliance);
        } catch (AccessDeniedException e) {
            versions.add(new Paragraph(getTranslation(e.messageKey())));
            return;
        }
        if (all.isEmpty()) {
            versions.add(new Paragraph(getTranslation("alliance.convention.none")));
        }
        for (Convention c : all) {
            versions.add(new H3(getTranslation("alliance.convention.version", c.version()) + " · " + c.title()));
            versions.add(new Paragraph(getTranslation("alliance.convention.publishedBy", c.publishedByName(),
                    TIME.format(c.publishedAt()))));
            Pre text = new Pre(c.body());
            text.getStyle().set("white-space", "pre-wrap");
            versions.add(text);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("alliance.convention.title") + " · 团标通";
    }
}
