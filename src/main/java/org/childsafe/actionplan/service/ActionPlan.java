package org.childsafe.actionplan.service;

import org.childsafe.actionplan.domain.ActionItem;
import org.childsafe.actionplan.domain.ActionStatus;
import org.childsafe.assessment.domain.Assessment;
import org.childsafe.assessment.service.AssessmentDetails;
import org.childsafe.framework.domain.Domain;
import org.childsafe.framework.domain.Framework;
import org.childsafe.framework.domain.LocalizedText;
import org.childsafe.scoring.ScoreComparison;
import org.childsafe.scoring.ScoreResult;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An assessment's action plan as read: the assessment (with its framework, answers and reviews), the current
 * result, the actions in plan order, and what the reader may do.
 *
 * @param details        the assessment with its pinned framework and answers
 * @param score          the current result; actions follow {@link ScoreComparison#effective()}
 * @param assessmentDate the date suggested due dates are counted from (submitted, else created; UTC)
 * @param actions        in the order of docs/action-plan.md
 * @param today          today's date (UTC), for "overdue"
 * @param editable       whether the reader may change actions (managers of the organisation and admins)
 */
public record ActionPlan(AssessmentDetails details, ScoreComparison score, LocalDate assessmentDate,
                         List<ActionItem> actions, LocalDate today, boolean editable) {

    public ActionPlan {
        actions = List.copyOf(actions);
    }

    public Assessment assessment() {
        return details.assessment();
    }

    public Framework framework() {
        return details.framework();
    }

    public ScoreResult effective() {
        return score.effective();
    }

    /**
     * Progress of one domain: actions done out of all its actions, dropped ones left out (they will not be done).
     */
    public record DomainProgress(String domainCode, LocalizedText title, int done, int all) {
        public double fraction() {
            return all == 0 ? 1 : (double) done / all;
        }
    }

    /** Progress per domain that has actions, in framework order. */
    public List<DomainProgress> progress() {
        List<DomainProgress> out = new ArrayList<>();
        for (Domain domain : framework().domains()) {
            List<ActionItem> of = actions.stream().filter(a -> a.domainCode().equals(domain.code())).toList();
            if (of.isEmpty()) {
                continue;
            }
            int all = (int) of.stream().filter(a -> a.status() != ActionStatus.DROPPED).count();
            int done = (int) of.stream().filter(a -> a.status() == ActionStatus.DONE).count();
            out.add(new DomainProgress(domain.code(), domain.title(), done, all));
        }
        return out;
    }

    /** The domain's title, or its code when the framework does not know it. */
    public LocalizedText domainTitle(String domainCode) {
        return framework().domains().stream().filter(d -> d.code().equals(domainCode)).findFirst()
                .map(Domain::title).orElse(LocalizedText.of(domainCode));
    }

    public long overdueCount() {
        return actions.stream().filter(a -> a.overdue(today)).count();
    }
}
