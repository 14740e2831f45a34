package org.childsafe.identity.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.shared.Registration;
import org.childsafe.identity.service.PasswordHasher;

/** A new password for one person, typed by an administrator; raises {@link SaveEvent} and {@link CancelEvent}. */
public class PasswordForm extends VerticalLayout {

    private final PasswordField password = new PasswordField();
    private long userId;

    public PasswordForm() {
        setPadding(false);
        password.setId("reset-password");
        password.setLabel(getTranslation("user.newPassword"));
        password.setHelperText(getTranslation("user.field.password.help", PasswordHasher.MIN_LENGTH));
        password.setWidthFull();
        Button save = new Button(getTranslation("action.save"), e -> fireEvent(new SaveEvent(this, userId,
                password.getValue())));
        save.setId("reset-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        Button cancel = new Button(getTranslation("action.cancel"), e -> fireEvent(new CancelEvent(this)));
        add(password, new HorizontalLayout(save, cancel));
    }

    public void edit(long userId) {
        this.userId = userId;
        password.setValue("");
        password.setInvalid(false);
    }

    public void showError(String message) {
        password.setErrorMessage(message);
        password.setInvalid(true);
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    /** The administrator asked to set {@code password} for the user {@code userId}. */
    public static final class SaveEvent extends ComponentEvent<PasswordForm> {
        private final long userId;
        private final String password;

        SaveEvent(PasswordForm source, long userId, String password) {
            super(source, false);
            this.userId = userId;
            this.password = password;
        }

        public long userId() {
            return userId;
        }

        public String password() {
            return password;
        }
    }

    public static final class CancelEvent extends ComponentEvent<PasswordForm> {
        CancelEvent(PasswordForm source) {
            super(source, false);
        }
    }
}
