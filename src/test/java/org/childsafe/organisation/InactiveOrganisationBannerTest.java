package org.childsafe.organisation;

import com.vaadin.flow.component.UI;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.childsafe.assessment.ui.AssessmentsView;
import org.childsafe.kernel.Actor;
import org.childsafe.kernel.Role;
import org.childsafe.organisation.domain.Organisation;
import org.childsafe.organisation.service.OrganisationService;
import org.childsafe.support.ViewTestBase;
import org.childsafe.uikit.InactiveOrganisationBanner;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The people of a deactivated organisation are told on every page that it is read-only for them. */
@MicronautTest(startApplication = false, transactional = false)
class InactiveOrganisationBannerTest extends ViewTestBase {

    private Organisation home;

    @Override
    protected Role signedInRole() {
        return Role.MANAGER;
    }

    @Override
    protected Long[] organisationIds() {
        home = context.getBean(OrganisationService.class).create(Actor.SYSTEM, new OrganisationService.OrganisationForm(
                "Banner home " + UUID.randomUUID(), "TH", "shelter", "small"));
        return new Long[]{home.id()};
    }

    /** The banner when it is shown (Karibu finds visible components only). */
    private java.util.List<InactiveOrganisationBanner> shown() {
        return com.github.mvysny.kaributesting.v10.LocatorJ._find(InactiveOrganisationBanner.class,
                spec -> spec.withId("inactive-organisation-banner"));
    }

    private InactiveOrganisationBanner banner() {
        return _get(InactiveOrganisationBanner.class, spec -> spec.withId("inactive-organisation-banner"));
    }

    @Test
    void no_banner_while_the_organisation_is_active() {
        UI.getCurrent().navigate(AssessmentsView.class);
        assertThat(shown()).as("hidden").isEmpty();
    }

    @Test
    void once_deactivated_the_next_page_says_it_is_read_only_and_who_can_activate_it() {
        context.getBean(OrganisationService.class).setActive(Actor.SYSTEM, home.id(), false);

        UI.getCurrent().navigate(AssessmentsView.class);

        assertThat(banner().isVisible()).isTrue();
        assertThat(banner().getElement().getTextRecursively()).contains(home.name())
                .contains("deactivated", "read", "not change them", "administrator can activate it again");
    }

    @Test
    void activated_again_the_banner_goes() {
        OrganisationService organisations = context.getBean(OrganisationService.class);
        organisations.setActive(Actor.SYSTEM, home.id(), false);
        UI.getCurrent().navigate(AssessmentsView.class);
        organisations.setActive(Actor.SYSTEM, home.id(), true);
        UI.getCurrent().navigate("");
        assertThat(shown()).isEmpty();
    }
}
