package cn.tuanbiao.practice.ui;

import cn.tuanbiao.practice.domain.Catalogue;
import cn.tuanbiao.practice.domain.Indicator;
import cn.tuanbiao.practice.domain.Scheme;
import cn.tuanbiao.practice.domain.SchemeHeader;
import cn.tuanbiao.practice.service.PracticeCatalogue;
import cn.tuanbiao.practice.service.SelfEvaluations;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.ui.FormErrors;
import cn.tuanbiao.shared.ui.MainLayout;
import cn.tuanbiao.shared.ui.OperatorOnly;
import cn.tuanbiao.shared.ui.UiSession;
import cn.tuanbiao.tenancy.PersonId;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** The operator imports the good-practice indicator catalogue (PUB-2) as a new version and browses every version. */
@Prototype
@OperatorOnly
@Route(value = "platform/good-practice", layout = MainLayout.class)
public class PracticeCatalogueView extends VerticalLayout implements HasDynamicTitle {

    private static final int MAX_FILE_BYTES = 5 * 1024 * 1024;

    private final PracticeCatalogue catalogue;
    private final PersonId me;
    private final Select<Scheme> version = new Select<>();
    private final Paragraph summary = new Paragraph();
    private final Grid<Indicator> grid = new Grid<>();

    public PracticeCatalogueView(PracticeCatalogue catalogue) {
        this.catalogue = catalogue;
        this.me = UiSession.requireSignedIn().person();
        setSizeFull();
        add(new H2(getTranslation("practice.catalogue.title")), new Paragraph(getTranslation("practice.catalogue.help")));

        TextField newVersion = new TextField(getTranslation("practice.catalogue.version"));
        newVersion.setId("catalogue-version");
        IntegerField year = new IntegerField(getTranslation("practice.catalogue.schemeYear"));
        year.setValue(2024);
        TextField title = new TextField(getTranslation("practice.catalogue.schemeTitle"));
        title.setValue("团体标准化良好行为评价指标（2024 版）");
        title.setWidth("22em");
        BigDecimalField one = threshold("practice.catalogue.oneStar", "70");
        BigDecimalField two = threshold("practice.catalogue.twoStar", "85");
        BigDecimalField three = threshold("practice.catalogue.threeStar", "95");
        HorizontalLayout header = new HorizontalLayout(newVersion, year, title, one, two, three);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setWrap(true);

        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = new Upload(buffer);
        upload.setId("catalogue-upload");
        upload.setAcceptedFileTypes(".csv", "text/csv", ".xlsx");
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.addSucceededListener(done -> {
            try (var in = buffer.getInputStream()) {
                Scheme imported = catalogue.importFile(me, new SchemeHeader(newVersion.getValue(), year.getValue(),
                        title.getValue(), one.getValue(), two.getValue(), three.getValue()), done.getFileName(), in);
                FormErrors.Notifications.success(getTranslation("practice.catalogue.imported", imported.version()));
                refreshVersions(imported.version());
            } catch (InvalidInputException e) {
                FormErrors.Notifications.error(getTranslation("practice.catalogue.refused") + "\n" + e.problems().stream()
                        .map(p -> getTranslation(p.messageKey(), p.arguments().toArray()))
                        .collect(Collectors.joining("\n")));
            } catch (java.io.IOException e) {
                FormErrors.Notifications.error(getTranslation("practice.import.unreadable"));
            }
            upload.clearFileList();
        });
        add(header, upload);

        version.setId("catalogue-versions");
        version.setLabel(getTranslation("practice.catalogue.version"));
        version.setItemLabelGenerator(s -> s.version() + " · " + s.title());
        version.addValueChangeListener(change -> show(change.getValue()));
        grid.setId("catalogue-grid");
        grid.addColumn(Indicator::code).setHeader(getTranslation("practice.column.code")).setAutoWidth(true);
        grid.addColumn(i -> "　".repeat(i.level() - 1) + i.nameZh()).setHeader(getTranslation("practice.column.name"))
                .setFlexGrow(2);
        grid.addColumn(i -> SelfEvaluations.points(i.points())).setHeader(getTranslation("practice.column.points"))
                .setAutoWidth(true);
        grid.addColumn(i -> i.basic() ? "✓" : "").setHeader(getTranslation("practice.column.basic")).setAutoWidth(true);
        grid.addColumn(i -> i.evidence() == null ? "" : i.evidence().toString())
                .setHeader(getTranslation("practice.column.evidence")).setAutoWidth(true);
        grid.addColumn(i -> i.criteria() == null ? "" : i.criteria()).setHeader(getTranslation("practice.column.criteria"))
                .setFlexGrow(3);
        add(version, summary, grid);
        refreshVersions(null);
    }

    private BigDecimalField threshold(String label, String value) {
        BigDecimalField field = new BigDecimalField(getTranslation(label));
        field.setValue(new BigDecimal(value));
        field.setWidth("7em");
        return field;
    }

    private void refreshVersions(String select) {
        List<Scheme> schemes = catalogue.schemes();
        version.setItems(schemes);
        schemes.stream().filter(s -> select == null || s.version().equals(select)).findFirst().ifPresentOrElse(
                version::setValue, () -> summary.setText(getTranslation("practice.catalogue.empty")));
    }

    private void show(Scheme scheme) {
        if (scheme == null) {
            grid.setItems(List.of());
            return;
        }
        Catalogue shown = catalogue.catalogue(scheme.version());
        summary.setText(getTranslation("practice.catalogue.summary", scheme.title(), shown.level(1).size(),
                shown.level(2).size(), shown.level(3).size(), shown.basicConditions().size(),
                SelfEvaluations.points(scheme.oneStar()), SelfEvaluations.points(scheme.twoStar()),
                SelfEvaluations.points(scheme.threeStar())));
        grid.setItems(shown.indicators());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("practice.catalogue.title") + " · 团标通";
    }
}
