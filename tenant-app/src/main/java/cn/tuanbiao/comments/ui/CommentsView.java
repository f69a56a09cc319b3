package cn.tuanbiao.comments.ui;

import cn.tuanbiao.comments.domain.DraftUnderComment;
import cn.tuanbiao.comments.service.CommentService;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.ui.MainLayout;
import cn.tuanbiao.shared.ui.UiSession;
import cn.tuanbiao.standards.ui.StandardDetailView;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;

/** The drafts taking comments or being resolved (LC-2, PART-1): when each closes and how many comments are still open. */
@Prototype
@Route(value = "comments", layout = MainLayout.class)
public class CommentsView extends VerticalLayout implements HasDynamicTitle {

    public CommentsView(CommentService comments) {
        PersonId me = UiSession.requireSignedIn().person();
        TenantId tenant = UiSession.tenant().orElse(null);
        add(new H2(getTranslation("nav.comments")));
        Grid<DraftUnderComment> grid = new Grid<>();
        grid.setId("drafts-under-comment");
        grid.addComponentColumn(d -> new RouterLink(d.titleZh(), StandardDetailView.class,
                new RouteParameters("id", d.standard().toString()))).setHeader(getTranslation("catalogue.column.title"))
                .setFlexGrow(2);
        grid.addColumn(d -> getTranslation("stage." + d.stage().name())).setHeader(getTranslation("catalogue.column.status"))
                .setAutoWidth(true);
        grid.addColumn(d -> getTranslation("audience." + d.audience().name())).setHeader(getTranslation("field.audience"))
                .setAutoWidth(true);
        grid.addColumn(d -> d.closes().minusDays(1).toString()).setHeader(getTranslation("catalogue.column.commentUntil"))
                .setAutoWidth(true);
        grid.addColumn(DraftUnderComment::comments).setHeader(getTranslation("field.comments")).setAutoWidth(true);
        grid.addColumn(DraftUnderComment::open).setHeader(getTranslation("comments.column.open")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("comments.noDrafts"));
        if (tenant != null) {
            grid.setItems(q -> comments.draftsUnderComment(me, tenant, new PageRequest(q.getOffset(), q.getLimit()))
                            .items().stream(),
                    q -> (int) comments.draftsUnderComment(me, tenant, PageRequest.first(1)).total());
        }
        add(grid);
        setSizeFull();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.comments");
    }
}
