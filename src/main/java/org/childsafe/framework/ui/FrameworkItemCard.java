package org.childsafe.framework.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.childsafe.framework.domain.ActionTemplate;
import org.childsafe.framework.domain.Item;
import org.childsafe.framework.domain.LocalizedText;

import java.math.BigDecimal;

/**
 * One item of a framework, read-only, in the UI language: code, text, critical and evidence badges,
 * guidance, evidence examples and suggested actions (text, who, within how many days).
 */
public class FrameworkItemCard extends Div {

    public FrameworkItemCard(Item item) {
        setId("framework-item-" + item.code());
        addClassNames(LumoUtility.Padding.Vertical.SMALL, LumoUtility.Border.BOTTOM, LumoUtility.BorderColor.CONTRAST_10);
        Span code = new Span(item.code() + " ");
        code.addClassName(LumoUtility.FontWeight.BOLD);
        Span text = new Span(item.text().get(getLocale()));
        text.setId("framework-item-text-" + item.code());
        Div heading = new Div(code, text);
        add(heading);
        if (item.critical() || item.evidenceRequired()) {
            Div badges = new Div();
            badges.addClassNames(LumoUtility.Display.FLEX, LumoUtility.Gap.SMALL);
            if (item.critical()) {
                badges.add(FrameworkVersionView.badge(getTranslation("framework.item.critical"), "error"));
            }
            if (item.evidenceRequired()) {
                badges.add(FrameworkVersionView.badge(getTranslation("framework.item.evidenceRequired"), ""));
            }
            add(badges);
        }
        if (!item.guidance().isEmpty()) {
            Paragraph guidance = new Paragraph(item.guidance().get(getLocale()));
            guidance.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.Margin.Vertical.XSMALL);
            add(guidance);
        }
        if (!item.evidenceExamples().isEmpty()) {
            UnorderedList examples = new UnorderedList();
            item.evidenceExamples().forEach(example -> examples.add(new ListItem(example.get(getLocale()))));
            add(label("framework.item.evidence"), examples);
        }
        if (!item.actions().isEmpty()) {
            UnorderedList actions = new UnorderedList();
            item.actions().forEach(action -> actions.add(action(action)));
            add(label("framework.item.actions"), actions);
        }
    }

    private ListItem action(ActionTemplate action) {
        ListItem line = new ListItem(new Span(action.text().get(getLocale())));
        LocalizedText owner = action.ownerRole();
        if (!owner.isEmpty()) {
            line.add(detail(getTranslation("framework.action.owner", owner.get(getLocale()))));
        }
        if (action.timeframeDays() != null) {
            line.add(detail(getTranslation("framework.action.timeframe", String.valueOf(action.timeframeDays()))));
        }
        return line;
    }

    private static Span detail(String text) {
        Span detail = new Span(" · " + text);
        detail.addClassName(LumoUtility.TextColor.SECONDARY);
        return detail;
    }

    private Div label(String key) {
        Div label = new Div(getTranslation(key));
        label.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.FontWeight.SEMIBOLD);
        return label;
    }

    /** A value without a needless ".0": 1, 0.5, 0.75. */
    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
