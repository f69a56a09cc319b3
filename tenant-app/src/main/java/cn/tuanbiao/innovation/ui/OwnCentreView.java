package cn.tuanbiao.innovation.ui;

import cn.tuanbiao.documents.domain.DocumentKind;
import cn.tuanbiao.documents.service.FileCheck;
import cn.tuanbiao.innovation.domain.CentreAction;
import cn.tuanbiao.innovation.domain.CentreFileDetail;
import cn.tuanbiao.innovation.service.CentreChannel;
import cn.tuanbiao.shared.ui.MainLayout;
import cn.tuanbiao.shared.ui.SingleFileField;
import cn.tuanbiao.shared.ui.UiSession;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import cn.tuanbiao.users.domain.OrganizationRole;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;

import java.util.List;
import java.util.Optional;

/**
 * A centre's own file at its innovation base, read-only (SUP-5), and what the centre submits: the
 * construction plan, the acceptance or extension request, a renaming, the yearly documents and
 * achievements — all through {@link CentreChannel}, the one narrow way into the base's records.
 */
@Prototype
@Route(value = "innovation/my-centre", layout = MainLayout.class)
public class OwnCentreView extends VerticalLayout implements HasDynamicTitle {

    private final CentreChannel channel;
    private final FileCheck fileCheck;
    private final PersonId me;
    private final TenantId centre;
    private final boolean staff;

    public OwnCentreView(CentreChannel channel, FileCheck fileCheck) {
        this.channel = channel;
        this.fileCheck = fileCheck;
        this.me = UiSession.requireSignedIn().person();
        this.centre = UiSession.tenant().orElse(null);
        this.staff = UiSession.hasRole(OrganizationRole.ADMINISTRATOR) || UiSession.hasRole(OrganizationRole.SECRETARIAT);
        show();
    }

    private void show() {
        removeAll();
        add(new H2(getTranslation("innovation.myCentre.title")));
        Optional<CentreFileDetail> file = channel.ownFile(me, centre, channel.today().getYear());
        if (file.isEmpty()) {
            add(new Paragraph(getTranslation("innovation.noFile")));
            return;
        }
        CentreFileDetail detail = file.get();
        CentreFileDetail shown = staff ? detail : new CentreFileDetail(detail.file(), detail.centreCode(), detail.schedule(),
                detail.deadlines(), detail.timeline(), detail.opinions(), detail.targets(), detail.achievements(),
                detail.evaluations(), detail.documents(), List.of());
        add(new CentreFilePanel(shown, this::act, (doc, version) -> channel.content(me, centre, doc, version)));
    }

    private void act(CentreAction action) {
        ActionDialog d = new ActionDialog(getTranslation("centreAction." + action.name()));
        String done = getTranslation("innovation.done");
        switch (action) {
            case RESUBMIT_APPLICATION -> d.confirm(done, () -> ok(channel.resubmitApplication(me, centre)), this::show);
            case SUBMIT_CONSTRUCTION_PLAN -> {
                SingleFileField file = new SingleFileField(fileCheck.maxBytes());
                d.plain(file);
                d.confirm(done, () -> ok(file.useChecked(fileCheck, checked -> channel.submit(me, centre,
                        DocumentKind.CONSTRUCTION_PLAN, null, checked))), this::show);
            }
            case REQUEST_ACCEPTANCE -> {
                SingleFileField file = new SingleFileField(fileCheck.maxBytes());
                d.plain(file);
                d.confirm(done, () -> ok(file.file().isPresent()
                        ? file.useChecked(fileCheck, checked -> channel.requestAcceptance(me, centre, checked))
                        : channel.requestAcceptance(me, centre, null)), this::show);
            }
            case REQUEST_EXTENSION -> {
                IntegerField months = d.field("months", new IntegerField(getTranslation("innovation.months")));
                months.setMin(1);
                months.setMax(6);
                months.setValue(6);
                TextArea reason = d.field("reason", new TextArea(getTranslation("innovation.reasons")));
                d.confirm(done, () -> ok(channel.requestExtension(me, centre, months.getValue() == null ? 0 : months.getValue(),
                        reason.getValue())), this::show);
            }
            case REQUEST_RENAME -> {
                TextField name = d.field("name", new TextField(getTranslation("innovation.newName")));
                d.confirm(done, () -> ok(channel.requestRename(me, centre, name.getValue())), this::show);
            }
            case SUBMIT_YEARLY_DOCUMENT -> {
                Select<DocumentKind> kind = d.field("documentKind", new Select<>());
                kind.setLabel(getTranslation("field.documentKind"));
                kind.setItems(DocumentKind.ANNUAL_PLAN, DocumentKind.SELF_CHECK_REPORT, DocumentKind.ANNUAL_SUMMARY,
                        DocumentKind.WORK_REPORT, DocumentKind.EVIDENCE);
                kind.setItemLabelGenerator(k -> getTranslation("document." + k.name()));
                IntegerField year = d.field("year", new IntegerField(getTranslation("innovation.year")));
                year.setValue(channel.today().getYear());
                SingleFileField file = new SingleFileField(fileCheck.maxBytes());
                d.plain(file);
                d.confirm(done, () -> ok(file.useChecked(fileCheck, checked -> channel.submit(me, centre, kind.getValue(),
                        year.getValue(), checked))), this::show);
            }
            case RECORD_ACHIEVEMENT -> CentreFileView.achievementForm(d,
                    draft -> channel.recordAchievement(me, centre, draft), this::show);
            default -> {
                return;
            }
        }
        d.open();
    }

    private String ok(Object ignored) {
        return getTranslation("innovation.done");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("innovation.myCentre.title");
    }
}
