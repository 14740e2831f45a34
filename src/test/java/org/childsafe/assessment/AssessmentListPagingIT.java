package org.childsafe.assessment;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.childsafe.assessment.domain.Assessment;
import org.childsafe.assessment.service.AssessmentQueries;
import org.childsafe.assessment.service.AssessmentQueries.Overview;
import org.childsafe.assessment.service.AssessmentWorkflow.StartForm;
import org.childsafe.identity.service.IdentityService;
import org.childsafe.kernel.Actor;
import org.childsafe.kernel.Role;
import org.childsafe.organisation.service.OrganisationService;
import org.childsafe.support.AssessmentSteps;
import org.childsafe.support.TestUsers;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The assessments list pages in the database: each page is the right slice, newest first, with counts. */
@MicronautTest(transactional = false)
class AssessmentListPagingIT {

    @Inject
    ApplicationContext context;
    @Inject
    AssessmentQueries queries;

    @Test
    void pages_are_consecutive_slices_of_the_newest_first_list() {
        long org = context.getBean(OrganisationService.class).create(Actor.SYSTEM,
                new OrganisationService.OrganisationForm("Paging home " + UUID.randomUUID(), "TH", "ngo", "small")).id();
        Actor manager = TestUsers.create(context.getBean(IdentityService.class), Role.MANAGER, org);
        AssessmentSteps steps = AssessmentSteps.of(context);
        List<Long> started = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Assessment a = steps.start(manager, new StartForm(org, "cso-core", "2026.1", "Round " + i, null));
            started.add(0, a.id());
        }
        steps.answer(manager, started.get(0), "P1", new org.childsafe.assessment.service.AssessmentAnswering.AnswerInput(
                "met", null, null, null));

        assertThat(queries.count(manager)).isEqualTo(7);
        assertThat(ids(queries.overview(manager, 0, 3))).isEqualTo(started.subList(0, 3));
        assertThat(ids(queries.overview(manager, 3, 3))).isEqualTo(started.subList(3, 6));
        assertThat(ids(queries.overview(manager, 6, 3))).isEqualTo(started.subList(6, 7));
        assertThat(ids(queries.overview(manager, 2, 3))).as("an offset between pages").isEqualTo(started.subList(2, 5));
        assertThat(queries.overview(manager, 0, 1).get(0).answered()).isEqualTo(1);
        assertThat(queries.overview(manager, 0, 1).get(0).total()).isEqualTo(38);
        assertThat(queries.overview(manager, 0, 1).get(0).resultSource()).as("a draft has no stored result").isNull();
    }

    private static List<Long> ids(List<Overview> page) {
        return page.stream().map(o -> o.assessment().id()).toList();
    }
}
