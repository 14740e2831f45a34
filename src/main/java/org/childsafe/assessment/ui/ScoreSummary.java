package org.childsafe.assessment.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.childsafe.framework.domain.Band;
import org.childsafe.framework.domain.Domain;
import org.childsafe.framework.domain.Framework;
import org.childsafe.scoring.DomainScore;
import org.childsafe.scoring.ItemFlag;
import org.childsafe.scoring.ItemScore;
import org.childsafe.scoring.ScoreResult;
import org.childsafe.scoring.Scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One result in words and a picture: the overall score, the rating and why, the critical items behind
 * it, the provisional and indicative labels explained, counts, and a bar per domain.
 */
public class ScoreSummary extends Section {

    public ScoreSummary(String idPrefix, String heading, ScoreResult result, Framework framework) {
        setId(idPrefix);
        addClassName("cs-score-summary");
        Span score = new Span(result.score() == null ? "–" : Labels.score(result.score()) + "%");
        score.setId(idPrefix + "-score");
        score.addClassName("cs-score-big");
        Span rating = new Span(Labels.rating(result.rating()));
        rating.setId(idPrefix + "-rating");
        rating.addClassNames("cs-badge", "cs-rating", "cs-rating-" + (result.rating() == null ? "none" : result.rating()));
        Div line = new Div(score, rating);
        line.addClassName("cs-score-line");
        Paragraph reason = new Paragraph(reason(result, framework));
        reason.setId(idPrefix + "-reason");
        reason.addClassName("cs-reason");
        add(new H2(heading), line, reason);

        List<String> critical = new ArrayList<>(result.criticalNotMet());
        critical.addAll(result.criticalPartlyMet());
        if (!critical.isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.setId(idPrefix + "-critical");
            critical.forEach(code -> framework.item(code).ifPresent(item -> list.add(new ListItem(
                    code + " – " + Labels.text(item.text()) + " (" + answerInWords(result, framework, code) + ")"))));
            add(list);
        }
        Paragraph counts = new Paragraph(Labels.t("result.counts",
                result.domains().stream().mapToInt(DomainScore::answered).sum(), framework.itemCount(),
                notApplicable(result), result.dontKnowCount()));
        counts.setId(idPrefix + "-counts");
        counts.addClassName("cs-meta");
        add(counts);
        if (result.provisional()) {
            add(label(idPrefix + "-provisional", "result.provisional", "result.provisional.help"));
        }
        if (result.indicative()) {
            add(label(idPrefix + "-indicative", "result.indicative", "result.indicative.help"));
        }
        Svg bars = new Svg(DomainBarsSvg.render(Labels.t("result.bars.title"), bars(result, framework)));
        bars.setId(idPrefix + "-bars");
        bars.addClassName("cs-bars");
        add(bars);
    }

    /** Why the rating is what it is, in one sentence. */
    static String reason(ScoreResult result, Framework framework) {
        if (result.score() == null) {
            return Labels.t("result.reason.noScore");
        }
        if (!result.criticalNotMet().isEmpty()) {
            return Labels.t("result.reason.criticalGaps", Labels.join(result.criticalNotMet()),
                    result.criticalNotMet().size());
        }
        if (!result.criticalPartlyMet().isEmpty()) {
            return Labels.t("result.reason.capped", Labels.join(result.criticalPartlyMet()),
                    result.criticalPartlyMet().size(), Labels.band(Scoring.DEVELOPING));
        }
        double min = framework.bands().stream().filter(b -> b.code().equals(result.band())).findFirst()
                .map(Band::min).orElse(0.0);
        String minText = min == Math.rint(min) ? String.valueOf((long) min) : String.format(Locale.ROOT, "%.1f", min);
        return Labels.t("result.reason.band", Labels.score(result.score()), Labels.band(result.band()), minText);
    }

    /** The answer scored, and why a "Met" counts only half when it has no evidence. */
    private static String answerInWords(ScoreResult result, Framework framework, String code) {
        ItemScore scored = result.item(code).orElseThrow();
        String answer = Labels.option(framework.scale(), scored.answer());
        return scored.has(ItemFlag.CLAIMED_NOT_EVIDENCED) ? answer + " – " + Labels.flag(ItemFlag.CLAIMED_NOT_EVIDENCED)
                : answer;
    }

    static List<DomainBarsSvg.Bar> bars(ScoreResult result, Framework framework) {
        List<DomainBarsSvg.Bar> out = new ArrayList<>();
        for (Domain domain : framework.domains()) {
            DomainScore score = result.domain(domain.code()).orElse(null);
            boolean counts = score != null && score.counts();
            out.add(new DomainBarsSvg.Bar(domain.code() + " · " + Labels.text(domain.title()),
                    counts ? score.score() : null,
                    counts ? Labels.score(score.score()) + "%" : Labels.t("result.bars.notCounted")));
        }
        return out;
    }

    private static int notApplicable(ScoreResult result) {
        return result.domains().stream().mapToInt(DomainScore::notApplicable).sum();
    }

    private static Div label(String id, String labelKey, String helpKey) {
        Span badge = new Span(Labels.t(labelKey));
        badge.setId(id);
        badge.addClassNames("cs-badge", "cs-label");
        Div box = new Div(badge, new Span(" " + Labels.t(helpKey)));
        box.addClassName("cs-label-box");
        return box;
    }
}
