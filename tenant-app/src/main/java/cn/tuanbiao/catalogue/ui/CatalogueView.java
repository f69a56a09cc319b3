package cn.tuanbiao.catalogue.ui;

import cn.tuanbiao.appeals.service.PublicComplaints;
import cn.tuanbiao.appeals.ui.PublicComplaintForm;
import cn.tuanbiao.catalogue.domain.CatalogueEntry;
import cn.tuanbiao.catalogue.domain.PublicOrganization;
import cn.tuanbiao.catalogue.service.PublicCatalogue;
import cn.tuanbiao.chambers.service.ChamberReports;
import cn.tuanbiao.chambers.ui.FeeRulesView;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.ui.PublicView;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;

import java.util.List;
import java.util.Map;

/**
 * An organization's public catalogue (PUB-3), open without signing in: the drafts open for public
 * comment, then the published standards with search by title, scope or number.
 */
@Prototype
@PublicView
@Route("catalogue/:code")
public class CatalogueView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PublicCatalogue catalogue;
    private final PublicComplaints complaints;
    private final ChamberReports chambers;
    private String title = "";

    public CatalogueView(PublicCatalogue catalogue, PublicComplaints complaints, ChamberReports chambers) {
        this.catalogue = catalogue;
        this.complaints = complaints;
        this.chambers = chambers;
        addClassName("tb-public");
        setMaxWidth("72em");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            PublicOrganization organization = catalogue.organization(event.getRouteParameters().get("code").orElse(""));
            show(organization);
            complaintForm(organization, event.getLocation().getQueryParameters().getParameters());
        } catch (NotFoundException e) {
            add(new Paragraph(getTranslation(e.messageKey())));
        }
    }

    private void show(PublicOrganization organization) {
        title = getTranslation("catalogue.title", organization.nameZh());
        H2 heading = new H2(title);
        heading.setId("catalogue-title");
        add(heading);
        // a chamber's fee rules declaration (SUP-3), when it has declared one
        chambers.publicFeeRules(organization).ifPresent(declared -> {
            H3 fees = new H3(getTranslation("chambers.fees.public"));
            fees.setId("catalogue-fee-rules");
            add(fees, FeeRulesView.declaration(this, declared, false));
        });

        add(new H3(getTranslation("catalogue.openDrafts")));
        Grid<CatalogueEntry> drafts = new Grid<>();
        drafts.setId("catalogue-drafts");
        drafts.setAllRowsVisible(true);
        drafts.addComponentColumn(e -> link(organization, e)).setHeader(getTranslation("catalogue.column.title")).setFlexGrow(2);
        drafts.addColumn(e -> e.commentCloses().minusDays(1).toString())
                .setHeader(getTranslation("catalogue.column.commentUntil")).setAutoWidth(true);
        drafts.setEmptyStateText(getTranslation("catalogue.noOpenDrafts"));
        drafts.setItems(q -> catalogue.openDrafts(organization, new PageRequest(q.getOffset(), q.getLimit())).items().stream(),
                q -> (int) catalogue.openDrafts(organization, PageRequest.first(1)).total());
        add(drafts);

        add(new H3(getTranslation("catalogue.published")));
        TextField search = new TextField();
        search.setId("catalogue-search");
        search.setPlaceholder(getTranslation("catalogue.searchHint"));
        search.setWidth("28em");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setClearButtonVisible(true);
        Grid<CatalogueEntry> published = new Grid<>();
        published.setId("catalogue-published");
        published.setHeight("32em");
        published.addColumn(CatalogueEntry::number).setHeader(getTranslation("catalogue.column.number")).setAutoWidth(true);
        published.addComponentColumn(e -> link(organization, e)).setHeader(getTranslation("catalogue.column.title")).setFlexGrow(2);
        published.addColumn(e -> getTranslation("publicStatus." + e.status().name()))
                .setHeader(getTranslation("catalogue.column.status")).setAutoWidth(true);
        published.addColumn(e -> e.publishedOn().toString()).setHeader(getTranslation("catalogue.column.publishedOn")).setAutoWidth(true);
        published.addColumn(e -> e.inForceFrom() == null ? "" : e.inForceFrom().toString())
                .setHeader(getTranslation("catalogue.column.inForceFrom")).setAutoWidth(true);
        published.setEmptyStateText(getTranslation("catalogue.nothingFound"));
        published.setItems(q -> catalogue.published(organization, search.getValue(),
                        new PageRequest(q.getOffset(), q.getLimit())).items().stream(),
                q -> (int) catalogue.published(organization, search.getValue(), PageRequest.first(1)).total());
        search.addValueChangeListener(e -> published.getDataProvider().refreshAll());
        add(search, published);
    }

    /** 投诉举报 (PART-6): anyone complains to the organization or reports it, after proving an e-mail address. */
    private void complaintForm(PublicOrganization organization, Map<String, List<String>> query) {
        String verification = query.getOrDefault("complaintVerification", List.of()).stream().findFirst().orElse(null);
        String code = query.getOrDefault("code", List.of()).stream().findFirst().orElse(null);
        Details complaint = new Details(getTranslation("publicComplaint.title"),
                new PublicComplaintForm(complaints, organization, verification, code));
        complaint.setId("catalogue-complaint");
        complaint.setOpened(verification != null);
        add(complaint);
    }

    private static RouterLink link(PublicOrganization organization, CatalogueEntry entry) {
        RouterLink link = new RouterLink(entry.titleZh(), CatalogueEntryView.class,
                CatalogueEntryView.parameters(organization.code(), entry.id()));
        link.setId("catalogue-entry-" + entry.id());
        return link;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
