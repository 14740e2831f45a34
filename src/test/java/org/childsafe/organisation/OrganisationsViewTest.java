package org.childsafe.organisation;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.childsafe.organisation.domain.Organisation;
import org.childsafe.organisation.ui.OrganisationsView;
import org.childsafe.support.ViewTestBase;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(startApplication = false, transactional = false)
class OrganisationsViewTest extends ViewTestBase {

    @Test
    @SuppressWarnings("unchecked")
    void a_new_organisation_typed_in_the_dialog_appears_in_the_list() {
        UI.getCurrent().navigate(OrganisationsView.class);
        Grid<Organisation> grid = _get(Grid.class, spec -> spec.withId("org-grid"));
        int before = _size(grid);

        _click(_get(Button.class, spec -> spec.withId("org-new")));
        String name = "Karibu Shelter " + UUID.randomUUID();
        _setValue(_get(TextField.class, spec -> spec.withId("org-name")), name);
        _click(_get(Button.class, spec -> spec.withId("org-save")));

        assertThat(_size(grid)).isEqualTo(before + 1);
        boolean listed = false;
        for (int i = 0; i < _size(grid); i++) {
            listed |= _get(grid, i).name().equals(name);
        }
        assertThat(listed).isTrue();
    }

    @Test
    void saving_without_a_name_keeps_the_dialog_open_and_marks_the_field() {
        UI.getCurrent().navigate(OrganisationsView.class);
        _click(_get(Button.class, spec -> spec.withId("org-new")));
        _click(_get(Button.class, spec -> spec.withId("org-save")));
        TextField name = _get(TextField.class, spec -> spec.withId("org-name"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isNotBlank();
    }

    @Test
    void an_administrator_deactivates_an_organisation_and_it_stays_listed_as_inactive() {
        Organisation org = context.getBean(org.childsafe.organisation.service.OrganisationService.class).create(actor,
                new org.childsafe.organisation.service.OrganisationService.OrganisationForm(
                        "Toggle home " + UUID.randomUUID(), "TH", "shelter", "small"));
        UI.getCurrent().navigate(OrganisationsView.class);
        @SuppressWarnings("unchecked")
        Grid<Organisation> grid = _get(Grid.class, spec -> spec.withId("org-grid"));
        int row = rowOf(grid, org.id());
        _click((Button) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, row, "active"));
        assertThat(context.getBean(org.childsafe.organisation.service.OrganisationService.class).find(org.id()))
                .get().extracting(Organisation::active).isEqualTo(false);
        Button again = (Button) com.github.mvysny.kaributesting.v10.GridKt._getCellComponent(grid, rowOf(grid, org.id()), "active");
        assertThat(again.getText()).isEqualTo("Activate again");
    }

    private static int rowOf(Grid<Organisation> grid, long id) {
        for (int i = 0; i < _size(grid); i++) {
            if (_get(grid, i).id() == id) {
                return i;
            }
        }
        throw new AssertionError("organisation " + id + " not in the grid");
    }
}
