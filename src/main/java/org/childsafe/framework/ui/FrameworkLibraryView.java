package org.childsafe.framework.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import io.micronaut.context.annotation.Prototype;
import org.childsafe.framework.domain.Framework;
import org.childsafe.framework.service.FrameworkLibrary;
import org.childsafe.framework.service.FrameworkLibrary.Summary;
import org.childsafe.kernel.Access;
import org.childsafe.uikit.CurrentUser;
import org.childsafe.kernel.Refusal;
import org.childsafe.uikit.Sentences;

/**
 * Every stored framework version, for every role; a row (or its title, a link) opens
 * {@link FrameworkVersionView}.
 * Administrators also get the import of a file ({@link FrameworkImportPanel}); the library checks the
 * role again on import.
 */
@Route("frameworks")
@Menu(order = 20, icon = "vaadin:book", title = "nav.frameworks")
@Prototype
public class FrameworkLibraryView extends VerticalLayout implements HasDynamicTitle {

    private final transient FrameworkLibrary library;
    private final Grid<Summary> grid = new Grid<>();

    public FrameworkLibraryView(FrameworkLibrary library) {
        this.library = library;
        setSizeFull();
        H1 title = new H1(getTranslation("framework.library.title"));
        title.setId("framework-library-title");
        Button compare = new Button(getTranslation("framework.compare.open"), VaadinIcon.EXCHANGE.create(),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(FrameworkCompareView.class)));
        compare.setId("framework-compare");
        HorizontalLayout toolbar = new HorizontalLayout(compare);
        add(title, new Paragraph(getTranslation("framework.library.intro")), toolbar);

        if (CurrentUser.get().map(Access::canAdminister).orElse(false)) {
            FrameworkImportPanel panel = new FrameworkImportPanel();
            panel.setVisible(false);
            panel.addImportListener(e -> importFile(panel, e.content()));
            Button open = new Button(getTranslation("framework.import.open"), VaadinIcon.UPLOAD.create(),
                    e -> panel.setVisible(!panel.isVisible()));
            open.setId("framework-import");
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            toolbar.addComponentAsFirst(open);
            add(panel);
        }

        grid.setId("framework-grid");
        grid.addComponentColumn(s -> new RouterLink(s.title(getLocale().getLanguage()), FrameworkVersionView.class,
                FrameworkVersionView.parameters(s.code(), s.version())))
                .setHeader(getTranslation("framework.column.title")).setFlexGrow(3);
        grid.addColumn(Summary::code).setHeader(getTranslation("framework.column.code")).setFlexGrow(1);
        grid.addColumn(Summary::version).setHeader(getTranslation("framework.column.version")).setFlexGrow(0)
                .setWidth("8em");
        grid.addColumn(Summary::itemCount).setHeader(getTranslation("framework.column.items")).setFlexGrow(0)
                .setWidth("6em");
        grid.addComponentColumn(this::indicativeBadge).setFlexGrow(0).setWidth("9em");
        grid.addItemClickListener(e -> open(e.getItem()));
        grid.setMinHeight("12em");
        refresh();
        addAndExpand(grid);
    }

    private Span indicativeBadge(Summary summary) {
        Span badge = new Span(summary.indicative() ? getTranslation("framework.indicative") : "");
        if (summary.indicative()) {
            badge.getElement().getThemeList().add("badge contrast");
            badge.setTitle(getTranslation("framework.indicative.help"));
        }
        return badge;
    }

    private void open(Summary summary) {
        getUI().ifPresent(ui -> ui.navigate(FrameworkVersionView.class, FrameworkVersionView.parameters(
                summary.code(), summary.version())));
    }

    /** The list holds no file contents, only the summaries (a few dozen rows at most). */
    private void refresh() {
        grid.setItems(library.list());
    }

    private void importFile(FrameworkImportPanel panel, byte[] content) {
        try {
            FrameworkLibrary.ImportResult result = library.importFile(CurrentUser.require(), content);
            Framework framework = result.stored().framework();
            panel.clear();
            refresh();
            String key = switch (result.outcome()) {
                case CREATED -> "framework.import.created";
                case UNCHANGED -> "framework.import.unchanged";
                case SAME_CONTENT -> "framework.import.sameContent";
            };
            Notification.show(getTranslation(key, framework.code(), framework.version()), 5000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (Refusal refused) {
            panel.showRefusal(Sentences.of(refused), refused.details());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("framework.library.title") + " | " + getTranslation("app.name");
    }
}
