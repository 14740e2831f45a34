package org.childsafe.assessment.ui;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableRow;
import org.childsafe.assessment.domain.Answer;
import org.childsafe.assessment.domain.Review;
import org.childsafe.assessment.service.AssessmentDetails;
import org.childsafe.framework.domain.Domain;
import org.childsafe.framework.domain.Framework;
import org.childsafe.framework.domain.Item;
import org.childsafe.scoring.ItemFlag;
import org.childsafe.scoring.ItemScore;
import org.childsafe.scoring.ScoreComparison;
import org.childsafe.scoring.ScoreResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Every item with its answer, what it counts for and why, grouped by domain: enough to answer "why is
 * our score 62%?" from the page alone. Once reviewed, the auditor's answer stands beside the
 * organisation's. A plain HTML table, so it reads well with a screen reader and prints.
 */
public class ItemResultsTable extends NativeTable {

    public ItemResultsTable(AssessmentDetails details, ScoreComparison comparison) {
        setId("result-items");
        addClassName("cs-result-table");
        setCaptionText(Labels.t("result.items.caption"));
        Framework framework = details.framework();
        ScoreResult effective = comparison.effective();
        boolean reviewed = comparison.reviewed();
        NativeTableRow head = getHead().addRow();
        head.addHeaderCell().setText(Labels.t("result.items.code"));
        head.addHeaderCell().setText(Labels.t("result.items.item"));
        head.addHeaderCell().setText(Labels.t(reviewed ? "result.items.selfAnswer" : "result.items.answer"));
        if (reviewed) {
            head.addHeaderCell().setText(Labels.t("result.items.verifiedAnswer"));
        }
        head.addHeaderCell().setText(Labels.t("result.items.value"));
        head.addHeaderCell().setText(Labels.t("result.items.notes"));
        int columns = reviewed ? 6 : 5;
        for (Domain domain : framework.domains()) {
            NativeTableBody body = addBody();
            NativeTableRow group = body.addRow();
            group.addClassName("cs-group-row");
            String score = effective.domain(domain.code()).filter(d -> d.counts())
                    .map(d -> Labels.score(d.score()) + "%").orElse(Labels.t("result.bars.notCounted"));
            var cell = group.addHeaderCell();
            cell.setText(domain.code() + " · " + Labels.text(domain.title()) + " – " + score);
            cell.getElement().setAttribute("colspan", String.valueOf(columns));
            cell.getElement().setAttribute("scope", "rowgroup");
            for (Item item : domain.items()) {
                ItemScore scored = effective.item(item.code()).orElseThrow();
                Answer answer = details.answers().get(item.code());
                Review review = details.reviews().get(item.code());
                NativeTableRow row = body.addRow();
                row.setId("result-row-" + item.code());
                row.addHeaderCell().setText(item.code());
                row.addDataCell().setText(Labels.text(item.text()));
                row.addDataCell().setText(Labels.option(framework.scale(), answer == null ? null : answer.answer()));
                if (reviewed) {
                    row.addDataCell().setText(review == null ? "–" : Labels.option(framework.scale(), review.answer()));
                }
                row.addDataCell().setText(value(scored.value()));
                row.addDataCell().setText(String.join(" · ", notes(item, scored, answer, review)));
            }
        }
    }

    static String value(Double value) {
        if (value == null) {
            return "–";
        }
        double percent = value * 100;
        return (percent == Math.rint(percent) ? String.valueOf((long) percent)
                : String.format(Locale.ROOT, "%.1f", percent)) + "%";
    }

    static List<String> notes(Item item, ItemScore scored, Answer answer, Review review) {
        List<String> out = new ArrayList<>();
        if (item.critical()) {
            out.add(Labels.t("walk.critical"));
        }
        for (ItemFlag flag : scored.flags()) {
            out.add(Labels.flag(flag));
        }
        if (answer != null && answer.naReason() != null && scored.has(ItemFlag.NOT_APPLICABLE) && review == null) {
            out.add(Labels.t("result.items.naReason", answer.naReason()));
        }
        if (review != null) {
            out.add(Labels.t("result.items.auditorComment", review.comment()));
        }
        return out;
    }
}
