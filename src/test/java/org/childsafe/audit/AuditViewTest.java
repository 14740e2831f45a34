package org.childsafe.audit;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.childsafe.audit.domain.AuditEntry;
import org.childsafe.audit.service.AuditLog;
import org.childsafe.audit.ui.AuditView;
import org.childsafe.kernel.Actor;
import org.childsafe.kernel.OrganisationDirectory;
import org.childsafe.kernel.Role;
import org.childsafe.uikit.CurrentUser;
import org.childsafe.identity.service.IdentityService;
import org.childsafe.organisation.domain.Organisation;
import org.childsafe.organisation.service.OrganisationService;
import org.childsafe.support.TestUsers;
import org.childsafe.support.ViewTestBase;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(startApplication = false, transactional = false)
class AuditViewTest extends ViewTestBase {

    @Inject
    AuditLog audit;
    @Inject
    IdentityService identity;
    @Inject
    OrganisationService organisations;

    @SuppressWarnings("unchecked")
    private static Grid<AuditEntry> grid() {
        return _get(Grid.class, spec -> spec.withId("audit-grid"));
    }

    @SuppressWarnings("unchecked")
    private static Select<OrganisationDirectory.Entry> organisationSelect() {
        return _get(Select.class, spec -> spec.withId("audit-organisation"));
    }

    private Organisation newOrganisation(String name) {
        Organisation org = organisations.create(actor, new OrganisationService.OrganisationForm(
                name + " " + UUID.randomUUID(), "TH", "ngo", "small"));
        organisations.update(actor, org.id(), new OrganisationService.OrganisationForm(org.name(), "TH", "ngo",
                "medium"));
        return org;
    }

    @Test
    void an_administrator_sees_the_whole_trail_newest_first_in_words() {
        Organisation org = newOrganisation("Audit Home");
        UI.getCurrent().navigate(AuditView.class);

        assertThat(_size(grid())).isEqualTo(audit.count(actor, null));
        assertThat(_getFormatted(grid(), 0, "action")).isEqualTo("Changed");
        assertThat(_getFormatted(grid(), 0, "entity")).isEqualTo("Organisation #" + org.id());
        assertThat(_getFormatted(grid(), 0, "organisation")).isEqualTo(org.name());
        assertThat(_getFormatted(grid(), 0, "before")).isEqualTo("size: small");
        assertThat(_getFormatted(grid(), 0, "after")).isEqualTo("size: medium");
        assertThat(_getFormatted(grid(), 1, "action")).isEqualTo("Created");
    }

    @Test
    void an_administrator_can_narrow_the_trail_to_one_organisation() {
        Organisation org = newOrganisation("Narrow Home");
        UI.getCurrent().navigate(AuditView.class);
        OrganisationDirectory.Entry entry = organisationSelect().getListDataView().getItems()
                .filter(e -> e != null && e.id() == org.id()).findFirst().orElseThrow();

        _setValue(organisationSelect(), entry);

        assertThat(_findAll(grid())).hasSize(2).allSatisfy(e -> assertThat(e.organisationId()).isEqualTo(org.id()));
    }

    @Test
    void the_chain_check_reports_an_intact_trail_with_the_number_of_entries() {
        UI.getCurrent().navigate(AuditView.class);
        _click(_get(Button.class, spec -> spec.withId("audit-check")));
        Paragraph result = _get(Paragraph.class, spec -> spec.withId("audit-check-result"));
        assertThat(result.getText()).isEqualTo("The trail is intact: " + audit.verify(actor).checked()
                + " entries checked.");
    }

    @Test
    void a_manager_sees_only_the_history_of_their_own_organisation_and_cannot_check_the_chain() {
        Organisation own = newOrganisation("Own Home");
        newOrganisation("Other Home");
        Actor manager = TestUsers.create(identity, Role.MANAGER, own.id());
        CurrentUser.set(manager);
        UI.getCurrent().navigate(AuditView.class);

        assertThat(organisationSelect().getListDataView().getItems().map(OrganisationDirectory.Entry::id))
                .containsExactly(own.id());
        assertThat(organisationSelect().getValue().id()).isEqualTo(own.id());
        assertThat(_findAll(grid())).hasSize(2).allSatisfy(e -> assertThat(e.organisationId()).isEqualTo(own.id()));
        _assertNone(Button.class, spec -> spec.withId("audit-check"));
    }

    @Test
    void an_auditor_without_organisations_is_told_there_is_nothing_to_see() {
        CurrentUser.set(TestUsers.create(identity, Role.AUDITOR));
        UI.getCurrent().navigate(AuditView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("audit-none")).getText())
                .isEqualTo("There is no organisation history for you to see yet.");
        _assertNone(Grid.class);
    }
}
