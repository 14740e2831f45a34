package org.childsafe.framework;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.childsafe.framework.service.FrameworkLibrary;
import org.childsafe.framework.service.FrameworkLibrary.Summary;
import com.vaadin.flow.router.QueryParameters;
import org.childsafe.framework.ui.FrameworkCompareView;
import org.childsafe.framework.ui.FrameworkItemCard;
import org.childsafe.framework.ui.FrameworkLibraryView;
import org.childsafe.framework.ui.FrameworkVersionView;
import org.childsafe.kernel.Actor;
import org.childsafe.kernel.Role;
import org.childsafe.identity.service.IdentityService;
import org.childsafe.uikit.CurrentUser;
import org.childsafe.support.TestUsers;
import org.childsafe.support.ViewTestBase;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.GridKt._clickItem;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.UploadKt._upload;
import static org.assertj.core.api.Assertions.assertThat;

@MicronautTest(startApplication = false, transactional = false)
class FrameworkViewsTest extends ViewTestBase {

    private FrameworkLibrary library() {
        return context.getBean(FrameworkLibrary.class);
    }

    @SuppressWarnings("unchecked")
    private static Grid<Summary> grid() {
        return _get(Grid.class, spec -> spec.withId("framework-grid"));
    }

    private static List<Summary> rows(Grid<Summary> grid) {
        List<Summary> rows = new ArrayList<>();
        for (int i = 0; i < _size(grid); i++) {
            rows.add(_get(grid, i));
        }
        return rows;
    }

    private static void upload(String fileName, String content) {
        _click(_get(Button.class, spec -> spec.withId("framework-import")));
        _upload(_get(Upload.class, spec -> spec.withId("framework-upload")), fileName, "application/yaml",
                content.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void the_library_lists_the_shipped_framework_versions() {
        UI.getCurrent().navigate(FrameworkLibraryView.class);
        assertThat(rows(grid())).extracting(s -> s.code() + "@" + s.version())
                .contains("cso-core@2026.1", "national-principles@2019.1", "the-code@2026.1", "psea-core@2026.1");
    }

    @Test
    void an_invalid_upload_shows_every_problem_in_the_page_and_stores_nothing() {
        String code = ApiFiles.uniqueCode();
        UI.getCurrent().navigate(FrameworkLibraryView.class);
        upload("broken.yaml", ApiFiles.valid(code, "1").replace("      - code: P2", "      - code: P1")
                .replace("weight: 2", "weight: 0"));

        assertThat(_get(H3.class, spec -> spec.withId("framework-import-refused")).getText())
                .isEqualTo("The file was not imported");
        assertThat(_get(Paragraph.class, spec -> spec.withId("framework-import-message")).getText())
                .contains("2 problems").contains("Nothing was imported");
        List<String> problems = _find(_get(UnorderedList.class, spec -> spec.withId("framework-import-problems")),
                ListItem.class).stream().map(li -> li.getElement().getTextRecursively()).toList();
        assertThat(problems).containsExactly(
                "domains[0].items[1].code (line 13): duplicate item code \"P1\"",
                "domains[0].items[1].weight (line 14): weight must be > 0");
        assertThat(library().versions(code)).isEmpty();
        assertThat(rows(grid())).noneMatch(s -> s.code().equals(code));
    }

    @Test
    void a_valid_upload_is_imported_and_appears_in_the_list() {
        String code = ApiFiles.uniqueCode();
        UI.getCurrent().navigate(FrameworkLibraryView.class);
        upload("new.yml", ApiFiles.valid(code, "1"));

        _assertNone(H3.class, spec -> spec.withId("framework-import-refused"));
        assertThat(rows(grid())).anyMatch(s -> s.code().equals(code) && s.version().equals("1"));
        assertThat(library().versions(code)).hasSize(1);
    }

    @Test
    void a_file_that_is_not_yaml_is_refused_before_any_import() {
        UI.getCurrent().navigate(FrameworkLibraryView.class);
        upload("notes.txt", ApiFiles.valid(ApiFiles.uniqueCode(), "1"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("framework-import-rejected")).getText())
                .isEqualTo("Only a .yaml or .yml file of at most 1 MB can be imported.");
    }

    @Test
    void a_manager_sees_the_library_but_no_import_button() {
        Actor manager = TestUsers.create(context.getBean(IdentityService.class), Role.MANAGER);
        CurrentUser.set(manager);
        UI.getCurrent().navigate(FrameworkLibraryView.class);
        assertThat(_size(grid())).isGreaterThanOrEqualTo(4);
        _assertNone(Button.class, spec -> spec.withId("framework-import"));
        _assertNone(Upload.class);
    }

    @Test
    void choosing_a_row_opens_that_version_with_its_domains_collapsed() {
        UI.getCurrent().navigate(FrameworkLibraryView.class);
        Grid<Summary> grid = grid();
        int row = rows(grid).indexOf(rows(grid).stream().filter(s -> s.code().equals("cso-core")).findFirst().orElseThrow());
        _clickItem(grid, row, 1, false, false, false, false);

        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0))
                .isInstanceOf(FrameworkVersionView.class);
        assertThat(_get(H1.class, spec -> spec.withId("framework-title")).getText())
                .isEqualTo("Child Safe Organisations – core");
        assertThat(_find(Details.class)).extracting(d -> d.getId().orElse(""))
                .containsExactly("framework-domain-P", "framework-domain-E", "framework-domain-R", "framework-domain-A");
        assertThat(_find(FrameworkItemCard.class)).as("items are built when a domain is opened").isEmpty();

        _get(Details.class, spec -> spec.withId("framework-domain-P")).setOpened(true);
        FrameworkItemCard p1 = _get(FrameworkItemCard.class, spec -> spec.withId("framework-item-P1"));
        String text = p1.getElement().getTextRecursively();
        assertThat(text).contains("P1", "board or governing body", "Critical: a minimum requirement",
                "Examples of evidence", "Suggested actions if not met", "Who: Director", "Within 90 days");
    }

    @Test
    void an_unknown_version_shows_the_not_found_page() {
        UI.getCurrent().navigate("frameworks/cso-core/1999.1");
        _assertOne(com.vaadin.flow.component.Component.class, spec -> spec.withId("not-found"));
    }

    @Test
    void the_comparison_shows_added_changed_and_carried_on_items() {
        String code = ApiFiles.uniqueCode();
        library().importFile(Actor.SYSTEM, ApiFiles.valid(code, "1").getBytes(StandardCharsets.UTF_8));
        library().importFile(Actor.SYSTEM, (ApiFiles.valid(code, "2").replace("There is a policy", "There is an approved policy")
                .replace("      - code: P2", "      - code: P3\n        replaces: [P2]")
                + "      - code: P9\n        text: {en: A new item}\n").getBytes(StandardCharsets.UTF_8));

        UI.getCurrent().navigate(FrameworkCompareView.class, QueryParameters.of("code", code));

        assertThat(text("framework-diff-added")).contains("P9 A new item");
        assertThat(text("framework-diff-removed")).contains("None");
        assertThat(text("framework-diff-changed")).contains("P1 There is an approved policy · Changed: wording");
        assertThat(text("framework-diff-carried")).contains("P3 Staff know the policy · carries on P2");
    }

    @Test
    void the_versions_to_compare_can_be_given_in_the_address_and_the_same_version_twice_compares_nothing() {
        String code = ApiFiles.uniqueCode();
        library().importFile(Actor.SYSTEM, ApiFiles.valid(code, "1").getBytes(StandardCharsets.UTF_8));
        library().importFile(Actor.SYSTEM, ApiFiles.valid(code, "2").getBytes(StandardCharsets.UTF_8));

        UI.getCurrent().navigate(FrameworkCompareView.class,
                new QueryParameters(Map.of("code", List.of(code), "from", List.of("2"), "to", List.of("2"))));
        assertThat(_get(Paragraph.class, spec -> spec.withId("framework-compare-hint")).getText())
                .isEqualTo("Choose two different versions of the same framework.");

        UI.getCurrent().navigate(FrameworkCompareView.class,
                new QueryParameters(Map.of("code", List.of(code), "from", List.of("1"), "to", List.of("2"))));
        assertThat(_get(Paragraph.class, spec -> spec.withId("framework-diff-same")).getText())
                .startsWith("Both versions have the same items");
        assertThat(text("framework-diff-carried")).contains("Carried on (2)");
    }

    private static String text(String id) {
        return _get(Details.class, spec -> spec.withId(id)).getElement().getTextRecursively();
    }
}
