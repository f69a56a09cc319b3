package cn.tuanbiao.standards.ui;

import cn.tuanbiao.screening.domain.ApprovalWarning;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import java.util.List;

/** The checks before approval (LC-7) as the decision body reads them, above the approval form. */
final class ApprovalWarningsList extends Div {

    ApprovalWarningsList(List<ApprovalWarning> warnings) {
        setId("approval-warnings");
        if (warnings.isEmpty()) {
            add(new Paragraph(getTranslation("screening.none")));
            return;
        }
        add(new Paragraph(getTranslation("screening.intro")));
        UnorderedList list = new UnorderedList();
        for (ApprovalWarning w : warnings) {
            String text = w.reference() == null
                    ? getTranslation("screening." + w.kind().name())
                    : getTranslation("screening." + w.kind().name(), w.reference().number(), w.reference().title(),
                    w.percent());
            ListItem item = new ListItem(text);
            item.addClassName("tb-warning");
            list.add(item);
        }
        add(list);
    }
}
