package org.childsafe.identity.ui;

import org.childsafe.uikit.CurrentUser;
import org.childsafe.uikit.AllowedRoles;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;
import org.childsafe.kernel.Actor;
import org.childsafe.kernel.OrganisationDirectory;
import org.childsafe.kernel.Role;
import org.childsafe.identity.service.IdentityService;
import org.childsafe.identity.service.IdentityService.User;
import org.childsafe.identity.service.IdentityService.UserForm;
import org.childsafe.kernel.Detail;
import org.childsafe.kernel.Refusal;
import org.childsafe.uikit.Sentences;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Administrators manage accounts here: the list of users, create and edit in a dialog, deactivate or
 * activate, and set a new password. Every action goes through {@link IdentityService}, which checks
 * the role again and records the change in the audit trail.
 */
@Route("users")
@Menu(order = 90, icon = "vaadin:users", title = "nav.users")
@AllowedRoles(Role.ADMIN)
@Prototype
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final transient IdentityService identity;
    private final transient OrganisationDirectory organisations;
    private final Grid<User> grid = new Grid<>();
    private final UserEditor editor = new UserEditor();
    private final Dialog editDialog = new Dialog();
    private final PasswordForm passwordForm = new PasswordForm();
    private final Dialog passwordDialog = new Dialog();
    private List<OrganisationDirectory.Entry> choices = List.of();
    private String resetting = "";

    public UsersView(IdentityService identity, OrganisationDirectory organisations) {
        this.identity = identity;
        this.organisations = organisations;
        setSizeFull();
        Button add = new Button(getTranslation("user.new"), VaadinIcon.PLUS.create(), e -> open(null));
        add.setId("user-new");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.setId("user-grid");
        grid.addColumn(User::username).setHeader(getTranslation("user.field.username")).setKey("username")
                .setAutoWidth(true);
        grid.addColumn(User::displayName).setHeader(getTranslation("user.field.displayName")).setKey("displayName");
        grid.addColumn(u -> getTranslation("role." + u.role().code())).setHeader(getTranslation("user.field.role"))
                .setKey("role").setAutoWidth(true);
        grid.addColumn(u -> getTranslation("language." + u.language()))
                .setHeader(getTranslation("user.field.language")).setKey("language");
        grid.addColumn(this::organisationNames).setHeader(getTranslation("user.field.organisations"))
                .setKey("organisations").setFlexGrow(2);
        grid.addColumn(u -> getTranslation(u.active() ? "user.active" : "user.inactive"))
                .setHeader(getTranslation("user.field.active")).setKey("active");
        Grid.Column<User> actions = grid.addComponentColumn(this::actions).setHeader(getTranslation("user.actions"))
                .setKey("actions").setAutoWidth(true).setFlexGrow(0);
        // a click on a button in the actions column is not a click to edit the row
        grid.addItemClickListener(e -> {
            if (e.getColumn() != actions) {
                open(e.getItem());
            }
        });

        editDialog.add(editor);
        editDialog.setWidth("min(44rem, 95vw)");
        editor.addCancelListener(e -> editDialog.close());
        editor.addSaveListener(e -> save(e.id(), e.form()));
        passwordDialog.add(passwordForm);
        passwordDialog.setWidth("min(28rem, 95vw)");
        passwordForm.addCancelListener(e -> passwordDialog.close());
        passwordForm.addSaveListener(e -> resetPassword(e.userId(), e.password()));

        add(new H1(getTranslation("user.title")), add, grid);
        refresh();
    }

    private HorizontalLayout actions(User user) {
        Button reset = new Button(getTranslation("user.resetPassword"), VaadinIcon.KEY.create(),
                e -> openPasswordDialog(user));
        reset.addClassName("user-reset-password");
        Button toggle = new Button(getTranslation(user.active() ? "user.deactivate" : "user.activate"),
                e -> setActive(user, !user.active()));
        toggle.addClassName("user-toggle-active");
        toggle.setEnabled(user.id() != actor().userId());
        List.of(reset, toggle).forEach(b -> b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL));
        return new HorizontalLayout(reset, toggle);
    }

    private void refresh() {
        choices = organisations.all();
        grid.setItems(identity.list(actor()));
    }

    private String organisationNames(User user) {
        Map<Long, String> names = choices.stream()
                .collect(Collectors.toMap(OrganisationDirectory.Entry::id, OrganisationDirectory.Entry::name));
        return user.organisationIds().stream().map(id -> names.getOrDefault(id, "#" + id)).sorted()
                .collect(Collectors.joining(", "));
    }

    private void open(User user) {
        editor.edit(user, choices);
        editDialog.setHeaderTitle(getTranslation(user == null ? "user.new" : "user.edit"));
        editDialog.open();
    }

    private void save(Long id, UserForm form) {
        editor.clearErrors();
        try {
            if (id == null) {
                identity.create(actor(), form);
            } else {
                identity.update(actor(), id, form);
            }
            editDialog.close();
            refresh();
            Notification.show(getTranslation("user.saved"));
        } catch (Refusal refused) {
            if (!refused.details().isEmpty()) {
                refused.details().forEach(d -> editor.showError(d.path(), explain(d)));
            } else if (refused.kind() == Refusal.Kind.CONFLICT) {
                editor.showError(id == null ? "username" : "role",
                        getTranslation(id == null ? "user.error.taken" : "user.error.ownRole"));
            } else {
                Notification.show(Sentences.of(refused));
            }
        }
    }

    private void setActive(User user, boolean active) {
        try {
            identity.setActive(actor(), user.id(), active);
            refresh();
            Notification.show(getTranslation(active ? "user.activated" : "user.deactivated", user.username()));
        } catch (Refusal refused) {
            Notification.show(refused.kind() == Refusal.Kind.CONFLICT ? getTranslation("user.error.ownAccount")
                    : Sentences.of(refused));
        }
    }

    private void openPasswordDialog(User user) {
        passwordForm.edit(user.id());
        resetting = user.username();
        passwordDialog.setHeaderTitle(getTranslation("user.resetPassword.title", user.username()));
        passwordDialog.open();
    }

    private void resetPassword(long userId, String password) {
        try {
            identity.resetPassword(actor(), userId, password);
            passwordDialog.close();
            Notification.show(getTranslation("user.passwordReset", resetting));
        } catch (Refusal refused) {
            passwordForm.showError(refused.details().isEmpty() ? Sentences.of(refused)
                    : explain(refused.details().get(0)));
        }
    }

    /** The refusal of one field in the person's language. */
    private static String explain(Detail detail) {
        return Sentences.of(detail);
    }

    private static Actor actor() {
        return CurrentUser.require();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("user.title") + " | " + getTranslation("app.name");
    }
}
