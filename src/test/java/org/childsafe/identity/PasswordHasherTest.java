package org.childsafe.identity;

import org.childsafe.identity.service.PasswordHasher;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.childsafe.kernel.Messages.english;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void a_hash_is_argon2id_with_its_memory_and_pass_parameters_in_it() {
        String hash = hasher.hash("correct horse battery");
        assertThat(hash).startsWith("$argon2id$v=19$").contains("m=19456,t=2,p=1");
        assertThat(hash).doesNotContain("correct horse battery");
    }

    @Test
    void two_hashes_of_one_password_differ_because_each_has_its_own_salt() {
        String first = hasher.hash("correct horse battery");
        String second = hasher.hash("correct horse battery");
        assertThat(first).isNotEqualTo(second);
        assertThat(hasher.matches("correct horse battery", first)).isTrue();
        assertThat(hasher.matches("correct horse battery", second)).isTrue();
    }

    @Test
    void the_right_password_matches_and_a_wrong_one_does_not() {
        String hash = hasher.hash("correct horse battery");
        assertThat(hasher.matches("correct horse battery", hash)).isTrue();
        assertThat(hasher.matches("correct horse batterY", hash)).isFalse();
        assertThat(hasher.matches("", hash)).isFalse();
        assertThat(hasher.matches(null, hash)).isFalse();
    }

    @Test
    void anything_that_is_not_an_argon2_hash_never_matches() {
        assertThat(hasher.matches("plain", "plain")).isFalse();
        assertThat(hasher.matches("plain", null)).isFalse();
    }

    @Test
    void the_decoy_used_for_unknown_accounts_is_a_real_hash_that_matches_nothing_typed() {
        assertThat(hasher.decoy()).startsWith("$argon2id$").isEqualTo(hasher.decoy());
        assertThat(hasher.matches("admin-test-password-1", hasher.decoy())).isFalse();
    }

    @Test
    void a_password_needs_at_least_the_minimum_length() {
        assertThat(PasswordHasher.MIN_LENGTH).isEqualTo(10);
        assertThat(english(PasswordHasher.problem("123456789", "someone"))).contains("at least 10 characters");
        assertThat(PasswordHasher.problem("1234567890", "someone")).isNull();
        assertThat(english(PasswordHasher.problem(null, "someone"))).contains("at least 10 characters");
        assertThat(english(PasswordHasher.problem("", "someone"))).contains("at least 10 characters");
    }

    @Test
    void a_password_may_not_be_too_long_or_the_username() {
        assertThat(english(PasswordHasher.problem("x".repeat(201), "someone"))).contains("at most 200");
        assertThat(PasswordHasher.problem("x".repeat(200), "someone")).isNull();
        assertThat(english(PasswordHasher.problem("Manager.One", "manager.one"))).contains("not be the username");
    }
}
