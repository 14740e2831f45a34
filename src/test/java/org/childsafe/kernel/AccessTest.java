package org.childsafe.kernel;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** A deactivated organisation is read-only for its people, in the rules every service asks. */
class AccessTest {

    private static final long ACTIVE = 1;
    private static final long INACTIVE = 2;

    private static Actor person(Role role) {
        return new Actor(10, role.code(), role.code(), role, Set.of(ACTIVE, INACTIVE), "en", Set.of(INACTIVE));
    }

    @Test
    void a_manager_reads_but_cannot_work_on_a_deactivated_organisation() {
        Actor manager = person(Role.MANAGER);
        assertThat(Access.canRead(manager, INACTIVE)).isTrue();
        assertThat(Access.canWork(manager, INACTIVE)).isFalse();
        assertThat(Access.canWork(manager, ACTIVE)).isTrue();
        assertThat(Access.canSeeHistory(manager, INACTIVE)).isTrue();
    }

    @Test
    void an_auditor_reads_but_cannot_review_a_deactivated_organisation() {
        Actor auditor = person(Role.AUDITOR);
        assertThat(Access.canRead(auditor, INACTIVE)).isTrue();
        assertThat(Access.canReview(auditor, INACTIVE)).isFalse();
        assertThat(Access.canReview(auditor, ACTIVE)).isTrue();
    }

    @Test
    void the_refusal_says_the_organisation_is_deactivated_only_when_that_is_the_reason() {
        assertThat(Access.refusal(person(Role.MANAGER), INACTIVE, "error.assessment.managersOnly").text())
                .isEqualTo(Text.of(Access.INACTIVE));
        assertThat(Access.refusal(person(Role.TRAINER), ACTIVE, "error.assessment.managersOnly").text())
                .isEqualTo(Text.of("error.assessment.managersOnly"));
        assertThat(Messages.english(Text.of(Access.INACTIVE))).contains("deactivated", "administrator");
        assertThat(Messages.render(Text.of(Access.INACTIVE), Messages.THAI)).contains("ปิดการใช้งาน");
    }

    @Test
    void administrators_keep_working_so_they_can_put_things_right_and_activate_it_again() {
        Actor admin = new Actor(1, "admin", "Admin", Role.ADMIN, Set.of(), "en");
        assertThat(Access.canWork(admin, INACTIVE)).isTrue();
        assertThat(Access.canAdminister(admin)).isTrue();
    }

    @Test
    void an_actor_without_inactive_organisations_is_unchanged() {
        Actor manager = new Actor(10, "m", "M", Role.MANAGER, Set.of(ACTIVE), "en");
        assertThat(manager.inactiveOrganisationIds()).isEmpty();
        assertThat(Access.canWork(manager, ACTIVE)).isTrue();
    }
}
