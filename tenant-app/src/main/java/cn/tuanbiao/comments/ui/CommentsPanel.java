package cn.tuanbiao.comments.ui;

import cn.tuanbiao.comments.domain.CommentDraft;
import cn.tuanbiao.comments.domain.CommentType;
import cn.tuanbiao.comments.domain.Disposition;
import cn.tuanbiao.comments.domain.DraftComment;
import cn.tuanbiao.comments.service.CommentService;
import cn.tuanbiao.comments.service.ResolutionTables;
import cn.tuanbiao.documents.service.FileCheck;
import cn.tuanbiao.documents.ui.DocumentLinks;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.ui.FormErrors.Notifications;
import cn.tuanbiao.shared.ui.FormErrors;
import cn.tuanbiao.shared.ui.SingleFileField;
import cn.tuanbiao.standards.domain.StandardId;
import cn.tuanbiao.standards.service.CommentResolution;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

/**
 * The comments on a draft (PART-1): members write them while the period runs; the working group and
 * the secretariat answer each with a disposition and its reason; anyone in the organization exports
 * the resolution table as Excel or Word.
 */
public class CommentsPanel extends VerticalLayout {

    private final CommentService comments;
    private final FileCheck fileCheck;
    private final PersonId me;
    private final TenantId tenant;
    private final StandardId standard;
    private final Runnable onChange;
    private final Grid<DraftComment> grid = new Grid<>();
    private final Span progress = new Span();
    private final Checkbox onlyOpen = new Checkbox();
    private final VerticalLayout editor = new VerticalLayout();

    /**
     * @param mayComment  the period runs and the viewer may comment
     * @param mayDispose  the resolution is open and the viewer is in the working group or the secretariat
     */
    public CommentsPanel(CommentService comments, ResolutionTables tables, FileCheck fileCheck, PersonId me,
                         TenantId tenant, StandardId standard, boolean mayComment, boolean mayDispose,
                         Runnable onChange) {
        this.comments = comments;
        this.fileCheck = fileCheck;
        this.me = me;
        this.tenant = tenant;
        this.standard = standard;
        this.onChange = onChange;
        setPadding(false);
        setId("comments");
        add(new H3(getTranslation("comments.title")));
        progress.setId("comments-progress");
        onlyOpen.setLabel(getTranslation("comments.onlyOpen"));
        onlyOpen.setId("comments-only-open");
        onlyOpen.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        HorizontalLayout bar = new HorizontalLayout(progress, onlyOpen,
                export(tables, ResolutionTables.Format.EXCEL, "comments.exportExcel", "comments-export-excel"),
                export(tables, ResolutionTables.Format.WORD, "comments.exportWord", "comments-export-word"));
        bar.setAlignItems(Alignment.BASELINE);
        if (mayComment) {
            Button write = new Button(getTranslation("comments.submit"), click -> openCommentDialog());
            write.setId("comment-write");
            write.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bar.addComponentAsFirst(write);
        }
        editor.setId("disposition-editor");
        editor.setPadding(false);
        editor.setVisible(false);
        add(bar, editor, grid(mayDispose));
        refreshProgress();
    }

    private Grid<DraftComment> grid(boolean mayDispose) {
        grid.setId("comments-grid");
        grid.setAllRowsVisible(false);
        grid.setHeight("28em");
        grid.addColumn(DraftComment::number).setHeader(getTranslation("comments.column.number")).setWidth("5em").setFlexGrow(0);
        grid.addColumn(DraftComment::clause).setHeader(getTranslation("comments.column.clause")).setAutoWidth(true);
        grid.addColumn(c -> getTranslation("commentType." + c.type().name()))
                .setHeader(getTranslation("comments.column.type")).setAutoWidth(true);
        grid.addColumn(DraftComment::comment).setHeader(getTranslation("comments.column.comment")).setFlexGrow(2);
        grid.addColumn(c -> c.proposedChange() == null ? "" : c.proposedChange())
                .setHeader(getTranslation("comments.column.proposedChange")).setFlexGrow(1);
        grid.addColumn(this::commenter).setHeader(getTranslation("comments.column.commenter")).setAutoWidth(true);
        grid.addComponentColumn(c -> c.attachment() == null ? new Span() : attachmentLink(c))
                .setHeader(getTranslation("comments.column.attachment")).setAutoWidth(true);
        grid.addColumn(c -> c.disposition() == null ? "" : getTranslation("disposition." + c.disposition().name()))
                .setHeader(getTranslation("comments.column.disposition")).setAutoWidth(true);
        grid.addColumn(c -> c.dispositionReason() == null ? "" : c.dispositionReason())
                .setHeader(getTranslation("comments.column.reason")).setFlexGrow(1);
        if (mayDispose) {
            grid.addComponentColumn(c -> {
                Button dispose = new Button(getTranslation("comments.dispose"), click -> openDispositionEditor(c));
                dispose.setId("comment-dispose-" + c.number());
                dispose.addThemeVariants(ButtonVariant.LUMO_SMALL);
                return dispose;
            }).setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        }
        grid.setEmptyStateText(getTranslation("comments.none"));
        grid.setItems(query -> comments.ofStandard(me, tenant, standard, onlyOpen.getValue(),
                        new PageRequest(query.getOffset(), query.getLimit())).items().stream(),
                query -> (int) comments.ofStandard(me, tenant, standard, onlyOpen.getValue(), PageRequest.first(1)).total());
        return grid;
    }

    private void openCommentDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("comments.submit"));
        TextField clause = new TextField(getTranslation("field.clause"));
        clause.setId("comment-clause");
        clause.setPlaceholder("5.2.1");
        Select<CommentType> type = new Select<>();
        type.setLabel(getTranslation("field.commentType"));
        type.setId("comment-type");
        type.setItems(CommentType.values());
        type.setItemLabelGenerator(t -> getTranslation("commentType." + t.name()));
        type.setValue(CommentType.TECHNICAL);
        TextArea text = new TextArea(getTranslation("field.comment"));
        text.setId("comment-text");
        TextArea proposedChange = new TextArea(getTranslation("field.proposedChange"));
        proposedChange.setId("comment-proposed-change");
        TextField unit = new TextField(getTranslation("field.unit"));
        unit.setId("comment-unit");
        SingleFileField attachment = new SingleFileField(fileCheck.maxBytes());
        attachment.setId("comment-attachment");
        FormLayout form = new FormLayout(clause, type, unit, text, proposedChange, attachment);
        form.setColspan(text, 2);
        form.setColspan(proposedChange, 2);
        form.setWidth("40em");
        FormErrors errors = new FormErrors(this).field("clause", clause).field("commentType", type)
                .field("comment", text).field("proposedChange", proposedChange).field("unit", unit);
        Button save = new Button(getTranslation("comments.submit"), click -> {
            try {
                CommentDraft draft = new CommentDraft(clause.getValue(), type.getValue(), text.getValue(),
                        proposedChange.getValue(), unit.getValue());
                DraftComment saved = attachment.file().isEmpty() ? comments.comment(me, tenant, standard, draft)
                        : attachment.useChecked(fileCheck, checked -> comments.comment(me, tenant, standard, draft, checked));
                dialog.close();
                Notifications.success(getTranslation("comments.submitted", saved.number()));
                changed();
            } catch (InvalidInputException e) {
                errors.show(e);
            }
        });
        save.setId("comment-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), c -> {
            attachment.discard();
            dialog.close();
        }), save);
        dialog.open();
    }

    /**
     * The disposition is given in place, under the bar, rather than in a dialog: a working group
     * answers comment after comment, with the table in view.
     */
    private void openDispositionEditor(DraftComment comment) {
        editor.removeAll();
        editor.setVisible(true);
        Span heading = new Span(getTranslation("comments.dispose") + " · " + comment.number() + " · " + comment.clause()
                + "：" + comment.comment());
        heading.setId("disposition-comment");
        Select<Disposition> disposition = new Select<>();
        disposition.setLabel(getTranslation("field.disposition"));
        disposition.setId("disposition");
        disposition.setItems(Disposition.values());
        disposition.setItemLabelGenerator(d -> getTranslation("disposition." + d.name()));
        disposition.setValue(comment.disposition());
        TextArea reason = new TextArea(getTranslation("field.dispositionReason"));
        reason.setId("disposition-reason");
        reason.setWidth("36em");
        reason.setValue(comment.dispositionReason() == null ? "" : comment.dispositionReason());
        FormErrors errors = new FormErrors(this).field("disposition", disposition).field("dispositionReason", reason);
        Button save = new Button(getTranslation("common.save"), click -> {
            try {
                comments.dispose(me, tenant, comment.id(), disposition.getValue(), reason.getValue());
                editor.setVisible(false);
                Notifications.success(getTranslation("comments.disposed", comment.number()));
                changed();
            } catch (InvalidInputException e) {
                errors.show(e);
            }
        });
        save.setId("disposition-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), click -> editor.setVisible(false));
        HorizontalLayout fields = new HorizontalLayout(disposition, reason);
        fields.setAlignItems(Alignment.BASELINE);
        editor.add(heading, fields, new HorizontalLayout(save, cancel));
        disposition.focus();
    }

    private Anchor export(ResolutionTables tables, ResolutionTables.Format format, String label, String id) {
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            tables.export(me, tenant, standard, format, out);
            byte[] bytes = out.toByteArray();
            return new DownloadResponse(new ByteArrayInputStream(bytes), tables.fileName(me, tenant, standard, format),
                    format.mediaType(), bytes.length);
        }), getTranslation(label));
        link.setDownload(true);
        link.setId(id);
        return link;
    }

    private Anchor attachmentLink(DraftComment comment) {
        return DocumentLinks.download(getTranslation("comments.download"),
                () -> comments.attachment(me, tenant, comment.id()));
    }

    private String commenter(DraftComment c) {
        String who = c.commenterUnit() == null ? c.commenterName() : c.commenterUnit() + "（" + c.commenterName() + "）";
        return c.isPublic() ? who + " · " + getTranslation("comments.public") + " " + c.maskedEmail() : who;
    }

    private void changed() {
        grid.getDataProvider().refreshAll();
        refreshProgress();
        onChange.run();
    }

    private void refreshProgress() {
        CommentResolution.Progress p = comments.progress(me, tenant, standard);
        progress.setText(getTranslation("comments.progress", p.comments(), p.disposed(), p.open()));
    }
}
