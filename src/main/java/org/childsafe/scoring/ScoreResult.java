package org.childsafe.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The result of the scoring method for one perspective. Scores are kept unrounded; the {@code rounded...}
 * accessors give what is shown and returned (rule 10).
 *
 * @param methodVersion {@link Scoring#METHOD_VERSION} of the method that produced this result
 * @param perspective   self answers only, or the effective (reviewed) answers
 * @param score         S, unrounded (kept to 9 decimals, see {@link #normalise}); null when no domain counts
 *                      (nothing applicable answered yet)
 * @param band          code of the first band whose min ≤ S; null when S is null
 * @param rating        {@link Scoring#CRITICAL_GAPS} or a band code (capped, rule 7); null when S is null
 * @param provisional   rule 8
 * @param indicative    rule 9, from the framework
 * @param domains       per domain, in framework order (including domains that do not count)
 * @param items         per item, in framework order
 */
public record ScoreResult(
        String methodVersion,
        Perspective perspective,
        Double score,
        String band,
        String rating,
        boolean provisional,
        boolean indicative,
        List<DomainScore> domains,
        List<ItemScore> items) {

    /** Decimals kept of an unrounded score, so binary floating-point noise cannot flip a comparison. */
    static final int CANONICAL_SCALE = 9;

    public ScoreResult {
        domains = List.copyOf(domains);
        items = List.copyOf(items);
    }

    /**
     * Half-up rounding to one decimal (16.25 → 16.3, 79.95 → 80.0). The value is first taken at 9 decimals
     * (half-even) so that a sum computed as 16.249999999999996 still rounds as the 16.25 it stands for.
     */
    public static Double round(Double value) {
        return value == null ? null : canonical(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    /**
     * An unrounded score as it is kept: to 9 decimals (half-even), which removes binary floating-point noise
     * (100.00000000000001 → 100.0, 16.249999999999996 → 16.25) while staying far below the 0.05 that rounding
     * for display could turn on.
     */
    static double normalise(double value) {
        return canonical(value).doubleValue();
    }

    static BigDecimal canonical(double value) {
        return BigDecimal.valueOf(value).setScale(CANONICAL_SCALE, RoundingMode.HALF_EVEN);
    }

    public Double roundedScore() {
        return round(score);
    }

    public boolean hasCriticalGaps() {
        return Scoring.CRITICAL_GAPS.equals(rating);
    }

    public Optional<ItemScore> item(String itemCode) {
        return items.stream().filter(i -> i.code().equals(itemCode)).findFirst();
    }

    public Optional<DomainScore> domain(String domainCode) {
        return domains.stream().filter(d -> d.code().equals(domainCode)).findFirst();
    }

    /** Codes of unanswered items (rule 1: reported as missing), in framework order. */
    public List<String> unansweredItems() {
        return codes(i -> i.has(ItemFlag.UNANSWERED));
    }

    /** Codes of unanswered critical items: while any remain the assessment cannot be submitted. */
    public List<String> unansweredCriticalItems() {
        return codes(i -> i.critical() && i.has(ItemFlag.UNANSWERED));
    }

    /** Codes of critical items with v = 0 (these give the rating {@code critical_gaps}). */
    public List<String> criticalNotMet() {
        return codes(i -> i.critical() && i.applicable() && i.value() == 0.0);
    }

    /** Codes of critical items with 0 < v < 1 after the evidence gate (these cap the rating). */
    public List<String> criticalPartlyMet() {
        return codes(i -> i.critical() && i.applicable() && i.value() > 0.0 && i.value() < 1.0);
    }

    /** How much of the checklist this result is built on. */
    public Completeness completeness() {
        return Completeness.of(this);
    }

    /** The rule that sets the rating, for a result computed on a framework with these bands. */
    public Explanation explanation(List<org.childsafe.framework.domain.Band> bands) {
        return Explanation.of(this, bands);
    }

    public int applicableCount() {
        return (int) items.stream().filter(ItemScore::applicable).count();
    }

    public int dontKnowCount() {
        return (int) items.stream().filter(i -> i.has(ItemFlag.DONT_KNOW)).count();
    }

    private List<String> codes(Predicate<ItemScore> predicate) {
        return items.stream().filter(predicate).map(ItemScore::code).toList();
    }
}
