package cn.tuanbiao.catalogue.ui;

import cn.tuanbiao.catalogue.domain.CatalogueEntry;
import cn.tuanbiao.catalogue.domain.PublicOrganization;
import cn.tuanbiao.catalogue.domain.PublicStatus;
import cn.tuanbiao.catalogue.service.PublicCatalogue;
import cn.tuanbiao.comments.service.PublicComments;
import cn.tuanbiao.comments.ui.PublicCommentForm;
import cn.tuanbiao.documents.domain.DocumentKind;
import cn.tuanbiao.documents.ui.DocumentLinks;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.ui.PublicView;
import cn.tuanbiao.standards.domain.StandardId;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One standard or open draft in the public catalogue (PUB-3): its metadata, status and public documents. */
@Prototype
@PublicView
@Route("catalogue/:code/:id")
public class CatalogueEntryView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PublicCatalogue catalogue;
    private final PublicComments publicComments;
    private String title = "";

    public CatalogueEntryView(PublicCatalogue catalogue, PublicComments publicComments) {
        this.catalogue = catalogue;
        this.publicComments = publicComments;
        addClassName("tb-public");
        setMaxWidth("72em");
    }

    static RouteParameters parameters(String code, UUID id) {
        return new RouteParameters(Map.of("code", code, "id", id.toString()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            PublicOrganization organization = catalogue.organization(event.getRouteParameters().get("code").orElse(""));
            UUID id = UUID.fromString(event.getRouteParameters().get("id").orElse(""));
            Map<String, List<String>> query = event.getLocation().getQueryParameters().getParameters();
            show(organization, catalogue.entry(organization, id), first(query, "verification"), first(query, "code"));
        } catch (NotFoundException e) {
            add(new Paragraph(getTranslation(e.messageKey())));
        } catch (IllegalArgumentException e) {
            add(new Paragraph(getTranslation("standard.notFound")));
        }
    }

    private static String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private void show(PublicOrganization organization, CatalogueEntry entry, String verification, String code) {
        title = entry.titleZh();
        RouterLink back = new RouterLink(getTranslation("catalogue.title", organization.nameZh()), CatalogueView.class,
                new RouteParameters("code", organization.code()));
        H2 heading = new H2(entry.titleZh());
        heading.setId("entry-title");
        Span status = new Span(getTranslation("publicStatus." + entry.status().name()));
        status.setId("entry-status");
        status.getElement().getThemeList().add("badge");
        add(back, heading, status);

        FormLayout facts = new FormLayout();
        fact(facts, "catalogue.column.number", entry.number());
        fact(facts, "field.titleEn", entry.titleEn());
        fact(facts, "catalogue.column.publishedOn", entry.publishedOn() == null ? null : entry.publishedOn().toString());
        fact(facts, "catalogue.column.inForceFrom", entry.inForceFrom() == null ? null : entry.inForceFrom().toString());
        fact(facts, "catalogue.column.commentUntil",
                entry.commentCloses() == null ? null : entry.commentCloses().minusDays(1).toString());
        fact(facts, "catalogue.draftingUnits", entry.draftingUnits());
        add(facts, new H3(getTranslation("catalogue.scope")), new Paragraph(entry.scope()));

        add(new H3(getTranslation("catalogue.documents")));
        for (DocumentKind kind : PublicCatalogue.publicDocuments(entry)) {
            add(download(organization, entry, kind));
        }
        if (entry.status() == PublicStatus.OPEN_FOR_COMMENT) {
            add(new H3(getTranslation("catalogue.comment")));
            add(new Paragraph(getTranslation("catalogue.commentHint")));
            add(new PublicCommentForm(publicComments, organization, new StandardId(entry.id()), verification, code));
        }
    }

    private void fact(FormLayout facts, String label, String value) {
        if (value != null && !value.isBlank()) {
            Span text = new Span(value);
            facts.addFormItem(text, getTranslation(label));
        }
    }

    private Anchor download(PublicOrganization organization, CatalogueEntry entry, DocumentKind kind) {
        Anchor link = DocumentLinks.download(getTranslation("document." + kind.name()),
                () -> catalogue.document(organization, entry.id(), kind));
        link.setId("entry-document-" + kind.name());
        return link;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
