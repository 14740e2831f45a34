package org.childsafe.identity.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.childsafe.kernel.Actor;
import org.childsafe.kernel.OrganisationDirectory;
import org.childsafe.kernel.Role;
import org.childsafe.identity.service.AuthenticationFailure;
import org.childsafe.identity.service.IdentityService;
import org.childsafe.identity.service.IdentityService.User;
import org.childsafe.organisation.domain.Organisation;
import org.childsafe.organisation.service.OrganisationService;
import org.childsafe.support.TestUsers;
import org.childsafe.support.ViewTestBase;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormatted;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@MicronautTest(startApplication = false, transactional = false)
class UsersViewTest extends ViewTestBase {

    @Inject
    IdentityService identity;
    @Inject
    OrganisationService organisations;

    @SuppressWarnings("unchecked")
    private static Grid<User> grid() {
        return _get(Grid.class, spec -> spec.withId("user-grid"));
    }

    private static int rowOf(String username) {
        Grid<User> grid = grid();
        return IntStream.range(0, _size(grid)).filter(i -> _get(grid, i).username().equals(username)).findFirst()
                .orElseThrow(() -> new AssertionError(username + " is not listed"));
    }

    private static Button action(String username, String className) {
        HorizontalLayout actions = (HorizontalLayout) _getCellComponent(grid(), rowOf(username), "actions");
        return actions.getChildren().map(Button.class::cast).filter(b -> b.hasClassName(className)).findFirst()
                .orElseThrow();
    }

    private static TextField field(String id) {
        return _get(TextField.class, spec -> spec.withId(id));
    }

    @SuppressWarnings("unchecked")
    private static Select<Role> roleSelect() {
        return _get(Select.class, spec -> spec.withId("user-role"));
    }

    @SuppressWarnings("unchecked")
    private static MultiSelectComboBox<OrganisationDirectory.Entry> organisationsBox() {
        return _get(MultiSelectComboBox.class, spec -> spec.withId("user-organisations"));
    }

    private void typeNewUser(String username, String password) {
        _click(_get(Button.class, spec -> spec.withId("user-new")));
        _setValue(field("user-username"), username);
        _setValue(field("user-display-name"), "Malee Srisuk");
        _setValue(_get(PasswordField.class, spec -> spec.withId("user-password")), password);
    }

    @Test
    void the_list_shows_every_account_with_role_and_status() {
        UI.getCurrent().navigate(UsersView.class);
        int row = rowOf(actor.username());
        assertThat(_getFormatted(grid(), row, "role")).isEqualTo("Administrator");
        assertThat(_getFormatted(grid(), row, "active")).isEqualTo("Active");
        assertThat(_size(grid())).isEqualTo(identity.list(actor).size());
    }

    @Test
    void a_manager_created_in_the_dialog_is_listed_with_the_organisation_and_can_sign_in() {
        Organisation org = organisations.create(actor, new OrganisationService.OrganisationForm(
                "Baan Dek " + UUID.randomUUID(), "TH", "shelter", "small"));
        UI.getCurrent().navigate(UsersView.class);
        String username = "malee-" + UUID.randomUUID().toString().substring(0, 8);

        typeNewUser(username, "Mango-Ladder-Quartz-58");
        _setValue(roleSelect(), Role.MANAGER);
        OrganisationDirectory.Entry entry = organisationsBox().getListDataView().getItems()
                .filter(e -> e.id() == org.id()).findFirst().orElseThrow();
        _setValue(organisationsBox(), Set.of(entry));
        _click(_get(Button.class, spec -> spec.withId("user-save")));

        int row = rowOf(username);
        assertThat(_getFormatted(grid(), row, "role")).isEqualTo("NGO manager");
        assertThat(_getFormatted(grid(), row, "organisations")).isEqualTo(org.name());
        Actor created = identity.authenticate(username, "Mango-Ladder-Quartz-58", "view-test");
        assertThat(created.organisationIds()).containsExactly(org.id());
    }

    @Test
    void a_short_password_is_marked_at_the_password_field_and_nothing_is_saved() {
        UI.getCurrent().navigate(UsersView.class);
        int before = _size(grid());
        typeNewUser("short-" + UUID.randomUUID().toString().substring(0, 8), "short");
        _click(_get(Button.class, spec -> spec.withId("user-save")));

        PasswordField password = _get(PasswordField.class, spec -> spec.withId("user-password"));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).contains("at least 10 characters");
        assertThat(field("user-username").isInvalid()).isFalse();
        assertThat(_size(grid())).isEqualTo(before);
    }

    @Test
    void a_taken_username_is_marked_at_the_username_field() {
        Actor existing = TestUsers.create(identity, Role.TRAINER);
        UI.getCurrent().navigate(UsersView.class);
        typeNewUser(existing.username(), "Mango-Ladder-Quartz-58");
        _click(_get(Button.class, spec -> spec.withId("user-save")));

        assertThat(field("user-username").isInvalid()).isTrue();
        assertThat(field("user-username").getErrorMessage()).isEqualTo("Another account already has this username");
    }

    @Test
    void choosing_the_administrator_role_clears_and_locks_the_organisations() {
        UI.getCurrent().navigate(UsersView.class);
        _click(_get(Button.class, spec -> spec.withId("user-new")));
        assertThat(organisationsBox().isEnabled()).isTrue();
        _setValue(roleSelect(), Role.ADMIN);
        assertThat(organisationsBox().isEnabled()).isFalse();
        assertThat(organisationsBox().getValue()).isEmpty();
    }

    @Test
    void editing_keeps_the_username_and_changes_the_display_name() {
        Actor trainer = TestUsers.create(identity, Role.TRAINER);
        UI.getCurrent().navigate(UsersView.class);
        com.github.mvysny.kaributesting.v10.GridKt._clickItem(grid(), rowOf(trainer.username()), 0, false, false,
                false, false);
        assertThat(field("user-username").isReadOnly()).isTrue();
        assertThat(_find(PasswordField.class, spec -> spec.withId("user-password"))).as("no password when editing")
                .isEmpty();
        _setValue(field("user-display-name"), "Khun Trainer");
        _click(_get(Button.class, spec -> spec.withId("user-save")));

        assertThat(_getFormatted(grid(), rowOf(trainer.username()), "displayName")).isEqualTo("Khun Trainer");
        assertThat(identity.actor(trainer.userId()).orElseThrow().displayName()).isEqualTo("Khun Trainer");
    }

    @Test
    void deactivating_stops_sign_in_and_activating_allows_it_again() {
        Actor manager = TestUsers.create(identity, Role.MANAGER);
        UI.getCurrent().navigate(UsersView.class);

        _click(action(manager.username(), "user-toggle-active"));
        assertThat(_getFormatted(grid(), rowOf(manager.username()), "active")).isEqualTo("Deactivated");
        assertThat(identity.actor(manager.userId())).isEmpty();

        _click(action(manager.username(), "user-toggle-active"));
        assertThat(_getFormatted(grid(), rowOf(manager.username()), "active")).isEqualTo("Active");
        assertThat(identity.actor(manager.userId())).isPresent();
    }

    @Test
    void an_administrator_cannot_change_their_own_role_so_an_administrator_always_remains() {
        UI.getCurrent().navigate(UsersView.class);
        com.github.mvysny.kaributesting.v10.GridKt._clickItem(grid(), rowOf(actor.username()), 0, false, false,
                false, false);
        _setValue(roleSelect(), Role.TRAINER);
        _click(_get(Button.class, spec -> spec.withId("user-save")));

        assertThat(roleSelect().isInvalid()).isTrue();
        assertThat(roleSelect().getErrorMessage()).isEqualTo("You cannot change your own role");
        assertThat(identity.actor(actor.userId()).orElseThrow().role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void an_administrator_cannot_deactivate_their_own_account_from_the_list() {
        UI.getCurrent().navigate(UsersView.class);
        assertThat(action(actor.username(), "user-toggle-active").isEnabled()).isFalse();
    }

    @Test
    void a_password_reset_in_the_dialog_replaces_the_old_password() {
        Actor auditor = TestUsers.create(identity, Role.AUDITOR);
        UI.getCurrent().navigate(UsersView.class);

        _click(action(auditor.username(), "user-reset-password"));
        PasswordField password = _get(PasswordField.class, spec -> spec.withId("reset-password"));
        _setValue(password, "too-short");
        _click(_get(Button.class, spec -> spec.withId("reset-save")));
        assertThat(password.isInvalid()).isTrue();

        _setValue(password, "Lychee-Compass-Violet-93");
        _click(_get(Button.class, spec -> spec.withId("reset-save")));
        assertThat(identity.authenticate(auditor.username(), "Lychee-Compass-Violet-93", "view-test").userId())
                .isEqualTo(auditor.userId());
        assertThatThrownBy(() -> identity.authenticate(auditor.username(), TestUsers.PASSWORD, "view-test"))
                .isInstanceOf(AuthenticationFailure.class);
    }
}
