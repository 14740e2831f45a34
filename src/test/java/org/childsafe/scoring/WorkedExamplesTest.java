package org.childsafe.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The three worked examples of domain.md section 5 on REF-20, scored exactly. */
class WorkedExamplesTest {

    @Test
    void example_1_the_shelter_baseline_scores_16_3_with_critical_gaps() {
        ScoreResult result = Scoring.score(Ref20.checklist(), Ref20.example1(), Perspective.EFFECTIVE);

        assertThat(domainScores(result)).containsExactly(10.0, 25.0, 30.0, 0.0);
        assertThat(result.score()).isEqualTo(16.25);
        assertThat(result.roundedScore()).isEqualTo(16.3);
        assertThat(result.band()).isEqualTo("weak");
        assertThat(result.rating()).isEqualTo(Scoring.CRITICAL_GAPS);
        assertThat(result.criticalNotMet()).containsExactly("P1", "E2", "A1");
        assertThat(result.criticalPartlyMet()).containsExactly("E1", "E3", "R1");
        assertThat(result.provisional()).isFalse();
        assertThat(result.indicative()).isFalse();
        assertThat(result.item("E5").orElseThrow().flags()).containsExactly(ItemFlag.NOT_APPLICABLE);
        assertThat(result.domain("E").orElseThrow().applicable()).isEqualTo(4);
    }

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
