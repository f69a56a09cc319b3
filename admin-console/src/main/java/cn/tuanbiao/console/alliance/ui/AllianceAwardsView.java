package cn.tuanbiao.console.alliance.ui;

import cn.tuanbiao.console.alliance.domain.AwardNomination;
import cn.tuanbiao.console.alliance.domain.AwardOutcome;
import cn.tuanbiao.console.alliance.domain.AwardRound;
import cn.tuanbiao.console.alliance.domain.RoundDraft;
import cn.tuanbiao.console.alliance.service.AllianceAwards;
import cn.tuanbiao.console.alliance.service.AllianceExports;
import cn.tuanbiao.console.alliance.service.AllianceSecretariat;
import cn.tuanbiao.shared.domain.AccessDeniedException;
import cn.tuanbiao.shared.domain.InvalidInputException;
import cn.tuanbiao.shared.domain.PageRequest;
import cn.tuanbiao.shared.ui.FormErrors;
import cn.tuanbiao.shared.ui.MainLayout;
import cn.tuanbiao.shared.ui.UiSession;
import cn.tuanbiao.tenancy.PersonId;
import cn.tuanbiao.tenancy.TenantId;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;

import java.util.List;

/**
 * 联盟秘书处 · 奖项推荐 (SUP-1): the award rounds (paged, latest closing first) and opening one; a click
 * shows the round's nominations — members' published standards — where the secretariat records each
 * outcome once (推荐, 未推荐, 获奖 with its level). Exportable to Excel.
 */
@Prototype
@Route(value = "alliance/awards", layout = MainLayout.class)
public class AllianceAwardsView extends VerticalLayout implements HasDynamicTitle {

    private final AllianceAwards awards;
    private final AllianceSecretariat secretariat;
    private final PersonId me;
    private final TenantId alliance;
    private final Grid<AwardRound> grid = new Grid<>();
    private final Div detail = new Div();

    public AllianceAwardsView(AllianceAwards awards, AllianceSecretariat secretariat, AllianceExports exports) {
        this.awards = awards;
        this.secretariat = secretariat;
        this.me = UiSession.requireSignedIn().person();
        this.alliance = UiSession.tenant().orElse(null);
        setWidthFull();
        add(new H2(getTranslation("alliance.awards.title")), new Paragraph(getTranslation("alliance.awards.intro")));
        if (alliance == null) {
            return;
        }
        try {
            awards.rounds(me, alliance, PageRequest.first(1));
        } catch (AccessDeniedException e) {
            add(new Paragraph(getTranslation(e.messageKey())));
            return;
        }
        String name = secretariat.allianceName(alliance);
        add(openForm(), Downloads.link(getTranslation("alliance.awards.export"), "联盟标准化奖项推荐.xlsx",
                AllianceExports.EXCEL, out -> exports.writeExcel(List.of(
                        exports.roundsTable(name, awards.allRounds(me, alliance)),
                        exports.nominationsTable(name, awards.allNominations(me, alliance, null))), out)));
        grid.setId("alliance-award-rounds");
        grid.addColumn(AwardRound::name).setHeader(getTranslation("alliance.award.field.name")).setFlexGrow(1);
        grid.addColumn(AwardRound::year).setHeader(getTranslation("alliance.award.field.year")).setAutoWidth(true);
        grid.addColumn(AwardRound::closesOn).setHeader(getTranslation("alliance.award.field.closesOn")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation(r.open(secretariat.today()) ? "alliance.award.state.open"
                : "alliance.award.state.closed")).setHeader(getTranslation("alliance.award.state")).setAutoWidth(true);
        grid.addColumn(AwardRound::nominations).setHeader(getTranslation("alliance.award.nominations")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("alliance.awards.none"));
        grid.setHeight("14em");
        grid.addItemClickListener(click -> show(click.getItem()));
        detail.setWidthFull();
        detail.add(new Paragraph(getTranslation("alliance.award.choose")));
        add(grid, detail);
        refresh();
    }

    private Component openForm() {
        TextField name = new TextField(getTranslation("alliance.award.field.name"));
        name.setWidth("20em");
        IntegerField year = new IntegerField(getTranslation("alliance.award.field.year"));
        year.setValue(secretariat.today().getYear());
        DatePicker closesOn = new DatePicker(getTranslation("alliance.award.field.closesOn"));
        TextField description = new TextField(getTranslation("alliance.award.field.description"));
        description.setWidth("20em");
        FormErrors errors = new FormErrors(this).field("name", name).field("year", year).field("closesOn", closesOn)
                .field("description", description);
        Button open = new Button(getTranslation("alliance.awards.open"), click -> {
            try {
                AwardRound round = awards.open(me, alliance, new RoundDraft(name.getValue(), year.getValue(),
                        closesOn.getValue(), description.getValue()));
                FormErrors.Notifications.success(getTranslation("alliance.awards.opened", round.name()));
                errors.clear();
                name.clear();
                description.clear();
                refresh();
                show(round);
            } catch (InvalidInputException e) {
                errors.show(e);
            } catch (AccessDeniedException e) {
                FormErrors.Notifications.error(getTranslation(e.messageKey()));
            }
        });
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout row = new HorizontalLayout(name, year, closesOn, description, open);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("flex-wrap", "wrap");
        VerticalLayout form = new VerticalLayout(new H3(getTranslation("alliance.awards.new")), row);
        form.setPadding(false);
        return form;
    }

    private void show(AwardRound round) {
        detail.removeAll();
        detail.add(new H3(getTranslation("alliance.award.nominationsOf", round.name())));
        Grid<AwardNomination> nominations = new Grid<>();
        nominations.setId("alliance-award-nominations");
        nominations.addColumn(AwardNomination::memberName).setHeader(getTranslation("alliance.award.column.member"))
                .setAutoWidth(true);
        nominations.addColumn(AwardNomination::standardNumber).setHeader(getTranslation("alliance.award.column.number"))
                .setAutoWidth(true);
        nominations.addColumn(AwardNomination::standardTitle).setHeader(getTranslation("alliance.award.column.title"))
                .setFlexGrow(1);
        nominations.addColumn(n -> n.reason() == null ? "" : n.reason())
                .setHeader(getTranslation("alliance.award.field.reason")).setFlexGrow(1);
        nominations.addColumn(AwardNomination::nominatedByName)
                .setHeader(getTranslation("alliance.award.column.nominatedBy")).setAutoWidth(true);
        nominations.addColumn(n -> outcome(this, n)).setHeader(getTranslation("alliance.award.column.outcome"))
                .setAutoWidth(true);
        nominations.addComponentColumn(n -> {
            if (n.outcome() != null) {
                return new Div();
            }
            Button record = new Button(getTranslation("alliance.award.record"), click -> outcomeDialog(round, n).open());
            record.addThemeVariants(ButtonVariant.LUMO_SMALL);
            record.addClassName("alliance-award-record");
            return record;
        }).setAutoWidth(true);
        long total = awards.nominations(me, alliance, round.id(), PageRequest.first(1)).total();
        nominations.setItems(query -> awards.nominations(me, alliance, round.id(),
                new PageRequest(query.getOffset(), query.getLimit())).items().stream(), query -> (int) total);
        nominations.setEmptyStateText(getTranslation("alliance.award.noNominations"));
        nominations.setHeight("16em");
        detail.add(nominations);
    }

    private Dialog outcomeDialog(AwardRound round, AwardNomination nomination) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("alliance.award.recordDialog", nomination.standardTitle()));
        Select<AwardOutcome> outcome = new Select<>();
        outcome.setId("alliance-award-outcome");
        outcome.setLabel(getTranslation("alliance.award.field.outcome"));
        outcome.setItems(AwardOutcome.values());
        outcome.setItemLabelGenerator(o -> o == null ? "" : getTranslation("alliance.award.outcome." + o));
        TextField level = new TextField(getTranslation("alliance.award.field.level"));
        level.setId("alliance-award-level");
        TextField note = new TextField(getTranslation("alliance.award.field.note"));
        note.setWidth("24em");
        FormErrors errors = new FormErrors(dialog).field("outcome", outcome).field("awardLevel", level)
                .field("outcomeNote", note);
        Button save = new Button(getTranslation("alliance.award.record"), click -> {
            try {
                AwardNomination decided = awards.recordOutcome(me, alliance, nomination.id(), outcome.getValue(),
                        level.getValue(), note.getValue());
                FormErrors.Notifications.success(getTranslation("alliance.award.recorded", decided.standardTitle(),
                        outcome(this, decided)));
                dialog.close();
                refresh();
                show(round);
            } catch (InvalidInputException e) {
                errors.show(e);
            } catch (AccessDeniedException e) {
                FormErrors.Notifications.error(getTranslation(e.messageKey()));
            }
        });
        save.setId("alliance-award-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(outcome, level, note));
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), click -> dialog.close()), save);
        return dialog;
    }

    /** 推荐 / 未推荐 / 获奖（一等奖） / 待定, as shown. */
    static String outcome(Component owner, AwardNomination n) {
        if (n.outcome() == null) {
            return owner.getTranslation("alliance.award.pending");
        }
        String text = owner.getTranslation("alliance.award.outcome." + n.outcome());
        return n.awardLevel() == null ? text : text + "（" + n.awardLevel() + "）";
    }

    private void refresh() {
        long total = awards.rounds(me, alliance, PageRequest.first(1)).total();
        grid.setItems(query -> awards.rounds(me, alliance, new PageRequest(query.getOffset(), query.getLimit()))
                .items().stream(), query -> (int) total);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("alliance.awards.title") + " · 团标通";
    }
}
