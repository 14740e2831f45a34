package org.childsafe.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two more worked examples on the reference checklist REF-20, scored exactly (its shelter baseline is example 4 of
 * docs/scoring.md, checked in {@link ScoringDocumentExamplesTest}).
 */
class WorkedExamplesTest {

    @Test
    void example_3_the_ingo_office_scores_95_strong() {
        ScoreResult result = Scoring.score(Ref20.checklist(), Ref20.example3(), Perspective.EFFECTIVE);

        assertThat(domainScores(result)).containsExactly(90.0, 100.0, 100.0, 90.0);
        assertThat(result.roundedScore()).isEqualTo(95.0);
        assertThat(result.band()).isEqualTo("strong");
        assertThat(result.rating()).isEqualTo("strong");
        assertThat(result.provisional()).isFalse();
    }

    @Test
    void example_5_the_residential_home_scores_67_5_developing_with_no_gate() {
        ScoreResult result = Scoring.score(Ref20.checklist(), Ref20.example5(), Perspective.EFFECTIVE);

        assertThat(domainScores(result)).containsExactly(60.0, 90.0, 50.0, 70.0);
        assertThat(result.roundedScore()).isEqualTo(67.5);
        assertThat(result.band()).isEqualTo("developing");
        assertThat(result.rating()).isEqualTo("developing");
        assertThat(result.criticalNotMet()).isEmpty();
        assertThat(result.criticalPartlyMet()).isEmpty();
    }

    private static List<Double> domainScores(ScoreResult result) {
        return result.domains().stream().map(DomainScore::roundedScore).toList();
    }
}
