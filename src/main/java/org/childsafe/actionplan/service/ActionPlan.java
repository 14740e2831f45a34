package org.childsafe.actionplan.service;

import org.childsafe.actionplan.domain.ActionItem;
import org.childsafe.actionplan.domain.ActionStatus;
import org.childsafe.assessment.domain.Assessment;
import org.childsafe.assessment.domain.ServedResult;
import org.childsafe.assessment.service.AssessmentDetails;
import org.childsafe.framework.domain.Domain;
import org.childsafe.framework.domain.Framework;
import org.childsafe.framework.domain.Item;
import org.childsafe.framework.domain.LocalizedText;
import org.childsafe.scoring.ItemFlag;
import org.childsafe.scoring.ScoreComparison;
import org.childsafe.scoring.ScoreResult;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An assessment's action plan as read: the assessment (with its framework, answers and reviews), the result
 * it shows, the open actions in plan order, the actions whose gap has closed, the items still to assess, and
 * what the reader may do.
 *
 * @param details        the assessment with its pinned framework and answers
 * @param result         the result the assessment shows (stored once submitted); actions follow its effective part
 * @param assessmentDate the date suggested due dates are counted from (submitted, else created; UTC)
 * @param actions        every stored action: the open ones in the order of docs/action-plan.md, then resolved ones
 * @param today          today's date (UTC), for "overdue"
 * @param editable       whether the reader may change actions (managers of the organisation and admins)
 */
public record ActionPlan(AssessmentDetails details, ServedResult result, LocalDate assessmentDate,
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

    public ScoreComparison score() {
        return result.result();
    }

    public ScoreResult effective() {
        return result.result().effective();
    }

    /** The open plan: actions whose item still has a gap, in plan order. */
    public List<ActionItem> open() {
        return actions.stream().filter(a -> !a.resolved()).toList();
    }

    /** Actions whose item's gap has closed, in framework order: kept with everything people wrote. */
    public List<ActionItem> resolved() {
        List<String> order = framework().items().map(Item::code).toList();
        return actions.stream().filter(ActionItem::resolved)
                .sorted(java.util.Comparator.comparingInt(a -> order.indexOf(a.itemCode()))).toList();
    }

    /** Items with no answer yet, in framework order: they are assessed first, and have no action. */
    public List<Item> stillToAssess() {
        return effective().items().stream().filter(i -> i.has(ItemFlag.UNANSWERED))
                .map(i -> framework().item(i.code()).orElseThrow()).toList();
    }

    /** This plan with one stored action replaced (after an edit). */
    public ActionPlan with(ActionItem changed) {
        return new ActionPlan(details, result, assessmentDate,
                actions.stream().map(a -> a.id() == changed.id() ? changed : a).toList(), today, editable);
    }

    /**
     * Progress of one domain: open-plan actions done out of all of them, dropped ones left out (they will not
     * be done).
     */
    public record DomainProgress(String domainCode, LocalizedText title, int done, int all) {
        public double fraction() {
            return all == 0 ? 1 : (double) done / all;
        }
    }

    /** Progress per domain that has open-plan actions, in framework order. */
    public List<DomainProgress> progress() {
        List<DomainProgress> out = new ArrayList<>();
        List<ActionItem> open = open();
        for (Domain domain : framework().domains()) {
            List<ActionItem> of = open.stream().filter(a -> a.domainCode().equals(domain.code())).toList();
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
