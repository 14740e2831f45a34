package org.childsafe.framework;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.sidenav.SideNavItem;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.childsafe.framework.service.FrameworkLibrary;
import org.childsafe.framework.ui.FrameworkItemCard;
import org.childsafe.framework.ui.FrameworkLibraryView;
import org.childsafe.framework.ui.FrameworkVersionView;
import org.childsafe.identity.service.IdentityService;
import org.childsafe.kernel.Role;
import org.childsafe.support.TestUsers;
import org.childsafe.support.ViewTestBase;
import org.childsafe.uikit.ChildSafeI18n;
import org.childsafe.uikit.CurrentUser;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
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

    @Test
    void in_thai_a_refused_import_lists_its_problems_in_thai_with_paths_and_lines_as_written() {
        CurrentUser.set(TestUsers.create(context.getBean(IdentityService.class), Role.ADMIN));
        String code = ApiFiles.uniqueCode();
        UI.getCurrent().navigate(FrameworkLibraryView.class);
        _click(_get(Button.class, spec -> spec.withId("framework-import")));
        _upload(_get(Upload.class, spec -> spec.withId("framework-upload")), "broken.yaml", "application/yaml",
                ApiFiles.valid(code, "1").replace("      - code: P2", "      - code: P1").replace("weight: 2", "weight: 0")
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(_get(H3.class, spec -> spec.withId("framework-import-refused")).getText())
                .matches("(?s).*[\\u0E00-\\u0E7F].*");
        assertThat(_get(Paragraph.class, spec -> spec.withId("framework-import-message")).getText())
                .matches("(?s).*[\\u0E00-\\u0E7F].*").contains("2");
        List<String> problems = _find(_get(UnorderedList.class, spec -> spec.withId("framework-import-problems")),
                ListItem.class).stream().map(li -> li.getElement().getTextRecursively()).toList();
        assertThat(problems).containsExactly(
                "domains[0].items[1].code (บรรทัด 13): รหัสข้อ \"P1\" ซ้ำ",
                "domains[0].items[1].weight (บรรทัด 14): น้ำหนัก (weight) ต้องมากกว่า 0");
        assertThat(context.getBean(FrameworkLibrary.class).versions(code)).isEmpty();
    }
}
