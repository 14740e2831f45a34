package org.childsafe.framework;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNavItem;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.childsafe.framework.ui.FrameworkItemCard;
import org.childsafe.framework.ui.FrameworkVersionView;
import org.childsafe.kernel.Role;
import org.childsafe.support.ViewTestBase;
import org.childsafe.uikit.ChildSafeI18n;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(startApplication = false, transactional = false)
class ThaiFrameworkViewsTest extends ViewTestBase {

    @Override
    protected Locale locale() {
        return ChildSafeI18n.THAI;
    }

    @Override
    protected Role signedInRole() {
        return Role.TRAINER;
    }

    @Test
    void in_thai_a_version_shows_its_titles_and_item_texts_in_thai() {
        UI.getCurrent().navigate(FrameworkVersionView.class, FrameworkVersionView.parameters("cso-core", "2026.1"));

        assertThat(_get(H1.class, spec -> spec.withId("framework-title")).getText())
                .isEqualTo("องค์กรที่ปลอดภัยสำหรับเด็ก – มาตรฐานหลัก");
        Details policy = _get(Details.class, spec -> spec.withId("framework-domain-P"));
        assertThat(policy.getSummaryText()).startsWith("P · นโยบาย (");
        policy.setOpened(true);
        FrameworkItemCard p1 = _get(FrameworkItemCard.class, spec -> spec.withId("framework-item-P1"));
        assertThat(p1.getElement().getTextRecursively())
                .contains("คณะกรรมการหรือผู้บริหารสูงสุดขององค์กรได้อนุมัตินโยบายคุ้มครองเด็ก")
                .contains("ข้อสำคัญ: ข้อกำหนดขั้นต่ำ", "ผู้รับผิดชอบ: ผู้อำนวยการ", "ภายใน 90 วัน")
                .doesNotContain("board or governing body");
        assertThat(_find(SideNavItem.class)).extracting(SideNavItem::getLabel).contains("กรอบการประเมิน");
    }
}
