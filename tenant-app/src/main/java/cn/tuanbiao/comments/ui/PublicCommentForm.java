package cn.tuanbiao.comments.ui;

import cn.tuanbiao.catalogue.domain.PublicOrganization;
import cn.tuanbiao.comments.domain.CommentDraft;
import cn.tuanbiao.comments.domain.CommentType;
import cn.tuanbiao.comments.domain.DraftComment;
import cn.tuanbiao.comments.service.PublicComments;
import cn.tuanbiao.patents.domain.DeclarationDraft;
import cn.tuanbiao.patents.domain.PatentDeclaration;
import cn.tuanbiao.patents.domain.PatentLicensing;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.NotFoundException;
import cn.tuanbiao.shared.ui.FormErrors.Notifications;
import cn.tuanbiao.shared.ui.FormErrors;
import cn.tuanbiao.standards.domain.StandardId;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinRequest;

import java.util.UUID;

/**
 * How the public comments on a draft open for public comment (PART-1): prove an e-mail address
 * with the code sent to it, then write comments clause by clause, as many as needed while the
 * proof lasts. No account and no captcha.
 */
public class PublicCommentForm extends VerticalLayout {

    private final PublicComments comments;
    private final PublicOrganization organization;
    private final StandardId draft;
    private UUID verification;

    /** {@code verification} and {@code code} come from the link in the e-mail, when the commenter followed it. */
    public PublicCommentForm(PublicComments comments, PublicOrganization organization, StandardId draft,
                             String verification, String code) {
        this.comments = comments;
        this.organization = organization;
        this.draft = draft;
        setPadding(false);
        setId("public-comment");
        UUID fromLink = parse(verification);
        if (fromLink != null && code != null && !code.isBlank()) {
            this.verification = fromLink;
            proveThenShowComments(code, null);
        } else {
            showEmailStep();
        }
    }

    private void showEmailStep() {
        removeAll();
        add(new Paragraph(getTranslation("publicComment.intro")));
        EmailField email = new EmailField(getTranslation("field.email"));
        email.setId("public-comment-email");
        email.setWidth("22em");
        TextField code = new TextField(getTranslation("field.verificationCode"));
        code.setId("public-comment-code");
        code.setMaxLength(6);
        code.setVisible(false);
        Button prove = new Button(getTranslation("publicComment.prove"));
        prove.setId("public-comment-prove");
        prove.setVisible(false);
        FormErrors errors = new FormErrors(this).field("email", email).field("code", code);
        Button send = new Button(getTranslation("publicComment.sendCode"), click -> {
            try {
                errors.clear();
                verification = comments.requestCode(organization, draft, email.getValue(), networkAddress());
                Notifications.success(getTranslation("publicComment.codeSent", email.getValue()));
                code.setVisible(true);
                prove.setVisible(true);
                code.focus();
            } catch (InvalidInputException e) {
                errors.show(e);
            }
        });
        send.setId("public-comment-send-code");
        prove.addClickListener(click -> proveThenShowComments(code.getValue(), errors));
        prove.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout emailRow = new HorizontalLayout(email, send);
        emailRow.setAlignItems(Alignment.BASELINE);
        HorizontalLayout codeRow = new HorizontalLayout(code, prove);
        codeRow.setAlignItems(Alignment.BASELINE);
        add(emailRow, codeRow);
    }

    private void proveThenShowComments(String code, FormErrors errors) {
        try {
            comments.verify(organization, verification, code);
            showCommentStep();
        } catch (InvalidInputException e) {
            if (errors == null) {
                showEmailStep();
                Notifications.error(getTranslation(e.problems().get(0).messageKey()));
            } else {
                errors.show(e);
            }
        } catch (NotFoundException e) {
            showEmailStep();
        }
    }

    private void showCommentStep() {
        removeAll();
        add(new Paragraph(getTranslation("publicComment.proven")));
        TextField name = new TextField(getTranslation("field.commenterName"));
        name.setId("public-comment-name");
        TextField unit = new TextField(getTranslation("field.unit"));
        unit.setId("public-comment-unit");
        TextField clause = new TextField(getTranslation("field.clause"));
        clause.setId("public-comment-clause");
        clause.setPlaceholder("5.2.1");
        Select<CommentType> type = new Select<>();
        type.setLabel(getTranslation("field.commentType"));
        type.setId("public-comment-type");
        type.setItems(CommentType.values());
        type.setItemLabelGenerator(t -> getTranslation("commentType." + t.name()));
        type.setValue(CommentType.TECHNICAL);
        TextArea text = new TextArea(getTranslation("field.comment"));
        text.setId("public-comment-text");
        TextArea proposedChange = new TextArea(getTranslation("field.proposedChange"));
        proposedChange.setId("public-comment-proposed-change");
        FormLayout form = new FormLayout(name, unit, clause, type, text, proposedChange);
        form.setColspan(text, 2);
        form.setColspan(proposedChange, 2);
        form.setMaxWidth("48em");
        FormErrors errors = new FormErrors(this).field("name", name).field("unit", unit).field("clause", clause)
                .field("commentType", type).field("comment", text).field("proposedChange", proposedChange);
        Button submit = new Button(getTranslation("comments.submit"), click -> {
            try {
                errors.clear();
                DraftComment saved = comments.comment(organization, verification, name.getValue(), new CommentDraft(
                        clause.getValue(), type.getValue(), text.getValue(), proposedChange.getValue(), unit.getValue()));
                Notifications.success(getTranslation("comments.submitted", saved.number()));
                clause.clear();
                text.clear();
                proposedChange.clear();
                clause.focus();
            } catch (InvalidInputException e) {
                errors.show(e);
            }
        });
        submit.setId("public-comment-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(form, submit);
        add(patentDeclaration());
    }

    /** Anyone who knows of a patent the draft may need declares it here (PART-4), with the proven address. */
    private Details patentDeclaration() {
        TextField number = new TextField(getTranslation("field.patentNumber"));
        number.setId("public-patent-number");
        TextField title = new TextField(getTranslation("field.patentTitle"));
        title.setId("public-patent-title");
        TextField holder = new TextField(getTranslation("field.holder"));
        holder.setId("public-patent-holder");
        Select<PatentLicensing> licensing = new Select<>();
        licensing.setLabel(getTranslation("field.licensing"));
        licensing.setItems(PatentLicensing.values());
        licensing.setItemLabelGenerator(l -> getTranslation("patentLicensing." + l.name()));
        licensing.setId("public-patent-licensing");
        TextField declarant = new TextField(getTranslation("field.declarantName"));
        declarant.setId("public-patent-declarant");
        FormLayout form = new FormLayout(number, title, holder, licensing, declarant);
        form.setMaxWidth("48em");
        FormErrors errors = new FormErrors(this).field("patentNumber", number).field("patentTitle", title)
                .field("holder", holder).field("licensing", licensing).field("declarantName", declarant);
        Button save = new Button(getTranslation("patents.declare"), click -> {
            try {
                errors.clear();
                PatentDeclaration declared = comments.declarePatent(organization, verification, new DeclarationDraft(
                        number.getValue(), title.getValue(), holder.getValue(), licensing.getValue(),
                        declarant.getValue(), null));
                Notifications.success(getTranslation("patents.declared", declared.patentNumber()));
                number.clear();
                title.clear();
                holder.clear();
            } catch (InvalidInputException e) {
                errors.show(e);
            }
        });
        save.setId("public-patent-save");
        Details details = new Details(getTranslation("patents.declare"), new VerticalLayout(form, save));
        details.setId("public-patent");
        return details;
    }

    private static String networkAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? "unknown" : request.getRemoteAddr();
    }

    private static UUID parse(String value) {
        try {
            return value == null ? null : UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
