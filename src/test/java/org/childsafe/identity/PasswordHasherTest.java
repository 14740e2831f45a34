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
        assertThat(PasswordHasher.problem("kx8#Lm2!pQ", "someone")).as("ten hard-to-guess characters").isNull();
        assertThat(english(PasswordHasher.problem(null, "someone"))).contains("at least 10 characters");
        assertThat(english(PasswordHasher.problem("", "someone"))).contains("at least 10 characters");
    }

    @Test
    void a_password_may_not_be_too_long_or_the_username() {
        assertThat(english(PasswordHasher.problem("x".repeat(201), "someone"))).contains("at most 200");
        String longest = "Plum-Kettle-Harbour-42" + "x".repeat(200 - 22);
        assertThat(PasswordHasher.problem(longest, "someone")).as("200 characters").isNull();
        assertThat(english(PasswordHasher.problem("Manager.One", "manager.one"))).contains("not be the username");
    }

    @Test
    void common_and_guessable_passwords_are_refused_with_a_helpful_sentence_in_english_and_thai() {
        for (String weak : new String[]{"aaaaaaaaaa", "password12", "1234567890", "qwertyuiop", "iloveyou123",
                "childsafe2026", "somchai-somchai", "Password123!"}) {
            assertThat(PasswordHasher.problem(weak, "somchai")).as(weak)
                    .isEqualTo(org.childsafe.kernel.Text.of("error.password.weak"));
        }
        assertThat(english(PasswordHasher.problem("password12", "someone")))
                .contains("too easy to guess").contains("three or four unrelated words");
        assertThat(org.childsafe.kernel.Messages.render(PasswordHasher.problem("aaaaaaaaaa", "someone"),
                java.util.Locale.forLanguageTag("th"))).contains("เดาได้ง่าย");
    }

    @Test
    void passphrases_and_random_passwords_are_accepted() {
        for (String strong : new String[]{"Plum-Kettle-Harbour-42", "tamarind lantern orbit breeze", "kx8#Lm2!pQ",
                "ช้างกินกล้วยที่ตลาดเช้า"}) {
            assertThat(PasswordHasher.problem(strong, "somchai")).as(strong).isNull();
        }
    }
}
