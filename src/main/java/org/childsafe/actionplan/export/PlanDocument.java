package org.childsafe.actionplan.export;

import org.childsafe.actionplan.domain.ActionItem;
import org.childsafe.actionplan.domain.ActionStatus;
import org.childsafe.actionplan.domain.Priority;
import org.childsafe.actionplan.service.ActionPlan;
import org.childsafe.framework.domain.LocalizedText;

import java.time.LocalDate;
import java.util.List;

/**
 * An action plan as the exports print it, in one language: a flat, framework-free model, so exporters are
 * plain functions and tests can build fixtures directly.
 *
 * @param language        {@code en} or {@code th}
 * @param organisation    organisation name
 * @param assessmentTitle the assessment's title
 * @param framework       framework title and version
 * @param assessmentDate  the date due dates were counted from
 * @param today           the date printed on, and the reference for "overdue"
 * @param score           the effective score rounded to one decimal; null when nothing is scored yet
 * @param rating          rating code (e.g. {@code critical_gaps}); null with the score
 * @param rows            actions in plan order
 * @param progress        per domain with actions, in framework order
 */
public record PlanDocument(String language, String organisation, String assessmentTitle, String framework,
                           LocalDate assessmentDate, LocalDate today, Double score, String rating, List<Row> rows,
                           List<Progress> progress) {

    public PlanDocument {
        rows = List.copyOf(rows);
        progress = List.copyOf(progress);
    }

    /** One action. Texts are in the document's language (English where no translation exists). */
    public record Row(String itemCode, String domain, Priority priority, boolean critical, String text,
                      String ownerRole, String owner, LocalDate dueDate, String firstStep, String resources,
                      String completionIndicator, ActionStatus status, String dropReason, boolean overdue) {
    }

    /** Done out of all (dropped left out) for one domain. */
    public record Progress(String domain, int done, int all) {
    }

    public static PlanDocument of(ActionPlan plan, String language) {
        List<Row> rows = plan.open().stream().map(a -> row(plan, a, language)).toList();
        List<Progress> progress = plan.progress().stream()
                .map(p -> new Progress(p.domainCode() + " " + p.title().get(language), p.done(), p.all())).toList();
        return new PlanDocument(language, plan.details().organisationName(), plan.assessment().title(),
                plan.framework().title().get(language) + " " + plan.framework().version(), plan.assessmentDate(),
                plan.today(), plan.effective().roundedScore(), plan.effective().rating(), rows, progress);
    }

    private static Row row(ActionPlan plan, ActionItem a, String language) {
        LocalizedText role = a.ownerRole();
        return new Row(a.itemCode(), a.domainCode() + " " + plan.domainTitle(a.domainCode()).get(language),
                a.priority(), a.critical(), a.text().get(language), role.isEmpty() ? null : role.get(language),
                a.owner(), a.dueDate(), a.firstStep(), a.resources(), a.completionIndicator(), a.status(),
                a.dropReason(), a.overdue(plan.today()));
    }

    public long overdueCount() {
        return rows.stream().filter(Row::overdue).count();
    }

    public boolean hasStatus(ActionStatus status) {
        return rows.stream().anyMatch(r -> r.status() == status);
    }
}
