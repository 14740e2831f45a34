package org.childsafe.identity.ui;

import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNavItem;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.childsafe.audit.ui.AuditView;
import org.childsafe.support.ViewTestBase;
import org.childsafe.uikit.ChildSafeI18n;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The users and audit screens in Thai: Thai headings, and no key shown untranslated ("!key!"). */
@MicronautTest(startApplication = false, transactional = false)
class ThaiAdminViewsTest extends ViewTestBase {

    @Override
    protected Locale locale() {
        return ChildSafeI18n.THAI;
    }

    /** Every heading, label, button text, grid header and menu item on screen. */
    private static List<String> textsOnScreen() {
        List<String> texts = new ArrayList<>();
        _find(H1.class).forEach(h -> texts.add(h.getText()));
        _find(Button.class).forEach(b -> texts.add(b.getText()));
        _find(SideNavItem.class).forEach(i -> texts.add(i.getLabel()));
        _find(com.vaadin.flow.component.Component.class).stream().filter(HasLabel.class::isInstance)
                .map(c -> ((HasLabel) c).getLabel()).filter(l -> l != null).forEach(texts::add);
        _find(Grid.class).forEach(g -> ((Grid<?>) g).getColumns().forEach(c -> texts.add(c.getHeaderText())));
        return texts;
    }

    @Test
    void the_users_screen_and_its_dialog_are_in_thai() {
        UI.getCurrent().navigate(UsersView.class);
        _click(_get(Button.class, spec -> spec.withId("user-new")));
        List<String> texts = textsOnScreen();
        assertThat(_get(H1.class).getText()).isEqualTo("ผู้ใช้งาน");
        assertThat(texts).isNotEmpty().noneMatch(t -> t.startsWith("!")).contains("บทบาท", "รหัสผ่าน", "ผู้ใช้งาน",
                "บันทึกการเปลี่ยนแปลง");
    }

    @Test
    void the_audit_screen_is_in_thai() {
        UI.getCurrent().navigate(AuditView.class);
        List<String> texts = textsOnScreen();
        assertThat(_get(H1.class).getText()).isEqualTo("บันทึกการเปลี่ยนแปลง");
        assertThat(texts).noneMatch(t -> t.startsWith("!")).contains("ตรวจสอบความครบถ้วนของบันทึก", "เวลา");
    }
}
