package cn.tuanbiao.patents.ui;

import cn.tuanbiao.patents.domain.PatentDeclaration;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;

/** The grid of patent declarations the standard's page and the IP register share. */
final class PatentGrids {

    private PatentGrids() {
    }

    static Grid<PatentDeclaration> declarations(Component owner, boolean withStandard) {
        Grid<PatentDeclaration> grid = new Grid<>();
        grid.setAllRowsVisible(!withStandard);
        if (withStandard) {
            grid.addColumn(PatentDeclaration::standardTitle).setHeader(owner.getTranslation("patents.column.standard"))
                    .setAutoWidth(true);
        }
        grid.addColumn(PatentDeclaration::patentNumber).setHeader(owner.getTranslation("patents.column.number"))
                .setAutoWidth(true);
        grid.addColumn(PatentDeclaration::patentTitle).setHeader(owner.getTranslation("patents.column.title")).setFlexGrow(1);
        grid.addColumn(PatentDeclaration::holder).setHeader(owner.getTranslation("patents.column.holder")).setAutoWidth(true);
        grid.addColumn(d -> owner.getTranslation("patentLicensing." + d.licensing().name()))
                .setHeader(owner.getTranslation("patents.column.licensing")).setAutoWidth(true);
        grid.addColumn(PatentDeclaration::declarantName).setHeader(owner.getTranslation("patents.column.declarant"))
                .setAutoWidth(true);
        grid.addColumn(d -> d.refusalDecision() == null ? "" : d.refusalDecision())
                .setHeader(owner.getTranslation("patents.column.decision")).setAutoWidth(true);
        grid.setEmptyStateText(owner.getTranslation("patents.none"));
        return grid;
    }
}
