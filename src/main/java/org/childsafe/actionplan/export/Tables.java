package org.childsafe.actionplan.export;

import org.childsafe.actionplan.service.ActionPlan;
import org.childsafe.assessment.domain.Answer;
import org.childsafe.assessment.domain.Review;
import org.childsafe.assessment.service.AssessmentDetails;
import org.childsafe.framework.domain.Domain;
import org.childsafe.framework.domain.Item;
import org.childsafe.scoring.ItemScore;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The plan and the answers as tables, for CSV and XLSX. */
public final class Tables {

    private Tables() {
    }

    /** One row per action, in plan order, every field people can write included. */
    public static ExportTable actions(PlanDocument plan, Labels l) {
        List<String> headers = List.of(l.get("actionplan.col.priority"), l.get("actionplan.col.critical"),
                l.get("actionplan.col.domain"), l.get("actionplan.col.item"), l.get("actionplan.col.action"),
                l.get("actionplan.col.ownerRole"), l.get("actionplan.col.owner"), l.get("actionplan.col.due"),
                l.get("actionplan.col.overdue"), l.get("actionplan.col.firstStep"), l.get("actionplan.col.resources"),
                l.get("actionplan.col.indicator"), l.get("actionplan.col.status"), l.get("actionplan.col.dropReason"));
        List<Integer> widths = List.of(10, 8, 18, 7, 60, 20, 20, 11, 9, 40, 30, 30, 12, 30);
        List<List<Object>> rows = new ArrayList<>();
        for (PlanDocument.Row r : plan.rows()) {
            rows.add(Arrays.asList(l.get("actionplan.priority." + r.priority().code()), yesNo(l, r.critical()),
                    r.domain(), r.itemCode(), r.text(), r.ownerRole(), r.owner(), r.dueDate(),
                    r.overdue() ? l.get("actionplan.yes") : "", r.firstStep(), r.resources(), r.completionIndicator(),
                    l.get("actionplan.status." + r.status().code()), r.dropReason()));
        }
        return new ExportTable(l.get("actionplan.sheet.actions"), headers, widths, rows);
    }

    /** One row per item of the framework, in framework order, with the answer, the review and the result. */
    public static ExportTable answers(ActionPlan plan, Labels l) {
        String lang = l.language();
        AssessmentDetails details = plan.details();
        List<String> headers = List.of(l.get("actionplan.col.domain"), l.get("actionplan.col.item"),
                l.get("answers.col.text"), l.get("actionplan.col.critical"), l.get("answers.col.answer"),
                l.get("answers.col.comment"), l.get("answers.col.naReason"), l.get("answers.col.evidence"),
                l.get("answers.col.reviewAnswer"), l.get("answers.col.reviewComment"), l.get("answers.col.value"),
                l.get("answers.col.flags"));
        List<Integer> widths = List.of(18, 7, 60, 8, 12, 40, 30, 10, 12, 40, 8, 24);
        List<List<Object>> rows = new ArrayList<>();
        for (Domain domain : details.framework().domains()) {
            for (Item item : domain.items()) {
                Answer answer = details.answers().get(item.code());
                Review review = details.reviews().get(item.code());
                ItemScore score = plan.effective().item(item.code()).orElse(null);
                rows.add(Arrays.asList(domain.code() + " " + domain.title().get(lang), item.code(),
                        item.text().get(lang), yesNo(l, item.critical()), answer == null ? null : answer.answer(),
                        answer == null ? null : answer.comment(), answer == null ? null : answer.naReason(),
                        details.evidenceCounts().getOrDefault(item.code(), 0),
                        review == null ? null : review.answer(), review == null ? null : review.comment(),
                        score == null ? null : score.value(),
                        score == null ? null : String.join(" ", score.flagCodes())));
            }
        }
        return new ExportTable(l.get("answers.sheet"), headers, widths, rows);
    }

    private static String yesNo(Labels l, boolean value) {
        return l.get(value ? "actionplan.yes" : "actionplan.no");
    }
}
