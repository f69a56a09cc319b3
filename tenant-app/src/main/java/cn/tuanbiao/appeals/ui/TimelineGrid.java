package cn.tuanbiao.appeals.ui;

import cn.tuanbiao.appeals.domain.TimelineEntry;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import java.util.List;

/** A case's timeline, oldest first: when, what, who (the public when nobody is named), and why. */
class TimelineGrid extends Grid<TimelineEntry> {

    TimelineGrid(String id, List<TimelineEntry> entries) {
        setId(id);
        addThemeVariants(GridVariant.LUMO_COMPACT);
        setAllRowsVisible(true);
        addColumn(e -> CaseView.TIME.format(e.at())).setHeader(getTranslation("audit.column.time")).setAutoWidth(true);
        addColumn(e -> getTranslation("audit.action." + e.action())).setHeader(getTranslation("audit.column.action"))
                .setAutoWidth(true);
        addColumn(e -> e.actor() == null ? getTranslation("cases.thePublic") : e.actor())
                .setHeader(getTranslation("audit.column.actor")).setAutoWidth(true);
        addColumn(e -> e.reason() == null ? "" : e.reason()).setHeader(getTranslation("field.reason")).setFlexGrow(1);
        setItems(entries);
    }
}
