package org.childsafe.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.childsafe.framework.domain.Band;
import org.childsafe.framework.domain.Domain;
import org.childsafe.framework.domain.Framework;
import org.childsafe.framework.domain.Item;
import org.childsafe.framework.domain.Scale;
import org.childsafe.framework.domain.ScaleOption;

/**
 * The scoring method of docs/scoring.md, rules 1 to 11, as pure functions.
 *
 * <p>Choices within the method (described in docs/scoring.md):
 * <ul>
 *   <li>A stored answer that {@link AnswerRules} would refuse (unknown code, N/A without a reason, N/A
 *       where not allowed) counts as no answer, flagged {@code invalid_answer} and {@code unanswered}.
 *       A review answering {@code na} uses its comment as the reason.</li>
 *   <li>Responses for codes that are not items of the framework are ignored; two responses for the
 *       same item are refused with {@link IllegalArgumentException}.</li>
 *   <li>{@code dont_know} scores 0 whatever value a custom scale lists for it.</li>
 *   <li>The critical gate (rule 7) looks at v after the evidence gate: a critical item claimed met without
 *       evidence (v = 0.5) caps the rating like a partly met one.</li>
 *   <li>The cap "no better than developing" is the band {@code developing} when the framework has one;
 *       otherwise the second band of the framework's list (the top band is withheld); with a single band
 *       there is nothing to cap.</li>
 *   <li>With nothing applicable answered, S, band and rating are null.</li>
 *   <li>Unrounded scores are kept to 9 decimals (see {@link ScoreResult#normalise}), so floating-point
 *       noise such as 79.99999999999999 for 80, or 100.00000000000001, cannot change a band or a bound.</li>
 * </ul>
 */
public final class Scoring {

    /** Version of this scoring method, stored with every snapshot (rule 12). */
    public static final String METHOD_VERSION = "1.0";
    /** The rating when any critical item has v = 0 (rule 7). */
    public static final String CRITICAL_GAPS = "critical_gaps";
    /** The band that caps the rating when a critical item is only partly met (rule 7). */
    public static final String DEVELOPING = "developing";

    private Scoring() {
    }

    /** Rules 1 to 10 for one perspective. */
    public static ScoreResult score(Framework framework, Collection<ItemResponse> responses, Perspective perspective) {
        Objects.requireNonNull(perspective, "perspective");
        Map<String, ItemResponse> byItem = index(responses);
        List<ItemScore> items = new ArrayList<>();
        List<DomainScore> domains = new ArrayList<>();
        for (Domain domain : framework.domains()) {
            List<ItemScore> domainItems = domain.items().stream()
                    .map(item -> scoreItem(framework.scale(), domain, item, byItem.get(item.code()), perspective))
                    .toList();
            items.addAll(domainItems);
            domains.add(DomainScore.of(domain.code(), domain.weight(), domainItems));
        }
        Double score = overall(domains);
        String band = score == null ? null : band(framework.bands(), score);
        String rating = band == null ? null : rating(framework.bands(), band, items);
        return new ScoreResult(METHOD_VERSION, perspective, score, band, rating, provisional(items),
                framework.indicative(), domains, items);
    }

    /** The effective result, and the self result beside it once any item of the framework has been reviewed (rule 11). */
    public static ScoreComparison compare(Framework framework, Collection<ItemResponse> responses) {
        ScoreResult effective = score(framework, responses, Perspective.EFFECTIVE);
        boolean reviewed = effective.items().stream().anyMatch(i -> i.has(ItemFlag.REVIEWED));
        return new ScoreComparison(effective, reviewed ? score(framework, responses, Perspective.SELF) : null);
    }

    /**
     * Critical items still without a usable self-assessed answer, in framework order. While this is not empty
     * the assessment cannot be submitted (rule 1).
     */
    public static List<String> submissionBlockers(Framework framework, Collection<ItemResponse> responses) {
        return score(framework, responses, Perspective.SELF).unansweredCriticalItems();
    }

    /** Rules 1 to 3 for one item. */
    static ItemScore scoreItem(Scale scale, Domain domain, Item item, ItemResponse response, Perspective perspective) {
        EnumSet<ItemFlag> flags = EnumSet.noneOf(ItemFlag.class);
        Review review = perspective == Perspective.EFFECTIVE && response != null ? response.review() : null;
        String answer;
        String naReason;
        if (review != null) {
            flags.add(ItemFlag.REVIEWED);
            answer = review.answer();
            naReason = review.comment();
        } else if (response != null) {
            answer = response.answer();
            naReason = response.naReason();
        } else {
            answer = null;
            naReason = null;
        }
        if (answer == null || answer.isBlank()) {
            flags.add(ItemFlag.UNANSWERED);
            return itemScore(domain, item, null, null, flags);
        }
        if (!AnswerRules.isValid(item, scale, answer, naReason)) {
            flags.add(ItemFlag.INVALID_ANSWER);
            flags.add(ItemFlag.UNANSWERED);
            return itemScore(domain, item, answer, null, flags);
        }
        ScaleOption option = scale.option(answer).orElseThrow();
        if (option.isNotApplicable()) {
            flags.add(ItemFlag.NOT_APPLICABLE);
            return itemScore(domain, item, answer, null, flags);
        }
        double value = option.value();
        if (option.isDontKnow()) {
            flags.add(ItemFlag.DONT_KNOW);
            value = 0.0;
        }
        boolean evidenced = response.evidenceAttached() || review != null;
        if (item.evidenceRequired() && value == 1.0 && !evidenced) {
            flags.add(ItemFlag.CLAIMED_NOT_EVIDENCED);
            value = 0.5;
        }
        return itemScore(domain, item, answer, value, flags);
    }

    private static ItemScore itemScore(Domain domain, Item item, String answer, Double value, EnumSet<ItemFlag> flags) {
        return new ItemScore(item.code(), domain.code(), item.critical(), item.weight(), answer, value, List.copyOf(flags));
    }

    /** Rule 5: S = Σ(W·D) / Σ(W) over the domains that count. */
    private static Double overall(List<DomainScore> domains) {
        double weighted = 0;
        double weights = 0;
        for (DomainScore domain : domains) {
            if (domain.counts()) {
                weighted += domain.weight() * domain.score();
                weights += domain.weight();
            }
        }
        return weights == 0 ? null : ScoreResult.normalise(weighted / weights);
    }

    /** Rule 6: the first band whose min ≤ S; the last band if the list (wrongly) has none that fits. */
    static String band(List<Band> bands, double score) {
        BigDecimal s = ScoreResult.canonical(score);
        return bands.stream()
                .filter(b -> ScoreResult.canonical(b.min()).compareTo(s) <= 0)
                .findFirst()
                .orElse(bands.get(bands.size() - 1))
                .code();
    }

    /** Rule 7: the critical gate. */
    static String rating(List<Band> bands, String band, List<ItemScore> items) {
        List<ItemScore> critical = items.stream().filter(i -> i.critical() && i.applicable()).toList();
        if (critical.stream().anyMatch(i -> i.value() == 0.0)) {
            return CRITICAL_GAPS;
        }
        if (critical.stream().anyMatch(i -> i.value() < 1.0)) {
            return capped(bands, band);
        }
        return band;
    }

    /** The lower (by the framework's band order, best first) of the band and the cap. */
    static String capped(List<Band> bands, String band) {
        int bandIndex = indexOf(bands, band);
        int capIndex = indexOf(bands, DEVELOPING);
        if (capIndex < 0) {
            capIndex = Math.min(1, bands.size() - 1);
        }
        return bands.get(Math.max(bandIndex, capIndex)).code();
    }

    private static int indexOf(List<Band> bands, String code) {
        for (int i = 0; i < bands.size(); i++) {
            if (bands.get(i).code().equals(code)) {
                return i;
            }
        }
        return -1;
    }

    /** Rule 8: any critical item dont_know, or more than 10% of applicable items dont_know. */
    private static boolean provisional(List<ItemScore> items) {
        long applicable = items.stream().filter(ItemScore::applicable).count();
        long dontKnow = items.stream().filter(i -> i.has(ItemFlag.DONT_KNOW)).count();
        boolean criticalDontKnow = items.stream().anyMatch(i -> i.critical() && i.has(ItemFlag.DONT_KNOW));
        return criticalDontKnow || dontKnow * 10 > applicable;
    }

    private static Map<String, ItemResponse> index(Collection<ItemResponse> responses) {
        Map<String, ItemResponse> byItem = new HashMap<>();
        for (ItemResponse response : responses) {
            if (byItem.putIfAbsent(response.itemCode(), response) != null) {
                throw new IllegalArgumentException("two responses for item " + response.itemCode());
            }
        }
        return byItem;
    }
}
