package org.childsafe.assessment.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.childsafe.assessment.domain.Assessment;
import org.childsafe.assessment.service.AssessmentQueries.Overview;
import org.childsafe.kernel.Access;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(startApplication = false, transactional = false)
class AssessmentsViewTest extends AssessmentViewTestBase {

    @SuppressWarnings("unchecked")
    private static List<Overview> rows() {
        Grid<Overview> grid = _get(Grid.class, spec -> spec.withId("assessment-grid"));
        List<Overview> out = new ArrayList<>();
        for (int i = 0; i < _size(grid); i++) {
            out.add(_get(grid, i));
        }
        return out;
    }

    @Test
    void the_list_shows_only_the_organisations_assessments_with_progress() {
        answer("P1", "met", true);
        answer("P2", "partial", false);
        UI.getCurrent().navigate(AssessmentsView.class);
        List<Overview> rows = rows();
        assertThat(rows).allMatch(o -> Access.canRead(actor, o.assessment().organisationId()));
        Overview mine = rows.stream().filter(o -> o.assessment().id() == assessmentId).findFirst().orElseThrow();
        assertThat(mine.answered()).isEqualTo(2);
        assertThat(mine.total()).isEqualTo(details().framework().itemCount());
        assertThat(mine.frameworkCode()).isEqualTo("cso-core");
        assertThat(mine.score()).isNull();
    }

    @Test
    void a_submitted_assessment_shows_its_stored_score_and_rating() {
        criticalCodes().forEach(code -> answer(code, "met", true));
        answer("E2", "not_met", false);
        double score = service().submit(org.childsafe.kernel.Actor.SYSTEM, assessmentId).result().effective().score();
        UI.getCurrent().navigate(AssessmentsView.class);
        Overview mine = rows().stream().filter(o -> o.assessment().id() == assessmentId).findFirst().orElseThrow();
        assertThat(mine.score()).isEqualTo(score);
        assertThat(mine.rating()).isEqualTo("critical_gaps");
    }

    @Test
    void starting_an_assessment_opens_its_first_step() {
        UI.getCurrent().navigate(AssessmentsView.class);
        _click(_get(Button.class, spec -> spec.withId("start-assessment")));
        _setValue(_get(TextField.class, spec -> spec.withId("start-title")), "Yearly check 2026");
        _setValue(_get(TextField.class, spec -> spec.withId("start-period")), "2026");
        _click(_get(Button.class, spec -> spec.withId("start-confirm")));

        assertThat(_get(H1.class, spec -> spec.withId("walk-title")).getText()).isEqualTo("Yearly check 2026");
        List<Assessment> mine = service().visible(actor);
        assertThat(mine).extracting(Assessment::title).contains("Yearly check 2026");
        Assessment started = mine.stream().filter(a -> a.title().equals("Yearly check 2026")).findFirst().orElseThrow();
        assertThat(started.organisationId()).isEqualTo(organisationId);
        assertThat(started.period()).isEqualTo("2026");
    }
}
