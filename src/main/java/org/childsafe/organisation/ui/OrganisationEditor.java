package org.childsafe.organisation.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import org.childsafe.organisation.domain.Organisation;
import org.childsafe.organisation.domain.OrganisationType;
import org.childsafe.organisation.domain.SizeBand;
import org.childsafe.organisation.service.OrganisationService.OrganisationForm;

import java.util.List;

/**
 * The organisation form. It knows no services: it raises {@link SaveEvent} with what was typed and
 * {@link CancelEvent}; the view saves and shows any refusal with {@link #showError}.
 */
public class OrganisationEditor extends VerticalLayout {

    private final TextField name = new TextField();
    private final TextField country = new TextField();
    private final Select<OrganisationType> type = new Select<>();
    private final Select<SizeBand> size = new Select<>();
    private Long editingId;

    public OrganisationEditor() {
        setPadding(false);
        name.setId("org-name");
        name.setLabel(getTranslation("org.field.name"));
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        name.setWidthFull();
        country.setId("org-country");
        country.setLabel(getTranslation("org.field.country"));
        country.setHelperText(getTranslation("org.field.country.help"));
        country.setMaxLength(2);
        type.setId("org-type");
        type.setLabel(getTranslation("org.field.type"));
        type.setItems(OrganisationType.values());
        type.setItemLabelGenerator(t -> getTranslation("org.type." + t.code()));
        size.setId("org-size");
        size.setLabel(getTranslation("org.field.size"));
        size.setItems(SizeBand.values());
        size.setItemLabelGenerator(s -> getTranslation("org.size." + s.code()));
        FormLayout form = new FormLayout(name, country, type, size);
        form.setColspan(name, 2);

        Button save = new Button(getTranslation("action.save"), e -> fireEvent(new SaveEvent(this, editingId, value())));
        save.setId("org-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        Button cancel = new Button(getTranslation("action.cancel"), e -> fireEvent(new CancelEvent(this)));
        add(form, new HorizontalLayout(save, cancel));
        edit(null);
    }

    public void edit(Organisation organisation) {
        editingId = organisation == null ? null : organisation.id();
        name.setValue(organisation == null ? "" : organisation.name());
        country.setValue(organisation == null ? "TH" : organisation.country());
        type.setValue(organisation == null ? OrganisationType.NGO : organisation.type());
        size.setValue(organisation == null ? SizeBand.SMALL : organisation.size());
        name.setInvalid(false);
        country.setInvalid(false);
    }

    public OrganisationForm value() {
        return new OrganisationForm(name.getValue(), country.getValue(),
                type.getValue() == null ? null : type.getValue().code(),
                size.getValue() == null ? null : size.getValue().code());
    }

    /** Marks the field named by the refusal (API field names), or the name field. */
    public void showError(String field, String message) {
        List.of(name, country).forEach(f -> f.setInvalid(false));
        TextField target = "country".equals(field) ? country : name;
        target.setErrorMessage(message);
        target.setInvalid(true);
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    /** Save was asked for; {@code id} is null for a new organisation. */
    public static final class SaveEvent extends ComponentEvent<OrganisationEditor> {
        private final Long id;
        private final OrganisationForm form;

        SaveEvent(OrganisationEditor source, Long id, OrganisationForm form) {
            super(source, false);
            this.id = id;
            this.form = form;
        }

        public Long id() {
            return id;
        }

        public OrganisationForm form() {
            return form;
        }
    }

    public static final class CancelEvent extends ComponentEvent<OrganisationEditor> {
        CancelEvent(OrganisationEditor source) {
            super(source, false);
        }
    }
}
