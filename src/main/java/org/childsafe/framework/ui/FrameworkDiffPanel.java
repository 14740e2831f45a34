package org.childsafe.framework.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.childsafe.framework.domain.Framework;
import org.childsafe.framework.domain.Item;
import org.childsafe.framework.load.FrameworkDiff;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What changed from one version of a framework to a later one ({@link FrameworkDiff}): items added,
 * removed, changed (with what changed) and carried on (with the earlier codes they continue), each with
 * its text in the UI language. Carried-on items are folded away: there are usually many.
 */
public class FrameworkDiffPanel extends VerticalLayout {

    public FrameworkDiffPanel() {
        setId("framework-diff");
        setPadding(false);
    }

    public void show(Framework previous, Framework next) {
        removeAll();
        FrameworkDiff diff = FrameworkDiff.between(previous, next);
        if (diff.isEmpty()) {
            Paragraph same = new Paragraph(getTranslation("framework.compare.same"));
            same.setId("framework-diff-same");
            add(same);
        }
        add(section("added", diff.added(), code -> line(code, next, "")), true);
        add(section("removed", diff.removed(), code -> line(code, previous, "")), true);
        add(section("changed", diff.changedCodes(), code -> {
            FrameworkDiff.ChangedItem changed = diff.changed().stream().filter(c -> c.code().equals(code))
                    .findFirst().orElseThrow();
            String fields = changed.fields().stream().map(f -> getTranslation("framework.compare.field." + f))
                    .collect(Collectors.joining(", "));
            return line(code, next, getTranslation("framework.compare.fields", fields) + previousCodes(code,
                    changed.previousCodes()));
        }), true);
        add(section("carried", diff.carriedOnCodes(), code -> line(code, next, previousCodes(code,
                diff.carriedOn().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow()
                        .previousCodes()))), false);
    }

    /** Empty when the item carries on only its own code. */
    private String previousCodes(String code, List<String> previousCodes) {
        return previousCodes.equals(List.of(code)) ? ""
                : " · " + getTranslation("framework.compare.previous", String.join(", ", previousCodes));
    }

    private void add(Details details, boolean opened) {
        details.setOpened(opened);
        details.setWidthFull();
        add(details);
    }

    private Details section(String kind, List<String> codes, Function<String, ListItem> line) {
        Details details = new Details(getTranslation("framework.compare." + kind, codes.size()));
        details.setId("framework-diff-" + kind);
        if (codes.isEmpty()) {
            details.add(new Span(getTranslation("framework.compare.none")));
        } else {
            UnorderedList list = new UnorderedList();
            codes.forEach(code -> list.add(line.apply(code)));
            details.add(list);
        }
        return details;
    }

    private ListItem line(String code, Framework framework, String note) {
        Span codeSpan = new Span(code + " ");
        codeSpan.addClassName(LumoUtility.FontWeight.BOLD);
        String text = framework.item(code).map(Item::text).map(t -> t.get(getLocale())).orElse("");
        ListItem item = new ListItem(codeSpan, new Span(text));
        item.setId("framework-diff-item-" + code);
        if (!note.isEmpty()) {
            Span noteSpan = new Span(note.startsWith(" · ") ? note : " · " + note);
            noteSpan.addClassName(LumoUtility.TextColor.SECONDARY);
            item.add(noteSpan);
        }
        return item;
    }
}
