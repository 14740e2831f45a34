package org.childsafe.organisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import org.childsafe.kernel.Role;
import org.childsafe.uikit.AllowedRoles;
import org.childsafe.uikit.CurrentUser;
import org.childsafe.organisation.domain.Organisation;
import org.childsafe.organisation.service.OrganisationService;
import org.childsafe.kernel.Refusal;
import org.childsafe.uikit.Sentences;

/** The list of organisations, with create and edit in a dialog. */
@Route("organisations")
@Menu(order = 50, icon = "vaadin:building", title = "nav.organisations")
@AllowedRoles(Role.ADMIN)
@Prototype
public class OrganisationsView extends VerticalLayout implements HasDynamicTitle {

    private final OrganisationService service;
    private final Grid<Organisation> grid = new Grid<>();
    private final OrganisationEditor editor = new OrganisationEditor();
    private final Dialog dialog = new Dialog();

    public OrganisationsView(OrganisationService service) {
        this.service = service;
        setSizeFull();
        Button add = new Button(getTranslation("org.new"), VaadinIcon.PLUS.create(), e -> open(null));
        add.setId("org-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.setId("org-grid");
        grid.addColumn(Organisation::name).setHeader(getTranslation("org.field.name")).setFlexGrow(3);
        grid.addColumn(o -> getTranslation("org.type." + o.type().code())).setHeader(getTranslation("org.field.type"));
        grid.addColumn(o -> getTranslation("org.size." + o.size().code())).setHeader(getTranslation("org.field.size"));
        grid.addColumn(Organisation::country).setHeader(getTranslation("org.field.country")).setFlexGrow(0).setWidth("7em");
        grid.addComponentColumn(this::activeToggle).setKey("active").setHeader(getTranslation("org.field.active")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(query -> service.page(query.getPage(), query.getPageSize()).stream());
        grid.addItemClickListener(e -> open(e.getItem()));

        dialog.add(editor);
        dialog.setWidth("min(40rem, 95vw)");
        editor.addCancelListener(e -> dialog.close());
        editor.addSaveListener(e -> save(e.id(), e.form()));

        add(new H1(getTranslation("org.title")), add, grid);
    }

    /** Deactivate (or activate again): a deactivated organisation keeps its history. */
    private Button activeToggle(Organisation organisation) {
        Button toggle = new Button(getTranslation(organisation.active() ? "org.deactivate" : "org.activate"), e -> {
            service.setActive(CurrentUser.require(), organisation.id(), !organisation.active());
            grid.getDataProvider().refreshAll();
            Notification.show(getTranslation(organisation.active() ? "org.deactivated" : "org.activated"));
        });
        toggle.setId("org-active-" + organisation.id());
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        if (!organisation.active()) {
            toggle.getElement().setAttribute("aria-label", getTranslation("org.inactive") + ": " + organisation.name());
        }
        return toggle;
    }

    private void open(Organisation organisation) {
        editor.edit(organisation);
        dialog.setHeaderTitle(getTranslation(organisation == null ? "org.new" : "org.edit"));
        dialog.open();
    }

    private void save(Long id, OrganisationService.OrganisationForm form) {
        try {
            if (id == null) {
                service.create(CurrentUser.require(), form);
            } else {
                service.update(CurrentUser.require(), id, form);
            }
            dialog.close();
            grid.getDataProvider().refreshAll();
            Notification.show(getTranslation("org.saved"));
        } catch (Refusal refused) {
            String field = refused.details().isEmpty() ? "name" : refused.details().get(0).path();
            editor.showError(field, Sentences.of(refused));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("org.title") + " | " + getTranslation("app.name");
    }
}
