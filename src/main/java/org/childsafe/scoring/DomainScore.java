package org.childsafe.scoring;

import java.util.List;

/**
 * One domain's part of a result.
 *
 * @param code          domain code
 * @param weight        the domain's weight W
 * @param score         D = 100 × Σ(w·v) / Σ(w) over applicable items, unrounded (kept to 9 decimals, see
 *                      {@link ScoreResult#normalise}); null when none is applicable
 * @param items         number of items in the domain
 * @param answered      items with a usable answer, N/A included
 * @param applicable    answered items that are not N/A (the ones scored)
 * @param notApplicable items answered N/A
 * @param missing       items still unanswered
 * @param dontKnow      applicable items answered {@code dont_know}
 */
public record DomainScore(
        String code,
        double weight,
        Double score,
        int items,
        int answered,
        int applicable,
        int notApplicable,
        int missing,
        int dontKnow) {

    /** Rule 4 over the given item results of one domain. */
    static DomainScore of(String code, double weight, List<ItemScore> itemScores) {
        double weighted = 0;
        double weights = 0;
        int applicable = 0;
        int notApplicable = 0;
        int missing = 0;
        int dontKnow = 0;
        for (ItemScore item : itemScores) {
            if (item.applicable()) {
                weighted += item.weight() * item.value();
                weights += item.weight();
                applicable++;
            }
            if (item.has(ItemFlag.NOT_APPLICABLE)) {
                notApplicable++;
            }
            if (item.has(ItemFlag.UNANSWERED)) {
                missing++;
            }
            if (item.has(ItemFlag.DONT_KNOW)) {
                dontKnow++;
            }
        }
        Double score = applicable == 0 ? null : ScoreResult.normalise(100 * weighted / weights);
        return new DomainScore(code, weight, score, itemScores.size(), applicable + notApplicable,
                applicable, notApplicable, missing, dontKnow);
    }

    /** Whether the domain counts in the overall score (rule 4: not when nothing in it is applicable). */
    public boolean counts() {
        return score != null;
    }

    /** The score rounded half-up to one decimal (rule 10); null when the domain does not count. */
    public Double roundedScore() {
        return ScoreResult.round(score);
    }
}
