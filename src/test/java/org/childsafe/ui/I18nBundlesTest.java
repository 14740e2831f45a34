package org.childsafe.ui;

import org.childsafe.uikit.ChildSafeI18n;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Every English key has a Thai text and the other way round, and none is empty. */
class I18nBundlesTest {

    @Test
    void every_bundle_has_the_same_keys_in_english_and_thai() throws IOException {
        int bundles = 0;
        for (String bundle : ChildSafeI18n.BUNDLES) {
            String path = bundle.replace('.', '/');
            Properties en = load(path + ".properties");
            Properties th = load(path + "_th.properties");
            if (en == null && th == null) {
                continue;
            }
            bundles++;
            assertThat(en).as(path + ".properties").isNotNull();
            assertThat(th).as(path + "_th.properties").isNotNull();
            assertThat(new TreeSet<>(th.stringPropertyNames())).as("Thai keys of " + path)
                    .isEqualTo(new TreeSet<>(en.stringPropertyNames()));
            en.forEach((k, v) -> assertThat(v.toString()).as("English " + k).isNotBlank());
            th.forEach((k, v) -> assertThat(v.toString()).as("Thai " + k).isNotBlank());
        }
        assertThat(bundles).isPositive();
    }

    @Test
    void a_thai_text_is_really_thai_script_for_the_main_title() {
        assertThat(new ChildSafeI18n().getTranslation("home.title", ChildSafeI18n.THAI)).matches(".*[\\u0E00-\\u0E7F].*");
        assertThat(new ChildSafeI18n().getTranslation("no.such.key", ChildSafeI18n.THAI)).isEqualTo("!no.such.key!");
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = I18nBundlesTest.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }
}
