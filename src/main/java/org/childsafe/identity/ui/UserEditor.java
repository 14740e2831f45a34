package org.childsafe.identity.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import org.childsafe.kernel.OrganisationDirectory;
import org.childsafe.kernel.Role;
import org.childsafe.identity.service.IdentityService.User;
import org.childsafe.identity.service.IdentityService.UserForm;
import org.childsafe.identity.service.PasswordHasher;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The user form. It knows no services: it raises {@link SaveEvent} with what was typed and
 * {@link CancelEvent}; the view saves and shows any refusal at its field with {@link #showError}.
 * The username is fixed once created, and the password is asked for only when creating.
 */
public class UserEditor extends VerticalLayout {

    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final Select<Role> role = new Select<>();
    private final Select<String> language = new Select<>();
    private final MultiSelectComboBox<OrganisationDirectory.Entry> organisations = new MultiSelectComboBox<>();
    private final PasswordField password = new PasswordField();
    private Long editingId;

    public UserEditor() {
        setPadding(false);
        username.setId("user-username");
        username.setLabel(getTranslation("user.field.username"));
        username.setHelperText(getTranslation("user.field.username.help"));
        username.setRequiredIndicatorVisible(true);
        username.setMaxLength(64);
        displayName.setId("user-display-name");
        displayName.setLabel(getTranslation("user.field.displayName"));
        displayName.setMaxLength(200);
        role.setId("user-role");
        role.setLabel(getTranslation("user.field.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.code()));
        role.addValueChangeListener(e -> adminsHaveNoOrganisations());
        language.setId("user-language");
        language.setLabel(getTranslation("user.field.language"));
        language.setItems("en", "th");
        language.setItemLabelGenerator(code -> getTranslation("language." + code));
        organisations.setId("user-organisations");
        organisations.setLabel(getTranslation("user.field.organisations"));
        organisations.setHelperText(getTranslation("user.field.organisations.help"));
        organisations.setItemLabelGenerator(OrganisationDirectory.Entry::name);
        password.setId("user-password");
        password.setLabel(getTranslation("user.field.password"));
        password.setHelperText(getTranslation("user.field.password.help", PasswordHasher.MIN_LENGTH));
        password.setRequiredIndicatorVisible(true);
        FormLayout form = new FormLayout(username, displayName, role, language, organisations, password);
        form.setColspan(organisations, 2);

        Button save = new Button(getTranslation("action.save"), e -> fireEvent(new SaveEvent(this, editingId, value())));
        save.setId("user-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        Button cancel = new Button(getTranslation("action.cancel"), e -> fireEvent(new CancelEvent(this)));
        cancel.setId("user-cancel");
        add(form, new HorizontalLayout(save, cancel));
    }

    /** Fills the form for a new user (null) or an existing one, offering the given organisations. */
    public void edit(User user, List<OrganisationDirectory.Entry> choices) {
        editingId = user == null ? null : user.id();
        organisations.setItems(choices);
        username.setValue(user == null ? "" : user.username());
        username.setReadOnly(user != null);
        displayName.setValue(user == null ? "" : user.displayName());
        role.setValue(user == null ? Role.MANAGER : user.role());
        language.setValue(user == null ? "en" : user.language());
        organisations.setValue(user == null ? Set.of() : choices.stream()
                .filter(o -> user.organisationIds().contains(o.id())).collect(Collectors.toSet()));
        password.setValue("");
        password.setVisible(user == null);
        fields().values().forEach(f -> f.setInvalid(false));
        adminsHaveNoOrganisations();
    }

    public UserForm value() {
        return new UserForm(username.getValue(), displayName.getValue(), editingId == null ? password.getValue() : null,
                role.getValue() == null ? null : role.getValue().code(), language.getValue(),
                organisations.getValue().stream().map(OrganisationDirectory.Entry::id).sorted().toList());
    }

    /** Marks the field named by a refusal (API field names); an unknown field marks the username. */
    public void showError(String field, String message) {
        HasValidation target = fields().getOrDefault(field, username);
        target.setErrorMessage(message);
        target.setInvalid(true);
    }

    /** Clears the marks of an earlier refusal before the next one is shown. */
    public void clearErrors() {
        fields().values().forEach(f -> f.setInvalid(false));
    }

    private Map<String, HasValidation> fields() {
        return Map.of("username", username, "displayName", displayName, "role", role, "language", language,
                "organisationIds", organisations, "password", password);
    }

    private void adminsHaveNoOrganisations() {
        boolean admin = role.getValue() == Role.ADMIN;
        if (admin) {
            organisations.clear();
        }
        organisations.setEnabled(!admin);
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    /** Save was asked for; {@code id} is null for a new user. */
    public static final class SaveEvent extends ComponentEvent<UserEditor> {
        private final Long id;
        private final UserForm form;

        SaveEvent(UserEditor source, Long id, UserForm form) {
            super(source, false);
            this.id = id;
            this.form = form;
        }

        public Long id() {
            return id;
        }

        public UserForm form() {
            return form;
        }
    }

    public static final class CancelEvent extends ComponentEvent<UserEditor> {
        CancelEvent(UserEditor source) {
            super(source, false);
        }
    }
}
