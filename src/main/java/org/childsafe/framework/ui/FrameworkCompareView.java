package org.childsafe.framework.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import org.childsafe.framework.service.FrameworkLibrary;
import org.childsafe.framework.service.FrameworkLibrary.Summary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Compares two versions of one framework: pick the framework, an earlier and a later version, and see
 * the items added, removed, changed and carried on. Query parameters {@code code}, {@code from} and
 * {@code to} preselect them (links from a version page use {@code code}); the defaults are the last two
 * versions imported.
 */
@Route("frameworks/compare")
@Prototype
public class FrameworkCompareView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient FrameworkLibrary library;
    private final Select<String> framework = new Select<>();
    private final Select<Summary> from = new Select<>();
    private final Select<Summary> to = new Select<>();
    private final Paragraph hint = new Paragraph();
    private final FrameworkDiffPanel diff = new FrameworkDiffPanel();

    public FrameworkCompareView(FrameworkLibrary library) {
        this.library = library;
        Map<String, String> titles = new LinkedHashMap<>();
        library.list().forEach(s -> titles.putIfAbsent(s.code(), s.title(getLocale().getLanguage())));
        framework.setId("framework-compare-framework");
        framework.setLabel(getTranslation("framework.compare.framework"));
        framework.setItems(titles.keySet());
        framework.setItemLabelGenerator(code -> titles.get(code) + " (" + code + ")");
        framework.setWidth("min(30rem, 95vw)");
        framework.addValueChangeListener(e -> versionsOf(e.getValue()));
        from.setId("framework-compare-from");
        from.setLabel(getTranslation("framework.compare.from"));
        to.setId("framework-compare-to");
        to.setLabel(getTranslation("framework.compare.to"));
        for (Select<Summary> select : List.of(from, to)) {
            select.setItemLabelGenerator(Summary::version);
            select.addValueChangeListener(e -> compare());
        }
        HorizontalLayout pickers = new HorizontalLayout(framework, from, to);
        pickers.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        pickers.getStyle().set("flex-wrap", "wrap");
        hint.setId("framework-compare-hint");
        add(new RouterLink(getTranslation("framework.version.back"), FrameworkLibraryView.class),
                new H1(getTranslation("framework.compare.title")),
                new Paragraph(getTranslation("framework.compare.intro")), pickers, hint, diff);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        Optional<String> code = query.getSingleParameter("code");
        if (code.isPresent() && framework.getListDataView().contains(code.get())) {
            if (code.get().equals(framework.getValue())) {
                versionsOf(code.get());
            } else {
                framework.setValue(code.get());
            }
            List<Summary> versions = library.versions(code.get());
            query.getSingleParameter("from").flatMap(v -> find(versions, v)).ifPresent(from::setValue);
            query.getSingleParameter("to").flatMap(v -> find(versions, v)).ifPresent(to::setValue);
        } else {
            compare();
        }
    }

    /** Fills the version pickers and preselects the last two versions. */
    private void versionsOf(String code) {
        List<Summary> versions = code == null ? List.of() : library.versions(code);
        from.setItems(versions);
        to.setItems(versions);
        if (!versions.isEmpty()) {
            from.setValue(versions.get(Math.max(0, versions.size() - 2)));
            to.setValue(versions.get(versions.size() - 1));
        }
        compare();
    }

    private static Optional<Summary> find(List<Summary> versions, String version) {
        return versions.stream().filter(s -> s.version().equals(version)).findFirst();
    }

    private void compare() {
        Summary earlier = from.getValue();
        Summary later = to.getValue();
        boolean comparable = earlier != null && later != null && earlier.id() != later.id();
        hint.setText(comparable ? "" : getTranslation("framework.compare.pick"));
        hint.setVisible(!comparable);
        diff.setVisible(comparable);
        if (comparable) {
            diff.show(library.get(earlier.id()).framework(), library.get(later.id()).framework());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("framework.compare.title") + " | " + getTranslation("app.name");
    }
}
