package cn.tuanbiao.patents.ui;

import cn.tuanbiao.patents.domain.PatentDeclaration;
import cn.tuanbiao.patents.service.PatentRegister;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.ui.MainLayout;
import cn.tuanbiao.shared.ui.UiSession;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;

/** The organization's IP register (PART-4): every patent declared on any of its standards, paged. */
@Prototype
@Route(value = "patents", layout = MainLayout.class)
public class PatentRegisterView extends VerticalLayout implements HasDynamicTitle {

    public PatentRegisterView(PatentRegister patents) {
        PersonId me = UiSession.requireSignedIn().person();
        TenantId tenant = UiSession.tenant().orElse(null);
        setSizeFull();
        add(new H2(getTranslation("patents.register")));
        if (tenant == null) {
            return;
        }
        Grid<PatentDeclaration> grid = PatentGrids.declarations(this, true);
        grid.setId("patent-register");
        grid.setItems(query -> patents.register(me, tenant, new PageRequest(query.getOffset(), query.getLimit()))
                        .items().stream(),
                query -> (int) patents.register(me, tenant, PageRequest.first(1)).total());
        grid.setSizeFull();
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("patents.register") + " · 团标通";
    }
}
