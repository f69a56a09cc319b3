package cn.tuanbiao.standards.ui;

import cn.tuanbiao.documents.domain.AcceptedFileType;
import cn.tuanbiao.documents.domain.DocumentKind;
import cn.tuanbiao.documents.domain.DocumentVersion;
import cn.tuanbiao.documents.domain.StoredDocument;
import cn.tuanbiao.documents.service.CheckedFile;
import cn.tuanbiao.documents.service.DocumentService;
import cn.tuanbiao.documents.service.FileCheck;
import cn.tuanbiao.documents.ui.DocumentLinks;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.ui.FormErrors.Notifications;
import cn.tuanbiao.shared.ui.UploadTexts;
import cn.tuanbiao.standards.domain.LifecycleRefusal;
import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.standards.service.StandardDocuments;
import cn.tuanbiao.standards.service.StandardService;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

import java.io.File;
import java.io.FileInputStream;
import java.io.InputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A standard's stage documents (LC-5): every document with its newest version, each version
 * downloadable, and an upload that adds a version after the same checks as the API.
 */
class StandardDocumentsPanel extends VerticalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Asia/Shanghai"));

    private final DocumentService documents;
    private final StandardDocuments standardDocuments;
    private final FileCheck fileCheck;
    private final PersonId me;
    private final TenantId tenant;
    private final StandardId standard;
    private final Runnable onChange;
    private final Grid<StoredDocument> grid = new Grid<>();

    StandardDocumentsPanel(DocumentService documents, StandardDocuments standardDocuments, FileCheck fileCheck,
                           PersonId me, TenantId tenant, StandardId standard, boolean canUpload, Runnable onChange) {
        this.documents = documents;
        this.standardDocuments = standardDocuments;
        this.fileCheck = fileCheck;
        this.me = me;
        this.tenant = tenant;
        this.standard = standard;
        this.onChange = onChange;
        setPadding(false);
        setId("standard-documents");
        add(new H3(getTranslation("documents.title")));
        if (canUpload) {
            add(uploadForm());
        }
        grid.setId("documents-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(d -> label(d)).setHeader(getTranslation("documents.column.kind")).setAutoWidth(true);
        grid.addColumn(d -> d.latest().version()).setHeader(getTranslation("documents.column.version")).setAutoWidth(true);
        grid.addComponentColumn(d -> download(d.latest())).setHeader(getTranslation("documents.column.file"))
                .setAutoWidth(true);
        grid.addColumn(d -> size(d.latest().sizeBytes())).setHeader(getTranslation("documents.column.size"))
                .setAutoWidth(true);
        grid.addColumn(d -> uploaded(d.latest())).setHeader(getTranslation("documents.column.uploaded")).setAutoWidth(true);
        grid.addColumn(d -> d.latest().sha256().substring(0, 16) + "…")
                .setHeader(getTranslation("documents.column.sha256")).setAutoWidth(true);
        grid.setItems(query -> documents.documentsOf(me, tenant, StandardService.SUBJECT, standard.value(),
                        new PageRequest(query.getOffset(), query.getLimit())).items().stream(),
                query -> (int) documents.documentsOf(me, tenant, StandardService.SUBJECT, standard.value(),
                        PageRequest.first(1)).total());
        grid.addItemClickListener(click -> versions(click.getItem()).open());
        grid.setEmptyStateText(getTranslation("documents.none"));
        add(grid);
    }

    private HorizontalLayout uploadForm() {
        ComboBox<DocumentKind> kind = new ComboBox<>(getTranslation("documents.kind"));
        kind.setItems(List.of(DocumentKind.values()).stream().filter(k -> k != DocumentKind.PUBLICATION_NOTICE && k.ofStandards()).toList());
        kind.setItemLabelGenerator(k -> getTranslation("document." + k.name()));
        kind.setId("document-kind");
        kind.setWidth("14em");
        TextField title = new TextField(getTranslation("documents.documentTitle"));
        title.setMaxLength(200);
        title.setWidth("20em");
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.toTempFile((metadata, file) -> {
            try {
                if (kind.getValue() == null) {
                    ui.access(() -> {
                        kind.setErrorMessage(getTranslation("validation.required"));
                        kind.setInvalid(true);
                    });
                    return;
                }
                DocumentVersion added = store(metadata.fileName(), file, kind.getValue(), title.getValue());
                ui.access(() -> {
                    kind.setInvalid(false);
                    Notifications.success(getTranslation("documents.uploaded", metadata.fileName(), added.version()));
                    grid.getDataProvider().refreshAll();
                    onChange.run();
                });
            } catch (InvalidInputException e) {
                var problem = e.problems().get(0);
                ui.access(() -> Notifications.error(getTranslation(problem.messageKey(), problem.arguments().toArray())));
            } catch (LifecycleRefusal e) {
                ui.access(() -> Notifications.error(getTranslation(e.messageKey(), e.arguments().toArray())));
            } catch (AccessDeniedException e) {
                ui.access(() -> Notifications.error(getTranslation(e.messageKey())));
            } finally {
                file.delete();
            }
        }));
        upload.setId("document-upload");
        upload.setI18n(UploadTexts.of(this, fileCheck.maxBytes(), String.join(" ", AcceptedFileType.allExtensions())));
        upload.setAcceptedFileTypes(AcceptedFileType.allExtensions().toArray(String[]::new));
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, fileCheck.maxBytes()));
        upload.addFileRejectedListener(rejected -> Notifications.error(rejected.getErrorMessage()));
        HorizontalLayout form = new HorizontalLayout(kind, title, upload);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }

    private DocumentVersion store(String fileName, File file, DocumentKind kind, String title) throws java.io.IOException {
        try (InputStream content = new FileInputStream(file);
             CheckedFile checked = fileCheck.check(fileName, content)) {
            return standardDocuments.attach(me, tenant, standard, kind, title, checked);
        }
    }

    private Dialog versions(StoredDocument document) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("documents.versions") + " · " + label(document));
        Grid<DocumentVersion> versions = new Grid<>();
        versions.addColumn(DocumentVersion::version).setHeader(getTranslation("documents.column.version")).setAutoWidth(true);
        versions.addComponentColumn(this::download).setHeader(getTranslation("documents.column.file")).setAutoWidth(true);
        versions.addColumn(v -> size(v.sizeBytes())).setHeader(getTranslation("documents.column.size")).setAutoWidth(true);
        versions.addColumn(this::uploaded).setHeader(getTranslation("documents.column.uploaded")).setAutoWidth(true);
        versions.addColumn(DocumentVersion::sha256).setHeader(getTranslation("documents.column.sha256")).setAutoWidth(true);
        versions.setItems(documents.versions(me, tenant, document.id()));
        versions.setAllRowsVisible(true);
        versions.setWidth("70em");
        dialog.add(versions);
        return dialog;
    }

    private Anchor download(DocumentVersion version) {
        return DocumentLinks.download(version.fileName(),
                () -> documents.content(me, tenant, version.document(), version.version()));
    }

    private String label(StoredDocument document) {
        String kind = getTranslation("document." + document.kind().name());
        return document.title().isEmpty() ? kind : kind + "：" + document.title();
    }

    private String uploaded(DocumentVersion version) {
        return (version.uploadedByName() == null ? "" : version.uploadedByName() + " · ")
                + TIME.format(version.uploadedAt());
    }

    private static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format("%.1f KB", bytes / 1024.0);
        }
        return String.format("%.1f MB", bytes / (1024.0 * 1024));
    }
}
