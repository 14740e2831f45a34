package org.childsafe.platform;

import org.childsafe.platform.db.H2Urls;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class H2UrlsTest {

    @Test
    void a_plain_h2_file_url_gets_postgresql_compatibility_and_durable_commits() {
        assertThat(H2Urls.withCompatibility("jdbc:h2:file:./data/childsafe"))
                .isEqualTo("jdbc:h2:file:./data/childsafe;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE"
                        + ";DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0");
    }

    @Test
    void an_in_memory_url_gets_compatibility_but_no_write_delay_setting() {
        assertThat(H2Urls.withCompatibility("jdbc:h2:mem:x"))
                .isEqualTo("jdbc:h2:mem:x;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    }

    @Test
    void settings_already_in_the_url_are_kept_as_they_are() {
        assertThat(H2Urls.withCompatibility("jdbc:h2:mem:x;mode=PostgreSQL;DB_CLOSE_DELAY=-1"))
                .isEqualTo("jdbc:h2:mem:x;mode=PostgreSQL;DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE"
                        + ";DEFAULT_NULL_ORDERING=HIGH");
    }

    @Test
    void a_postgresql_url_is_left_alone() {
        String url = "jdbc:postgresql://127.0.0.1:5432/test";
        assertThat(H2Urls.withCompatibility(url)).isSameAs(url);
    }
}
