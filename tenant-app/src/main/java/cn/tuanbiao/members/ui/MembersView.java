package cn.tuanbiao.members.ui;

import cn.tuanbiao.members.domain.MemberApplication;
import cn.tuanbiao.members.domain.MemberKind;
import cn.tuanbiao.members.domain.RegisteredMember;
import cn.tuanbiao.members.domain.StakeholderCategory;
import cn.tuanbiao.members.domain.UnitType;
import cn.tuanbiao.members.service.MemberRegister;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.ui.FormErrors;
import cn.tuanbiao.shared.ui.MainLayout;
import cn.tuanbiao.shared.ui.UiSession;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;

import java.time.LocalDate;
import java.time.ZoneId;

/** The member register (ORG-4): units and experts with their stakeholder category, paged and filtered. */
@Prototype
@Route(value = "members", layout = MainLayout.class)
public class MembersView extends VerticalLayout implements HasDynamicTitle {

    private final MemberRegister register;
    private final PersonId me;
    private final TenantId tenant;
    private final Grid<RegisteredMember> grid = new Grid<>();
    private final ComboBox<MemberKind> kind = new ComboBox<>();
    private final ComboBox<StakeholderCategory> stakeholder = new ComboBox<>();
    private final TextField search = new TextField();
    private final Checkbox includeFormer = new Checkbox();

    public MembersView(MemberRegister register) {
        this.register = register;
        this.me = UiSession.requireSignedIn().person();
        this.tenant = UiSession.tenant().orElse(null);
        setSizeFull();
        add(new H2(getTranslation("members.title")));
        if (tenant == null) {
            return;
        }
        kind.setItems(MemberKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("memberKind." + k.name()));
        kind.setPlaceholder(getTranslation("members.filter.kind"));
        kind.setClearButtonVisible(true);
        stakeholder.setItems(StakeholderCategory.values());
        stakeholder.setItemLabelGenerator(s -> getTranslation("stakeholder." + s.name()));
        stakeholder.setPlaceholder(getTranslation("members.filter.stakeholder"));
        stakeholder.setClearButtonVisible(true);
        search.setPlaceholder(getTranslation("members.filter.name"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        includeFormer.setLabel(getTranslation("members.filter.includeFormer"));
        kind.addValueChangeListener(e -> refresh());
        stakeholder.addValueChangeListener(e -> refresh());
        search.addValueChangeListener(e -> refresh());
        includeFormer.addValueChangeListener(e -> refresh());
        Button add = new Button(getTranslation("members.register"), VaadinIcon.PLUS.create(), click -> registerDialog().open());
        add.setId("register-member");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout filters = new HorizontalLayout(search, kind, stakeholder, includeFormer, add);
        filters.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        add(filters);

        grid.setId("members-grid");
        grid.addColumn(RegisteredMember::name).setHeader(getTranslation("members.column.name")).setFlexGrow(1);
        grid.addColumn(m -> m.kind() == MemberKind.UNIT ? getTranslation("unitType." + m.unitType().name())
                : getTranslation("memberKind.EXPERT")).setHeader(getTranslation("members.column.type")).setAutoWidth(true);
        grid.addColumn(m -> getTranslation("stakeholder." + m.stakeholder().name()))
                .setHeader(getTranslation("members.column.stakeholder")).setAutoWidth(true);
        grid.addColumn(m -> m.foreignInvested() ? getTranslation("common.yes") : "")
                .setHeader(getTranslation("members.column.foreignInvested")).setAutoWidth(true);
        grid.addColumn(m -> m.affiliation() == null ? "" : m.affiliation())
                .setHeader(getTranslation("members.column.affiliation")).setAutoWidth(true);
        grid.addColumn(m -> m.joinedOn() + (m.leftOn() == null ? "" : " — " + m.leftOn()))
                .setHeader(getTranslation("members.column.membership")).setAutoWidth(true);
        grid.setItems(query -> register.list(me, tenant, kind.getValue(), stakeholder.getValue(), search.getValue(),
                        includeFormer.getValue(), new PageRequest(query.getOffset(), query.getLimit())).items().stream(),
                query -> (int) register.list(me, tenant, kind.getValue(), stakeholder.getValue(), search.getValue(),
                        includeFormer.getValue(), PageRequest.first(1)).total());
        add(grid);
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private Dialog registerDialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("members.register"));
        ComboBox<MemberKind> memberKind = new ComboBox<>(getTranslation("field.memberKind"), MemberKind.values());
        memberKind.setItemLabelGenerator(k -> getTranslation("memberKind." + k.name()));
        memberKind.setValue(MemberKind.UNIT);
        memberKind.setId("member-kind");
        TextField name = new TextField(getTranslation("field.memberName"));
        name.setId("member-name");
        ComboBox<UnitType> unitType = new ComboBox<>(getTranslation("field.unitType"), UnitType.values());
        unitType.setItemLabelGenerator(t -> getTranslation("unitType." + t.name()));
        unitType.setId("member-unitType");
        TextField creditCode = new TextField(getTranslation("field.creditCode"));
        ComboBox<StakeholderCategory> category = new ComboBox<>(getTranslation("field.stakeholder"),
                StakeholderCategory.values());
        category.setItemLabelGenerator(s -> getTranslation("stakeholder." + s.name()));
        category.setId("member-stakeholder");
        Checkbox foreignInvested = new Checkbox(getTranslation("field.foreignInvested"));
        TextField affiliation = new TextField(getTranslation("field.affiliation"));
        TextField expertise = new TextField(getTranslation("field.expertise"));
        TextField contactName = new TextField(getTranslation("field.contactName"));
        TextField contactPhone = new TextField(getTranslation("field.contactPhone"));
        DatePicker joinedOn = new DatePicker(getTranslation("field.joinedOn"), LocalDate.now(ZoneId.of("Asia/Shanghai")));
        memberKind.addValueChangeListener(e -> {
            boolean unit = e.getValue() != MemberKind.EXPERT;
            unitType.setVisible(unit);
            creditCode.setVisible(unit);
            foreignInvested.setVisible(unit);
        });
        FormErrors errors = new FormErrors(dialog).field("kind", memberKind).field("name", name).field("unitType", unitType)
                .field("creditCode", creditCode).field("stakeholder", category).field("affiliation", affiliation)
                .field("expertise", expertise).field("contactName", contactName).field("contactPhone", contactPhone)
                .field("joinedOn", joinedOn);
        dialog.add(new FormLayout(memberKind, name, unitType, creditCode, category, foreignInvested, affiliation, expertise,
                contactName, contactPhone, joinedOn));
        Button save = new Button(getTranslation("common.save"), click -> {
            try {
                boolean unit = memberKind.getValue() != MemberKind.EXPERT;
                register.register(me, tenant, new MemberApplication(memberKind.getValue(), name.getValue(),
                        unit ? unitType.getValue() : null, unit ? creditCode.getValue() : null, category.getValue(),
                        unit && foreignInvested.getValue(), affiliation.getValue(), expertise.getValue(),
                        contactName.getValue(), contactPhone.getValue(), joinedOn.getValue()));
                dialog.close();
                FormErrors.Notifications.success(getTranslation("members.registered", name.getValue().strip()));
                refresh();
            } catch (InvalidInputException e) {
                errors.show(e);
            }
        });
        save.setId("member-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), save);
        dialog.setWidth("44em");
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("members.title") + " · 团标通";
    }
}
