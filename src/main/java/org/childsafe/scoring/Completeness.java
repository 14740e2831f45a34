package org.childsafe.scoring;

/**
 * How much of the checklist a result is built on, so that a result on 23 of 38 items says so.
 *
 * @param items         items of the framework (as it applies to the organisation)
 * @param answered      items with a usable answer, N/A included
 * @param applicable    answered items that are not N/A: the ones scored
 * @param notApplicable items answered N/A
 * @param dontKnow      applicable items answered "don't know" (they score 0)
 * @param unanswered    items still without a usable answer: left out of the score
 */
public record Completeness(int items, int answered, int applicable, int notApplicable, int dontKnow, int unanswered) {

    /** The counts of a result. */
    public static Completeness of(ScoreResult result) {
        int applicable = 0;
        int notApplicable = 0;
        int dontKnow = 0;
        int unanswered = 0;
        for (ItemScore item : result.items()) {
            if (item.applicable()) {
                applicable++;
            }
            if (item.has(ItemFlag.NOT_APPLICABLE)) {
                notApplicable++;
            }
            if (item.has(ItemFlag.DONT_KNOW)) {
                dontKnow++;
            }
            if (item.has(ItemFlag.UNANSWERED)) {
                unanswered++;
            }
        }
        return new Completeness(result.items().size(), applicable + notApplicable, applicable, notApplicable, dontKnow,
                unanswered);
    }

    /** Every item has a usable answer. */
    public boolean complete() {
        return unanswered == 0;
    }
}
