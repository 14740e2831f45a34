package org.childsafe.scoring;

import static org.childsafe.scoring.FrameworkFixtures.critical;
import static org.childsafe.scoring.FrameworkFixtures.domain;
import static org.childsafe.scoring.FrameworkFixtures.framework;
import static org.childsafe.scoring.FrameworkFixtures.item;
import static org.childsafe.scoring.FrameworkFixtures.text;
import static org.childsafe.scoring.FrameworkFixtures.withTemplates;

import java.util.List;
import org.childsafe.framework.domain.ActionTemplate;
import org.childsafe.framework.domain.Framework;
import org.childsafe.framework.domain.Item;
import org.childsafe.framework.domain.LocalizedText;

/**
 * The reference checklist REF-20 (docs/scoring.md example 4): 4 domains × 5 items, weights 1, P1, E1, E2, E3, R1
 * and A1 critical (evidence required, N/A not allowed), plus its three worked examples.
 */
public final class Ref20 {

    public static final List<String> CRITICAL = List.of("P1", "E1", "E2", "E3", "R1", "A1");

    private Ref20() {
    }

    public static Framework checklist() {
        return framework(
                domain("P",
                        withTemplates(ref("P1", "Board-approved child safeguarding policy",
                                        "นโยบายคุ้มครองเด็กที่คณะกรรมการอนุมัติ"),
                                new ActionTemplate(LocalizedText.of("Draft a policy from the template and take it to the board"),
                                        LocalizedText.of("Director"), 90)),
                        ref("P2", "Policy covers online harm and images"),
                        ref("P3", "Thai and child-friendly version of the policy"),
                        ref("P4", "Policy reviewed within 3 years"),
                        ref("P5", "Equal protection: disability, SOGIE, stateless and migrant children")),
                domain("E",
                        ref("E1", "Named safeguarding focal point"),
                        ref("E2", "Code of conduct signed by all"),
                        ref("E3", "Safer recruitment checks"),
                        ref("E4", "Induction and refresher training"),
                        ref("E5", "Partner and contractor clause")),
                domain("R",
                        ref("R1", "Written reporting and referral procedure, including 1300 and police"),
                        ref("R2", "Trauma-informed interviewing"),
                        ref("R3", "Activity risk assessment"),
                        ref("R4", "Child-friendly complaints"),
                        ref("R5", "Confidential records and images")),
                domain("A",
                        ref("A1", "Incident log and case review"),
                        ref("A2", "Annual implementation review"),
                        ref("A3", "Children take part in review"),
                        ref("A4", "Yearly report to board and donors"),
                        ref("A5", "Lessons change practice")));
    }

    private static Item ref(String code, String english) {
        return text(CRITICAL.contains(code) ? critical(code) : item(code), LocalizedText.of(english));
    }

    private static Item ref(String code, String english, String thai) {
        return text(ref(code, english), LocalizedText.of(english, thai));
    }

    /** Example 1, small Chiang Rai shelter, baseline: P 10, E 25, R 30, A 0; S 16.3; critical gaps. */
    public static List<ItemResponse> example1() {
        return Responses.none()
                .answer("not_met", "P1", "P2", "P3", "P4").answer("partial", "P5")
                .answer("partial", "E1").answer("not_met", "E2").answer("partial", "E3").answer("not_met", "E4")
                .na("E5", "We have no partners or contractors")
                .answer("partial", "R1", "R2").answer("not_met", "R3", "R4").answer("partial", "R5")
                .answer("not_met", "A1", "A2", "A3", "A4", "A5")
                .build();
    }

    /** Example 3, large INGO country office: all met except P3 and A3 partial; S 95.0 strong. */
    public static List<ItemResponse> example3() {
        return Responses.allMet(checklist()).answer("partial", "P3", "A3").build();
    }

    /** Example 5, government-run residential home: P 60, E 90, R 50, A 70; S 67.5 developing. */
    public static List<ItemResponse> example5() {
        return Responses.allMet(checklist())
                .answer("not_met", "P2").answer("partial", "P3", "P5")
                .answer("partial", "E4")
                .answer("not_met", "R2").answer("partial", "R3").answer("not_met", "R4")
                .answer("not_met", "A3").answer("partial", "A5")
                .build();
    }
}
