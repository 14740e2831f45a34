package org.childsafe.identity.ui;

import org.childsafe.ui.view.AccessDeniedView;
import org.childsafe.uikit.AllowedRoles;
import org.childsafe.uikit.PublicView;
import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.childsafe.kernel.Actor;
import org.childsafe.kernel.Role;
import org.childsafe.identity.service.IdentityService;
import org.childsafe.support.TestUsers;
import org.childsafe.support.ViewTestBase;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childsafe.support.Views.current;

/**
 * Opens every view as every role and as an anonymous visitor, and checks who gets the view, the
 * sign-in page or the access-denied page. Views are discovered, so a new view is covered at once: one
 * without {@code @AllowedRoles} is expected to be open to every signed-in person; one that restricts
 * access, is public, or needs route parameters must have a line in {@link #EXPECTED} or this test fails.
 */
@MicronautTest(startApplication = false, transactional = false)
class ViewMatrixTest extends ViewTestBase {

    /** Who may open a view (administrators may open every view); {@code location} for routes with parameters. */
    record Who(boolean open, Set<Role> roles, String location, boolean rowScoped) {
        static Who anyone() {
            return new Who(true, EnumSet.allOf(Role.class), null, false);
        }

        static Who signedIn() {
            return new Who(false, EnumSet.allOf(Role.class), null, false);
        }

        static Who roles(Role first, Role... more) {
            Set<Role> roles = EnumSet.of(Role.ADMIN, first);
            roles.addAll(Arrays.asList(more));
            return new Who(false, roles, null, false);
        }

        /**
         * A view of one row (e.g. an assessment): the sample location names a row of an organisation the
         * test users are not linked to, so only administrators see the view; everyone else signed in gets
         * "page not found" (existence does not leak). {@code {assessment}} is replaced by a real id.
         */
        static Who rowOf(String sampleLocation) {
            return new Who(false, EnumSet.allOf(Role.class), sampleLocation, true);
        }

        /** As {@link #rowOf(String)}, for a view that only some roles may open at all (others: access denied). */
        static Who rowOf(String sampleLocation, Role first, Role... more) {
            Set<Role> roles = EnumSet.of(Role.ADMIN, first);
            roles.addAll(Arrays.asList(more));
            return new Who(false, roles, sampleLocation, true);
        }

        Who at(String sampleLocation) {
            return new Who(open, roles, sampleLocation, rowScoped);
        }
    }

    /** One line per view whose access is not "any signed-in person", by route template. */
    static final Map<String, Who> EXPECTED = Map.of(
            "login", Who.anyone(),
            "organisations", Who.roles(Role.ADMIN),
            "users", Who.roles(Role.ADMIN),
            "audit", Who.roles(Role.MANAGER, Role.AUDITOR),
            "assessments/:id([0-9]{1,18})/result", Who.rowOf("assessments/{assessment}/result"),
            "assessments/:id([0-9]{1,18})/walk/:step?", Who.rowOf("assessments/{assessment}/walk"),
            "assessments/:id([0-9]{1,18})/review", Who.rowOf("assessments/{assessment}/review", Role.AUDITOR),
            "frameworks/:code/:version", Who.signedIn().at("frameworks/cso-core/2026.1"),
            "assessments/:id/actions", Who.rowOf("assessments/{assessment}/actions"));

    private static final List<Role> ROLES = List.of(Role.ADMIN, Role.MANAGER, Role.AUDITOR, Role.TRAINER);

    @Inject
    IdentityService identity;

    @Override
    protected Role signedInRole() {
        return null;
    }

    static List<Class<? extends Component>> views() {
        return new Routes().autoDiscoverViews("org.childsafe").getRoutes().stream()
                .filter(c -> c.isAnnotationPresent(Route.class))
                .sorted(Comparator.comparing(Class::getName)).toList();
    }

    private static String template(Class<? extends Component> view) {
        return RouteConfiguration.forApplicationScope().getTemplate(view)
                .orElseThrow(() -> new AssertionError(view.getName() + " is not registered as a route"));
    }

    @Test
    void every_view_that_is_not_open_to_every_signed_in_person_has_an_expectation() {
        List<String> missing = new ArrayList<>();
        for (Class<? extends Component> view : views()) {
            String template = template(view);
            boolean special = view.isAnnotationPresent(AllowedRoles.class) || view.isAnnotationPresent(PublicView.class)
                    || template.contains(":");
            if (special && !EXPECTED.containsKey(template)) {
                missing.add("add an expectation for view \"" + template + "\" (" + view.getSimpleName()
                        + ") to ViewMatrixTest.EXPECTED");
            }
            if (template.contains(":") && EXPECTED.containsKey(template) && EXPECTED.get(template).location() == null) {
                missing.add("give view \"" + template + "\" a sample location with .at(...) in ViewMatrixTest.EXPECTED");
            }
        }
        assertThat(missing).isEmpty();
        assertThat(views().stream().map(ViewMatrixTest::template).toList()).containsAll(EXPECTED.keySet());
    }

    @Test
    void every_view_opens_or_is_refused_for_each_role_exactly_as_expected() {
        Map<Role, Actor> people = new LinkedHashMap<>();
        ROLES.forEach(role -> people.put(role, TestUsers.create(identity, role)));
        List<String> wrong = new ArrayList<>();
        StringBuilder table = new StringBuilder(String.format("%-16s %-18s %-18s %-18s %-18s %-18s%n", "view",
                "anonymous", "admin", "manager", "auditor", "trainer"));
        int checked = 0;
        for (Class<? extends Component> view : views()) {
            String template = template(view);
            Who who = EXPECTED.getOrDefault(template, Who.signedIn());
            String location = (who.location() != null ? who.location() : template)
                    .replace("{assessment}", Long.toString(sampleAssessment()));
            table.append(String.format("%-16s", template.isEmpty() ? "(start)" : template));
            for (Role role : allAndAnonymous()) {
                Class<?> expected = who.open() ? view : role == null ? LoginView.class
                        : !who.roles().contains(role) ? AccessDeniedView.class
                        : who.rowScoped() && role != Role.ADMIN ? org.childsafe.ui.view.NotFoundView.class : view;
                Class<?> shown = open(location, role == null ? null : people.get(role));
                table.append(String.format(" %-18s", shown.getSimpleName()));
                if (shown != expected) {
                    wrong.add("\"" + template + "\" as " + (role == null ? "anonymous" : role.code()) + ": expected "
                            + expected.getSimpleName() + " but got " + shown.getSimpleName());
                }
                checked++;
            }
            table.append(System.lineSeparator());
        }
        System.out.println(table);
        assertThat(wrong).as("views opened or refused against the expectation").isEmpty();
        assertThat(checked).isEqualTo(views().size() * 5);
    }

    private Long sampleAssessment;

    /** An assessment of an organisation no test user is linked to. */
    private long sampleAssessment() {
        if (sampleAssessment == null) {
            Actor admin = Actor.SYSTEM;
            long org = context.getBean(org.childsafe.organisation.service.OrganisationService.class).create(admin,
                    new org.childsafe.organisation.service.OrganisationService.OrganisationForm(
                            "View matrix " + java.util.UUID.randomUUID(), "TH", "shelter", "small")).id();
            sampleAssessment = context.getBean(org.childsafe.assessment.service.AssessmentWorkflow.class).start(admin,
                    new org.childsafe.assessment.service.AssessmentWorkflow.StartForm(org, "cso-core", "2026.1", "Matrix",
                            null)).id();
        }
        return sampleAssessment;
    }

    private static List<Role> allAndAnonymous() {
        List<Role> out = new ArrayList<>();
        out.add(null);
        out.addAll(ROLES);
        return out;
    }

    /** Signs the person in (or out, when null), opens the location and says which view is shown. */
    private static Class<?> open(String location, Actor person) {
        VaadinSession.getCurrent().setAttribute(Actor.class, person);
        UI.getCurrent().navigate("login");
        UI.getCurrent().navigate(location);
        return current().getClass();
    }
}
