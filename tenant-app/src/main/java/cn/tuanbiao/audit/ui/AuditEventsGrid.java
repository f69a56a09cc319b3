package cn.tuanbiao.audit.ui;

import cn.tuanbiao.audit.domain.AuditEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

/** Audit events as a grid: when, who, what, and the details that were recorded (AUD-1). */
public class AuditEventsGrid extends Grid<AuditEvent> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Shanghai"));

    public AuditEventsGrid(boolean showSubject) {
        addThemeVariants(GridVariant.LUMO_COMPACT);
        addColumn(AuditEvent::sequence).setHeader(getTranslation("audit.column.sequence")).setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(e -> TIME.format(e.recordedAt())).setHeader(getTranslation("audit.column.time")).setAutoWidth(true);
        addColumn(e -> e.actorName() == null ? e.actor().toString() : e.actorName())
                .setHeader(getTranslation("audit.column.actor")).setAutoWidth(true);
        if (showSubject) {
            addColumn(e -> translatedOr("audit.subject." + e.subjectType(), e.subjectType()))
                    .setHeader(getTranslation("audit.column.subject")).setAutoWidth(true);
        }
        addColumn(e -> translatedOr("audit.action." + e.action(), e.action()))
                .setHeader(getTranslation("audit.column.action")).setAutoWidth(true);
        addColumn(AuditEventsGrid::details).setHeader(getTranslation("audit.column.details")).setFlexGrow(1);
        addColumn(e -> e.hash().substring(0, 12) + "…").setHeader(getTranslation("audit.column.hash")).setAutoWidth(true);
    }

    private static String details(AuditEvent event) {
        String details = event.details().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .map(d -> d.getKey() + "=" + d.getValue()).collect(Collectors.joining("，"));
        return event.reason() == null ? details : event.reason() + (details.isEmpty() ? "" : "（" + details + "）");
    }

    /** The translation of {@code key}, or {@code fallback} when the bundle has none (a newer action, say). */
    private String translatedOr(String key, String fallback) {
        String text = getTranslation(key);
        return text == null || text.isEmpty() || text.startsWith("!") || text.equals(key) ? fallback : text;
    }
}
