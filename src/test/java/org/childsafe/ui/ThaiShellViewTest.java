package org.childsafe.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
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
class ThaiShellViewTest extends ViewTestBase {

    @Override
    protected Locale locale() {
        return ChildSafeI18n.THAI;
    }

    @Test
    void in_thai_the_shell_is_in_thai() {
        UI.getCurrent().navigate("");
        assertThat(_get(H1.class, spec -> spec.withId("home-title")).getText())
                .isEqualTo("ดูแลให้เด็กปลอดภัยในองค์กรของเรา");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("หน้าแรก", "องค์กร");
    }
}
