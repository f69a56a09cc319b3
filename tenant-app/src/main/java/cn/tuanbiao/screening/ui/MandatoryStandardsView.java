package cn.tuanbiao.screening.ui;

import cn.tuanbiao.screening.domain.ReferenceStandard;
import cn.tuanbiao.screening.service.MandatoryStandardsImport;
import cn.tuanbiao.shared.domain.FieldProblem;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.ui.FormErrors;
import cn.tuanbiao.shared.ui.MainLayout;
import cn.tuanbiao.shared.ui.OperatorOnly;
import cn.tuanbiao.shared.ui.UiSession;
import cn.tuanbiao.tenancy.PersonId;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;

/** The operator imports the list of mandatory national standards that projects are checked against (LC-7). */
@Prototype
@OperatorOnly
@Route(value = "platform/mandatory-standards", layout = MainLayout.class)
public class MandatoryStandardsView extends VerticalLayout implements HasDynamicTitle {

    private static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

    private final MandatoryStandardsImport mandatory;
    private final PersonId me;
    private final Grid<ReferenceStandard> grid = new Grid<>();
    private final TextField search = new TextField();

    public MandatoryStandardsView(MandatoryStandardsImport mandatory) {
        this.mandatory = mandatory;
        this.me = UiSession.requireSignedIn().person();
        setSizeFull();
        add(new H2(getTranslation("mandatory.title")), new Paragraph(getTranslation("mandatory.help")));

        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = new Upload(buffer);
        upload.setId("mandatory-upload");
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.addSucceededListener(done -> {
            try (var reader = new InputStreamReader(buffer.getInputStream(), StandardCharsets.UTF_8)) {
                int count = mandatory.importCsv(me, reader).standards();
                FormErrors.Notifications.success(getTranslation("mandatory.imported", count));
                grid.getDataProvider().refreshAll();
            } catch (InvalidInputException e) {
                FormErrors.Notifications.error(getTranslation("mandatory.refused") + "\n" + e.problems().stream()
                        .map(this::describe).collect(Collectors.joining("\n")));
            } catch (java.io.IOException e) {
                FormErrors.Notifications.error(getTranslation("mandatory.unreadable"));
            }
            upload.clearFileList();
        });
        upload.addFileRejectedListener(rejected -> FormErrors.Notifications.error(getTranslation("mandatory.unreadable")));
        add(upload);

        search.setPlaceholder(getTranslation("mandatory.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(search);
        grid.setId("mandatory-grid");
        grid.addColumn(ReferenceStandard::number).setHeader(getTranslation("mandatory.column.number")).setAutoWidth(true);
        grid.addColumn(ReferenceStandard::title).setHeader(getTranslation("mandatory.column.title")).setFlexGrow(1);
        grid.addColumn(r -> r.scope() == null ? "" : r.scope()).setHeader(getTranslation("mandatory.column.scope"))
                .setFlexGrow(2);
        grid.setItems(query -> mandatory.list(search.getValue(), new PageRequest(query.getOffset(), query.getLimit()))
                        .items().stream(),
                query -> (int) mandatory.list(search.getValue(), PageRequest.first(1)).total());
        add(grid);
    }

    private String describe(FieldProblem problem) {
        return getTranslation(problem.messageKey(), problem.arguments().toArray());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mandatory.title") + " · 团标通";
    }
}
