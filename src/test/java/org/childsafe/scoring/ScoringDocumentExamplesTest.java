package org.childsafe.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.childsafe.actionplan.domain.ActionKind;
import org.childsafe.actionplan.domain.ActionPlanGenerator;
import org.childsafe.actionplan.domain.PlannedAction;
import org.childsafe.actionplan.domain.Priority;
import org.childsafe.framework.domain.Framework;
import org.childsafe.framework.load.FrameworkParser;
import org.childsafe.framework.load.ParseResult;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The worked examples of {@code docs/scoring.md}, run through {@link Scoring} with the numbers the document
 * works out by hand. The frameworks are the small files the document shows; if a number here changes, the
 * document must change with it.
 */
class ScoringDocumentExamplesTest {

    private static Framework parse(String yaml) {
        ParseResult result = new FrameworkParser().parse(yaml);
        assertThat(result).as("the example's framework file parses").isInstanceOf(ParseResult.Valid.class);
        return ((ParseResult.Valid) result).framework();
    }

    private static List<Double> domainScores(ScoreResult result) {
        return result.domains().stream().map(DomainScore::score).toList();
    }

    private static List<Double> shownDomainScores(ScoreResult result) {
        return result.domains().stream().map(DomainScore::roundedScore).toList();
    }

    private static int answered(ScoreResult result) {
        return result.domains().stream().mapToInt(DomainScore::answered).sum();
    }

    private static int notApplicable(ScoreResult result) {
        return result.domains().stream().mapToInt(DomainScore::notApplicable).sum();
    }

    @Test
    void the_document_shows_exactly_these_framework_files() throws IOException {
        String document = Files.readString(Path.of("docs", "scoring.md"), StandardCharsets.UTF_8);
        assertThat(document).contains("```yaml\n" + Example_1_a_small_shelter_starts_out.FILE + "```")
                .contains("```yaml\n" + Example_2_met_but_no_evidence_yet.FILE + "```")
                .contains("```yaml\n" + Example_3_dont_know_then_the_auditors_review.FILE + "```");
    }

    @Nested
    class Example_1_a_small_shelter_starts_out {

        static final String FILE = """
                framework: example-one
                version: "1"
                title: {en: "Example 1"}
                domains:
                  - code: P
                    title: {en: Policy}
                    items:
                      - {code: P1, critical: true, text: {en: "The board has approved a safeguarding policy"}}
                      - {code: P2, text: {en: "The policy covers online harm"}}
                      - {code: P3, text: {en: "There is a child-friendly version"}}
                      - {code: P4, text: {en: "The policy was reviewed in the last three years"}}
                  - code: R
                    title: {en: Reporting}
                    items:
                      - {code: R1, critical: true, text: {en: "A written reporting procedure names the 1300 hotline"}}
                      - {code: R2, text: {en: "Children know whom to tell"}}
                      - {code: R3, text: {en: "Concerns are logged"}}
                      - {code: R4, text: {en: "Staff are trained in the procedure"}}
                      - {code: R5, text: {en: "Referral partners are listed"}}
                      - {code: R6, text: {en: "Partner organisations follow the procedure"}}
                """;

        static List<ItemResponse> answers() {
            return Responses.none()
                    .answer("met", "P1").answer("partial", "P2").answer("met", "P3").answer("not_met", "P4")
                    .answer("not_met", "R1").answer("met", "R2", "R3").answer("not_met", "R4", "R5")
                    .na("R6", "We have no partner organisations")
                    .build();
        }

        @Test
        void policy_62_5_reporting_40_overall_51_25_shown_51_3_basic_with_critical_gaps() {
            ScoreResult result = Scoring.score(parse(FILE), answers(), Perspective.EFFECTIVE);

            assertThat(domainScores(result)).containsExactly(62.5, 40.0);
            assertThat(result.score()).isEqualTo(51.25);
            assertThat(result.roundedScore()).as("half-up, not half-even (51.2)").isEqualTo(51.3);
            assertThat(result.band()).isEqualTo("basic");
            assertThat(result.rating()).isEqualTo(Scoring.CRITICAL_GAPS);
            assertThat(result.criticalNotMet()).containsExactly("R1");
            assertThat(result.provisional()).isFalse();
            assertThat(result.item("R6").orElseThrow().flags()).containsExactly(ItemFlag.NOT_APPLICABLE);
            assertThat(result.domain("R").orElseThrow().applicable()).isEqualTo(5);
            assertThat(answered(result)).isEqualTo(10);
            assertThat(notApplicable(result)).isEqualTo(1);
        }

        @Test
        void the_plan_has_r1_urgent_then_p4_r4_r5_high_then_p2_normal() {
            Framework framework = parse(FILE);
            ScoreResult result = Scoring.score(framework, answers(), Perspective.EFFECTIVE);
            List<PlannedAction> plan = ActionPlanGenerator.generate(framework, result, LocalDate.of(2026, 3, 1));

            assertThat(plan).extracting(PlannedAction::itemCode).containsExactly("R1", "P4", "R4", "R5", "P2");
            assertThat(plan).extracting(PlannedAction::priority).containsExactly(Priority.URGENT, Priority.HIGH,
                    Priority.HIGH, Priority.HIGH, Priority.NORMAL);
            assertThat(plan).extracting(PlannedAction::suggestedDueDate).containsExactly(LocalDate.of(2026, 3, 31),
                    LocalDate.of(2026, 5, 30), LocalDate.of(2026, 5, 30), LocalDate.of(2026, 5, 30),
                    LocalDate.of(2026, 8, 28));
            assertThat(plan.get(0).text().get("en"))
                    .isEqualTo("Put this in place: A written reporting procedure names the 1300 hotline");
            assertThat(plan.get(4).text().get("en")).isEqualTo("Put this fully in place: The policy covers online harm");
        }
    }

    @Nested
    class Example_2_met_but_no_evidence_yet {

        static final String FILE = """
                framework: example-two
                version: "1"
                title: {en: "Example 2"}
                domains:
                  - code: P
                    title: {en: Policy}
                    weight: 2
                    items:
                      - {code: P1, critical: true, text: {en: "The board has approved a safeguarding policy"}}
                      - {code: P2, text: {en: "The policy covers online harm"}}
                      - {code: P3, text: {en: "There is a child-friendly version"}}
                      - {code: P4, text: {en: "The policy was reviewed in the last three years"}}
                  - code: E
                    title: {en: People}
                    items:
                      - {code: E1, text: {en: "A safeguarding focal point is named"}}
                      - {code: E2, text: {en: "New staff have an induction"}}
                """;

        private static Responses allMet(Framework framework) {
            return Responses.allMet(framework).withoutEvidence("P1", "P2", "P3", "P4", "E1", "E2");
        }

        @Test
        void p1_without_evidence_counts_0_5_so_policy_is_87_5_overall_91_7_strong_but_rated_developing() {
            Framework framework = parse(FILE);
            ScoreResult result = Scoring.score(framework, allMet(framework).build(), Perspective.EFFECTIVE);

            assertThat(result.item("P1").orElseThrow().value()).isEqualTo(0.5);
            assertThat(result.item("P1").orElseThrow().flags()).containsExactly(ItemFlag.CLAIMED_NOT_EVIDENCED);
            assertThat(result.item("P2").orElseThrow().value()).as("no evidence required").isEqualTo(1.0);
            assertThat(domainScores(result)).containsExactly(87.5, 100.0);
            assertThat(result.score()).isEqualTo(91.666666667);
            assertThat(result.roundedScore()).isEqualTo(91.7);
            assertThat(result.band()).isEqualTo("strong");
            assertThat(result.rating()).as("the cap binds: strong is better than developing").isEqualTo("developing");
            assertThat(result.criticalPartlyMet()).containsExactly("P1");
        }

        @Test
        void with_the_evidence_attached_or_an_auditors_confirmation_it_is_100_strong() {
            Framework framework = parse(FILE);
            ScoreResult evidenced = Scoring.score(framework,
                    allMet(framework).answer("met", "P1").build(), Perspective.EFFECTIVE);
            ScoreResult confirmed = Scoring.score(framework,
                    allMet(framework).review("P1", "met").build(), Perspective.EFFECTIVE);

            for (ScoreResult result : List.of(evidenced, confirmed)) {
                assertThat(domainScores(result)).containsExactly(100.0, 100.0);
                assertThat(result.roundedScore()).isEqualTo(100.0);
                assertThat(result.rating()).isEqualTo("strong");
            }
        }

        @Test
        void the_plan_asks_for_the_evidence_with_high_priority() {
            Framework framework = parse(FILE);
            ScoreResult result = Scoring.score(framework, allMet(framework).build(), Perspective.EFFECTIVE);
            List<PlannedAction> plan = ActionPlanGenerator.generate(framework, result, LocalDate.of(2026, 3, 1));

            assertThat(plan).singleElement().satisfies(action -> {
                assertThat(action.itemCode()).isEqualTo("P1");
                assertThat(action.kind()).isEqualTo(ActionKind.EVIDENCE);
                assertThat(action.priority()).isEqualTo(Priority.HIGH);
                assertThat(action.text().get("en"))
                        .isEqualTo("Attach or produce the evidence for: The board has approved a safeguarding policy");
                assertThat(action.suggestedDueDate()).isEqualTo(LocalDate.of(2026, 5, 30));
            });
        }
    }

    @Nested
    class Example_3_dont_know_then_the_auditors_review {

        static final String FILE = """
                framework: example-three
                version: "1"
                title: {en: "Example 3"}
                scale: frequency
                domains:
                  - code: A
                    title: {en: Activities}
                    items:
                      - {code: A1, text: {en: "Activities are planned with a risk check"}}
                      - {code: A2, text: {en: "Two adults are present on outings"}}
                      - {code: A3, text: {en: "Photos of children are taken only with consent"}}
                      - {code: A4, text: {en: "Children are asked what makes them feel safe"}}
                  - code: B
                    title: {en: Buildings}
                    items:
                      - {code: B1, critical: true, text: {en: "Bedrooms of children and adults are separate"}}
                      - {code: B2, text: {en: "Visitors sign in"}}
                """;

        static List<ItemResponse> answers() {
            return Responses.none()
                    .answer("always", "A1").answer("mostly", "A2").answer("dont_know", "A3").answer("rarely", "A4")
                    .answer("always", "B1").withoutEvidence("B1").answer("sometimes", "B2")
                    .review("A3", "mostly").review("B1", "always")
                    .build();
        }

        @Test
        void self_assessed_50_basic_and_provisional_the_cap_does_not_bind() {
            ScoreResult self = Scoring.compare(parse(FILE), answers()).self();

            assertThat(self.item("B1").orElseThrow().value()).isEqualTo(0.5);
            assertThat(self.item("B1").orElseThrow().flags()).containsExactly(ItemFlag.CLAIMED_NOT_EVIDENCED);
            assertThat(self.item("A3").orElseThrow().flags()).containsExactly(ItemFlag.DONT_KNOW);
            assertThat(domainScores(self)).containsExactly(50.0, 50.0);
            assertThat(self.roundedScore()).isEqualTo(50.0);
            assertThat(self.band()).isEqualTo("basic");
            assertThat(self.rating()).as("basic is already below developing").isEqualTo("basic");
            assertThat(self.criticalPartlyMet()).containsExactly("B1");
            assertThat(self.provisional()).as("1 don't know in 6 applicable items is more than 10%").isTrue();
        }

        @Test
        void verified_68_75_and_75_overall_71_875_shown_71_9_developing_and_firm() {
            ScoreComparison comparison = Scoring.compare(parse(FILE), answers());
            ScoreResult verified = comparison.effective();

            assertThat(comparison.reviewed()).isTrue();
            assertThat(verified.item("A3").orElseThrow().value()).isEqualTo(0.75);
            assertThat(verified.item("B1").orElseThrow().value()).as("the review confirms it").isEqualTo(1.0);
            assertThat(verified.item("B1").orElseThrow().flags()).containsExactly(ItemFlag.REVIEWED);
            assertThat(domainScores(verified)).containsExactly(68.75, 75.0);
            assertThat(shownDomainScores(verified)).containsExactly(68.8, 75.0);
            assertThat(verified.score()).isEqualTo(71.875);
            assertThat(verified.roundedScore()).isEqualTo(71.9);
            assertThat(verified.band()).isEqualTo("developing");
            assertThat(verified.rating()).isEqualTo("developing");
            assertThat(verified.provisional()).isFalse();
        }
    }

    @Nested
    class Example_4_the_reference_checklist_shelter_baseline {

        @Test
        void policy_10_people_25_procedures_30_accountability_0_overall_16_3_critical_gaps() {
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
            assertThat(answered(result)).isEqualTo(20);
            assertThat(notApplicable(result)).isEqualTo(1);
            List<PlannedAction> plan = ActionPlanGenerator.generate(Ref20.checklist(), result, LocalDate.of(2025, 6, 1));
            assertThat(plan).extracting(PlannedAction::itemCode).startsWith("P1", "E2", "A1", "E1", "E3", "R1");
        }
    }
}
