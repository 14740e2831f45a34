package org.childsafe.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import org.childsafe.audit.domain.AuditChain;
import org.childsafe.audit.domain.AuditEntry;
import org.childsafe.audit.service.AuditLog;
import org.childsafe.kernel.Access;
import org.childsafe.kernel.Actor;
import org.childsafe.kernel.OrganisationDirectory;
import org.childsafe.kernel.Role;
import org.childsafe.uikit.AllowedRoles;
import org.childsafe.uikit.CurrentUser;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The audit trail, newest first, loaded page by page. Administrators see the whole trail (or one
 * organisation's) and can check the hash chain; managers and auditors choose one of their
 * organisations and see its history. {@link AuditLog} checks every read again.
 */
@Route("audit")
@Menu(order = 95, icon = "vaadin:file-text-o", title = "nav.audit")
@AllowedRoles({Role.ADMIN, Role.MANAGER, Role.AUDITOR})
@Prototype
public class AuditView extends VerticalLayout implements HasDynamicTitle {

    private static final int SHORT = 80;

    private final transient AuditLog audit;
    private final transient Actor actor;
    private final Select<OrganisationDirectory.Entry> organisation = new Select<>();
    private final Grid<AuditEntry> grid = new Grid<>();
    private final Paragraph checkResult = new Paragraph();
    private final Map<Long, String> names;
    private final DateTimeFormatter time;

    public AuditView(AuditLog audit, OrganisationDirectory organisations) {
        this.audit = audit;
        this.actor = CurrentUser.require();
        setSizeFull();
        time = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(getLocale())
                .withZone(ZoneId.systemDefault());
        List<OrganisationDirectory.Entry> visible = organisations.all().stream()
                .filter(o -> Access.canSeeHistory(actor, o.id())).toList();
        names = visible.stream().collect(Collectors.toMap(OrganisationDirectory.Entry::id,
                OrganisationDirectory.Entry::name));

        organisation.setId("audit-organisation");
        organisation.setLabel(getTranslation("audit.organisation"));
        organisation.setItems(visible);
        organisation.setItemLabelGenerator(o -> o == null ? getTranslation("audit.allOrganisations") : o.name());
        organisation.setEmptySelectionAllowed(actor.isAdmin());
        organisation.setEmptySelectionCaption(getTranslation("audit.allOrganisations"));
        organisation.setWidth("min(24rem, 90vw)");
        if (!actor.isAdmin() && !visible.isEmpty()) {
            organisation.setValue(visible.get(0));
        }
        organisation.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        HorizontalLayout toolbar = new HorizontalLayout(organisation);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (actor.isAdmin()) {
            Button check = new Button(getTranslation("audit.check"), VaadinIcon.CHECK_CIRCLE_O.create(),
                    e -> check());
            check.setId("audit-check");
            toolbar.add(check);
        }
        checkResult.setId("audit-check-result");
        checkResult.setVisible(false);

        configureGrid();
        add(new H1(getTranslation("audit.title")), new Paragraph(getTranslation("audit.intro")));
        if (!actor.isAdmin() && visible.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("audit.noOrganisations"));
            none.setId("audit-none");
            add(none);
            return;
        }
        add(toolbar, checkResult, grid);
    }

    private void configureGrid() {
        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(e -> time.format(e.at())).setHeader(getTranslation("audit.column.time")).setKey("time")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditEntry::actor).setHeader(getTranslation("audit.column.actor")).setKey("actor")
                .setAutoWidth(true).setFlexGrow(0);
        if (actor.isAdmin()) {
            grid.addColumn(e -> e.organisationId() == null ? "" : names.getOrDefault(e.organisationId(),
                    "#" + e.organisationId())).setHeader(getTranslation("audit.column.organisation"))
                    .setKey("organisation");
        }
        grid.addColumn(e -> label("audit.entity.", e.entityType()) + " #" + e.entityId())
                .setHeader(getTranslation("audit.column.entity")).setKey("entity").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(e -> label("audit.action.", e.action())).setHeader(getTranslation("audit.column.action"))
                .setKey("action").setAutoWidth(true).setFlexGrow(0);
        addJsonColumn("before", "audit.column.before", e -> audit.change(e).before(), AuditEntry::beforeJson);
        addJsonColumn("after", "audit.column.after", e -> audit.change(e).after(), AuditEntry::afterJson);
        grid.setItems(query -> audit.history(actor, selected(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, audit.count(actor, selected())));
    }

    /** A short column (only what changed) whose tooltip shows the full stored JSON. */
    private void addJsonColumn(String key, String header, ValueProvider<AuditEntry, String> changed,
                               ValueProvider<AuditEntry, String> json) {
        grid.addColumn(e -> shorten(changed.apply(e))).setHeader(getTranslation(header)).setKey(key).setFlexGrow(2)
                .setTooltipGenerator(e -> json.apply(e) == null ? "" : json.apply(e));
    }

    /** The chosen organisation; null (the whole trail) only for administrators. */
    private Long selected() {
        return organisation.getValue() == null ? null : organisation.getValue().id();
    }

    private void check() {
        AuditChain.Verification v = audit.verify(actor);
        String text = v.intact() ? getTranslation("audit.check.intact", v.checked())
                : getTranslation("audit.check.broken", v.firstBrokenId(),
                getTranslation("audit.break." + v.problem().name().toLowerCase(Locale.ROOT)));
        if (v.unkeyed() > 0) {
            text += " " + getTranslation("audit.check.unkeyed", v.unkeyed());
        }
        checkResult.setText(text);
        checkResult.getElement().setAttribute("theme", v.intact() ? "badge success" : "badge error");
        checkResult.setVisible(true);
    }

    /** A translated label for a code where one exists (entity types and actions of every feature), else the code. */
    private String label(String prefix, String code) {
        String text = getTranslation(prefix + code);
        return text.startsWith("!") ? code : text;
    }

    static String shorten(String json) {
        if (json == null) {
            return "";
        }
        return json.length() <= SHORT ? json : json.substring(0, SHORT - 1) + "\u2026";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " | " + getTranslation("app.name");
    }
}
