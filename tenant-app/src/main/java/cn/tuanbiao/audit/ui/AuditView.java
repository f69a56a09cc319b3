package cn.tuanbiao.audit.ui;

import cn.tuanbiao.audit.domain.ChainVerification;
import cn.tuanbiao.audit.service.AuditLog;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.ui.FormErrors.Notifications;
import cn.tuanbiao.shared.ui.MainLayout;
import cn.tuanbiao.shared.ui.UiSession;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The organization's whole audit log (AUD-1), newest first and paged, for its administrators and
 * secretariat, with the hash-chain verification one click away.
 */
@Prototype
@Route(value = "audit", layout = MainLayout.class)
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    private static final List<String> SUBJECT_TYPES = List.of("STANDARD", "MEMBER", "BODY", "POLICY", "PLAN", "MEMBERSHIP", "ORGANIZATION",
            "STATISTICS");

    private final AuditLog log;
    private final PersonId me;
    private final TenantId tenant;
    private final AuditEventsGrid grid = new AuditEventsGrid(true);
    private final ComboBox<String> subjectType = new ComboBox<>();
    private final Div verdict = new Div();

    public AuditView(AuditLog log) {
        this.log = log;
        this.me = UiSession.requireSignedIn().person();
        this.tenant = UiSession.tenant().orElse(null);
        setSizeFull();
        add(new H2(getTranslation("audit.title")));
        if (tenant == null) {
            return;
        }
        subjectType.setItems(SUBJECT_TYPES);
        subjectType.setItemLabelGenerator(t -> getTranslation("audit.subject." + t));
        subjectType.setPlaceholder(getTranslation("audit.filter.subjectType"));
        subjectType.setClearButtonVisible(true);
        subjectType.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        Button verify = new Button(getTranslation("audit.verify"), VaadinIcon.CHECK_CIRCLE.create(), click -> verify());
        verify.setId("verify-audit");
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(subjectType, verify);
        toolbar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        verdict.setId("audit-verdict");
        grid.setItems(query -> log.events(me, tenant, subjectType.getValue(),
                        new PageRequest(query.getOffset(), query.getLimit())).items().stream(),
                query -> (int) log.events(me, tenant, subjectType.getValue(), PageRequest.first(1)).total());
        grid.setSizeFull();
        add(toolbar, verdict, grid);
    }

    private void verify() {
        ChainVerification result = log.verify(me, tenant);
        if (result.intact()) {
            verdict.setText(getTranslation("audit.intact", result.eventsChecked()));
            theme("success");
            Notifications.success(verdict.getText());
        } else {
            String breaks = result.breaks().stream()
                    .map(b -> getTranslation("audit.problem." + b.problem().name(), b.sequence()))
                    .collect(Collectors.joining("；"));
            verdict.setText(getTranslation("audit.broken", result.eventsChecked(), result.breaks().size(), breaks));
            theme("error");
            Notifications.error(verdict.getText());
        }
    }

    private void theme(String variant) {
        verdict.getElement().getThemeList().clear();
        verdict.getElement().getThemeList().add("badge");
        verdict.getElement().getThemeList().add(variant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " · 团标通";
    }
}
