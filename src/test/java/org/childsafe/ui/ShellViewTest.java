package org.childsafe.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNavItem;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.childsafe.support.ViewTestBase;
import org.childsafe.uikit.ChildSafeI18n;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(startApplication = false)
class ShellViewTest extends ViewTestBase {


    @Test
    void the_start_page_shows_the_title_and_the_navigation() {
        UI.getCurrent().navigate("");
        assertThat(_get(H1.class, spec -> spec.withId("home-title")).getText())
                .isEqualTo("Keeping children safe in our organisation");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("Home", "Organisations");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_language_switcher_offers_english_and_thai() {
        UI.getCurrent().navigate("");
        Select<Locale> switcher = _get(Select.class, spec -> spec.withId("language-switcher"));
        assertThat(switcher.getListDataView().getItems()).containsExactly(Locale.ENGLISH, ChildSafeI18n.THAI);
    }

}
