package org.childsafe.actionplan.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import org.childsafe.actionplan.domain.ActionItem;
import org.childsafe.actionplan.domain.ActionStatus;
import org.childsafe.actionplan.service.ActionPatch;
import org.childsafe.kernel.Detail;

import java.time.LocalDate;
import java.util.List;

/**
 * One action with its inline editors. It knows no services: every change a person makes (text fields on blur,
 * the date and status on change) is raised as a {@link ChangeEvent} carrying an {@link ActionPatch}; the view
 * saves it and calls {@link #saved} or {@link #refused}. Choosing "dropped" without a reason is sent as well,
 * so the refusal (and the reason field it reveals) comes from the same rule as the API's.
 *
 * <p>Component ids end in the item code: {@code action-owner-P1}, {@code action-due-P1},
 * {@code action-status-P1}, {@code action-drop-reason-P1}, {@code action-first-step-P1},
 * {@code action-resources-P1}, {@code action-indicator-P1}, {@code action-saved-P1}, {@code action-overdue-P1}.
 */
public class ActionCard extends Div {

    private final TextField owner = new TextField();
    private final DatePicker due = new DatePicker();
    private final Select<ActionStatus> status = new Select<>();
    private final TextField dropReason = new TextField();
    private final TextArea firstStep = new TextArea();
    private final TextArea resources = new TextArea();
    private final TextArea indicator = new TextArea();
    private final Span saved = new Span();
    private final Span overdue = new Span();
    private ActionItem action;
    private boolean quiet;

    public ActionCard(ActionItem action, String language, LocalDate today, boolean editable) {
        this.action = action;
        String code = action.itemCode();
        setId("action-" + code);
        addClassName("cs-action");
        getStyle().set("border", "1px solid var(--lumo-contrast-30pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)").set("margin-bottom", "var(--lumo-space-s)");

        Span item = new Span(code);
        item.getStyle().set("font-weight", "700").set("margin-right", "var(--lumo-space-s)");
        Span priority = badge(getTranslation("actionplan.priority." + action.priority().code()));
        Div top = new Div(item, priority);
        if (action.critical()) {
            top.add(badge(getTranslation("actionplan.critical")));
        }
        overdue.setId("action-overdue-" + code);
        overdue.setText(getTranslation("actionplan.overdue"));
        overdue.addClassName("cs-overdue");
        overdue.getStyle().set("font-weight", "700").set("border", "2px solid currentColor")
                .set("color", "var(--cs-urgent, hsl(3, 75%, 42%))").set("padding", "0 var(--lumo-space-xs)")
                .set("border-radius", "var(--lumo-border-radius-s)").set("margin-left", "var(--lumo-space-s)");
        top.add(overdue);
        saved.setId("action-saved-" + code);
        saved.getStyle().set("margin-left", "var(--lumo-space-m)").set("color", "var(--lumo-secondary-text-color)")
                .set("font-size", "var(--lumo-font-size-s)");
        top.add(saved);
        Paragraph text = new Paragraph(action.text().get(language));
        text.getStyle().set("margin", "var(--lumo-space-xs) 0");

        owner.setId("action-owner-" + code);
        owner.setLabel(getTranslation("actionplan.field.owner"));
        owner.setMaxLength(200);
        if (!action.ownerRole().isEmpty()) {
            owner.setHelperText(getTranslation("actionplan.field.owner.suggested", action.ownerRole().get(language)));
        }
        due.setId("action-due-" + code);
        due.setLabel(getTranslation("actionplan.field.due"));
        due.setLocale(getLocale());
        status.setId("action-status-" + code);
        status.setLabel(getTranslation("actionplan.field.status"));
        status.setItems(ActionStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("actionplan.status." + s.code()));
        dropReason.setId("action-drop-reason-" + code);
        dropReason.setLabel(getTranslation("actionplan.field.dropReason"));
        firstStep.setId("action-first-step-" + code);
        firstStep.setLabel(getTranslation("actionplan.field.firstStep"));
        resources.setId("action-resources-" + code);
        resources.setLabel(getTranslation("actionplan.field.resources"));
        indicator.setId("action-indicator-" + code);
        indicator.setLabel(getTranslation("actionplan.field.indicator"));
        owner.setValueChangeMode(ValueChangeMode.ON_BLUR);
        dropReason.setValueChangeMode(ValueChangeMode.ON_BLUR);
        for (TextArea area : List.of(firstStep, resources, indicator)) {
            area.setValueChangeMode(ValueChangeMode.ON_BLUR);
            area.setMaxLength(4000);
        }
        show(action, today);

        listen(owner, () -> ActionPatch.of(ActionPatch.OWNER, owner.getValue()));
        listen(firstStep, () -> ActionPatch.of(ActionPatch.FIRST_STEP, firstStep.getValue()));
        listen(resources, () -> ActionPatch.of(ActionPatch.RESOURCES, resources.getValue()));
        listen(indicator, () -> ActionPatch.of(ActionPatch.COMPLETION_INDICATOR, indicator.getValue()));
        listen(due, () -> ActionPatch.of(ActionPatch.DUE_DATE, due.getValue() == null ? null : due.getValue().toString()));
        listen(status, this::statusPatch);
        listen(dropReason, () -> status.getValue() == ActionStatus.DROPPED ? statusPatch() : null);

        FormLayout form = new FormLayout(owner, due, status, dropReason, firstStep, resources, indicator);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 3));
        form.setColspan(dropReason, 3);
        add(top, text, form);
        if (!editable) {
            owner.setReadOnly(true);
            dropReason.setReadOnly(true);
            firstStep.setReadOnly(true);
            resources.setReadOnly(true);
            indicator.setReadOnly(true);
            due.setReadOnly(true);
            status.setReadOnly(true);
        }
    }

    private ActionPatch statusPatch() {
        ActionPatch patch = ActionPatch.of(ActionPatch.STATUS, status.getValue() == null ? null : status.getValue().code());
        if (status.getValue() == ActionStatus.DROPPED) {
            dropReason.setVisible(true);
            patch = patch.and(ActionPatch.DROP_REASON, dropReason.getValue());
        }
        return patch;
    }

    private <V> void listen(HasValue<?, V> field, java.util.function.Supplier<ActionPatch> patch) {
        field.addValueChangeListener(e -> {
            if (quiet) {
                return;
            }
            ActionPatch p = patch.get();
            if (p != null) {
                fireEvent(new ChangeEvent(this, p));
            }
        });
    }

    private static Span badge(String text) {
        Span badge = new Span(text);
        badge.addClassName("cs-badge");
        badge.getStyle().set("border", "1px solid var(--lumo-contrast-50pct)").set("border-radius", "var(--lumo-border-radius-s)")
                .set("padding", "0 var(--lumo-space-xs)").set("margin-right", "var(--lumo-space-xs)")
                .set("font-size", "var(--lumo-font-size-s)");
        return badge;
    }

    /** Shows the action as stored (without raising events). */
    private void show(ActionItem a, LocalDate today) {
        quiet = true;
        try {
            owner.setValue(a.owner() == null ? "" : a.owner());
            due.setValue(a.dueDate());
            status.setValue(a.status());
            dropReason.setValue(a.dropReason() == null ? "" : a.dropReason());
            dropReason.setVisible(a.status() == ActionStatus.DROPPED);
            firstStep.setValue(a.firstStep() == null ? "" : a.firstStep());
            resources.setValue(a.resources() == null ? "" : a.resources());
            indicator.setValue(a.completionIndicator() == null ? "" : a.completionIndicator());
            boolean late = a.overdue(today);
            overdue.setVisible(late);
            setClassName("cs-action--overdue", late);
            getStyle().set("border-left", late ? "6px solid var(--cs-urgent, hsl(3, 75%, 42%))"
                    : "1px solid var(--lumo-contrast-30pct)");
            setClassName("cs-action--closed", !a.active());
            status.setInvalid(false);
            dropReason.setInvalid(false);
            due.setInvalid(false);
        } finally {
            quiet = false;
        }
    }

    /** The "Overdue" badge (hidden while the action is not overdue); for tests. */
    Span overdueBadge() {
        return overdue;
    }

    public ActionItem action() {
        return action;
    }

    /** The change was stored. */
    public void saved(ActionItem stored, LocalDate today) {
        this.action = stored;
        show(stored, today);
        saved.setText("✓ " + getTranslation("actionplan.saved"));
    }

    /** The change was refused: the field the refusal names shows its message; the stored value stays. */
    public void refused(String message, List<Detail> details) {
        saved.setText("");
        String field = details.isEmpty() ? "" : details.get(0).path();
        if (ActionPatch.DROP_REASON.equals(field)) {
            dropReason.setVisible(true);
            status.setErrorMessage(getTranslation("actionplan.error.dropReason"));
            status.setInvalid(true);
            dropReason.setErrorMessage(getTranslation("actionplan.error.dropReason"));
            dropReason.setInvalid(true);
        } else if (ActionPatch.DUE_DATE.equals(field)) {
            due.setErrorMessage(message);
            due.setInvalid(true);
        } else {
            status.setErrorMessage(message);
            status.setInvalid(true);
        }
    }

    /** The action no longer exists (answers changed since the page was opened). */
    public void gone() {
        saved.setText(getTranslation("actionplan.error.gone"));
        getChildren().forEach(c -> c.getElement().setEnabled(false));
    }

    public Registration addChangeListener(ComponentEventListener<ChangeEvent> listener) {
        return addListener(ChangeEvent.class, listener);
    }

    /** A person changed a field: the patch to store. */
    public static final class ChangeEvent extends ComponentEvent<ActionCard> {
        private final ActionPatch patch;

        ChangeEvent(ActionCard source, ActionPatch patch) {
            super(source, true);
            this.patch = patch;
        }

        public ActionPatch patch() {
            return patch;
        }
    }
}
