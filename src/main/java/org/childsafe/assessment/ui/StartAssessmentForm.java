package org.childsafe.assessment.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import org.childsafe.assessment.service.AssessmentWorkflow.StartForm;
import org.childsafe.framework.service.FrameworkLibrary;
import org.childsafe.organisation.domain.Organisation;

import java.util.Comparator;
import java.util.List;

/**
 * "Start an assessment": which organisation, which checklist (framework version), a title and a
 * period. It knows no services: it raises {@link StartEvent} and {@link CancelEvent}.
 */
public class StartAssessmentForm extends VerticalLayout {

    /** The checklist offered first: the platform's own default framework, newest version. */
    static final String DEFAULT_FRAMEWORK = "cso-core";

    private final Select<Organisation> organisation = new Select<>();
    private final Select<FrameworkLibrary.Summary> framework = new Select<>();
    private final TextField title = new TextField();
    private final TextField period = new TextField();

    public StartAssessmentForm(List<Organisation> organisations, List<FrameworkLibrary.Summary> frameworks) {
        setPadding(false);
        String language = Labels.locale().getLanguage();
        organisation.setId("start-organisation");
        organisation.setLabel(Labels.t("start.organisation"));
        organisation.setItems(organisations);
        organisation.setItemLabelGenerator(Organisation::name);
        organisation.setRequiredIndicatorVisible(true);
        if (organisations.size() == 1) {
            organisation.setValue(organisations.get(0));
        }
        framework.setId("start-framework");
        framework.setLabel(Labels.t("start.framework"));
        framework.setItems(frameworks);
        framework.setItemLabelGenerator(f -> Labels.t("start.framework.option", f.title(language), f.version(),
                f.itemCount()));
        framework.setRequiredIndicatorVisible(true);
        frameworks.stream().filter(f -> f.code().equals(DEFAULT_FRAMEWORK)).max(Comparator.comparing(
                FrameworkLibrary.Summary::version)).or(() -> frameworks.stream().findFirst()).ifPresent(framework::setValue);
        title.setId("start-title");
        title.setLabel(Labels.t("start.title"));
        title.setHelperText(Labels.t("start.title.help"));
        title.setMaxLength(200);
        period.setId("start-period");
        period.setLabel(Labels.t("start.period"));
        period.setHelperText(Labels.t("start.period.help"));
        period.setMaxLength(60);
        FormLayout form = new FormLayout(organisation, framework, title, period);
        form.setColspan(organisation, 2);
        form.setColspan(framework, 2);

        Button start = new Button(Labels.t("start.confirm"), e -> start());
        start.setId("start-confirm");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(Labels.t("action.cancel"), e -> fireEvent(new CancelEvent(this)));
        cancel.setId("start-cancel");
        add(new Paragraph(Labels.t("start.intro")), form, new HorizontalLayout(start, cancel));
    }

    private void start() {
        organisation.setInvalid(organisation.getValue() == null);
        organisation.setErrorMessage(Labels.t("start.organisation.required"));
        framework.setInvalid(framework.getValue() == null);
        framework.setErrorMessage(Labels.t("start.framework.required"));
        if (organisation.isInvalid() || framework.isInvalid()) {
            return;
        }
        FrameworkLibrary.Summary f = framework.getValue();
        fireEvent(new StartEvent(this, new StartForm(organisation.getValue().id(), f.code(), f.version(),
                title.getValue(), period.getValue())));
    }

    /** Shows a refusal from the service on the field it concerns (API field names). */
    public void showError(String field, String message) {
        TextField target = "period".equals(field) ? period : title;
        target.setErrorMessage(message);
        target.setInvalid(true);
    }

    public Registration addStartListener(ComponentEventListener<StartEvent> listener) {
        return addListener(StartEvent.class, listener);
    }

    public Registration addCancelListener(ComponentEventListener<CancelEvent> listener) {
        return addListener(CancelEvent.class, listener);
    }

    /** Start was asked for with this form. */
    public static final class StartEvent extends ComponentEvent<StartAssessmentForm> {
        private final StartForm form;

        StartEvent(StartAssessmentForm source, StartForm form) {
            super(source, true);
            this.form = form;
        }

        public StartForm form() {
            return form;
        }
    }

    public static final class CancelEvent extends ComponentEvent<StartAssessmentForm> {
        CancelEvent(StartAssessmentForm source) {
            super(source, true);
        }
    }
}
