package org.childsafe.scoring;

import java.util.List;
import org.childsafe.framework.domain.Band;

/**
 * Why a result's rating is what it is: the rule that actually sets it (rule 7 before rule 6), in a form
 * the UI and the PDF put into words.
 */
public sealed interface Explanation {

    /** Nothing applicable is answered yet: no score, no rating. */
    record NothingScored() implements Explanation {
    }

    /** Critical items with v = 0 set the rating to {@code critical_gaps}, whatever the score. */
    record CriticalGaps(List<String> items) implements Explanation {
        public CriticalGaps {
            items = List.copyOf(items);
        }
    }

    /**
     * The score's band is better than the cap, and partly met critical items hold the rating at the cap.
     *
     * @param band  the band the score alone reaches
     * @param cap   the rating it is held at (normally {@code developing})
     * @param items the partly met critical items
     */
    record Capped(String band, String cap, List<String> items) implements Explanation {
        public Capped {
            items = List.copyOf(items);
        }
    }

    /**
     * The band sets the rating.
     *
     * @param band             the band
     * @param min              its threshold
     * @param partlyMetCritical partly met critical items whose cap is not binding here (the band is already at
     *                         or below the cap); empty when there are none
     */
    record ByBand(String band, double min, List<String> partlyMetCritical) implements Explanation {
        public ByBand {
            partlyMetCritical = List.copyOf(partlyMetCritical);
        }
    }

    /** The explanation of a result computed on a framework with these bands. */
    static Explanation of(ScoreResult result, List<Band> bands) {
        if (result.score() == null) {
            return new NothingScored();
        }
        if (!result.criticalNotMet().isEmpty()) {
            return new CriticalGaps(result.criticalNotMet());
        }
        List<String> partly = result.criticalPartlyMet();
        if (!partly.isEmpty() && !result.rating().equals(result.band())) {
            return new Capped(result.band(), result.rating(), partly);
        }
        double min = bands.stream().filter(b -> b.code().equals(result.band())).findFirst().map(Band::min).orElse(0.0);
        return new ByBand(result.band(), min, partly);
    }
}
