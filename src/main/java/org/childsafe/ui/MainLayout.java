package org.childsafe.ui;

import org.childsafe.uikit.LanguageSwitcher;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;

import java.util.Comparator;
import java.util.List;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.VaadinSession;
import io.micronaut.context.annotation.Prototype;
import org.childsafe.kernel.Actor;
import org.childsafe.identity.service.IdentityService;
import org.childsafe.kernel.OrganisationDirectory;
import org.childsafe.uikit.CurrentUser;
import org.childsafe.uikit.InactiveOrganisationBanner;


/**
 * The application frame: title bar with the language switcher and the signed-in person, and a side
 * navigation built from the views' {@code @Menu} annotations (titles are i18n keys), showing only the
 * views the person's role may open.
 */
@Layout
@Prototype
public class MainLayout extends AppLayout implements com.vaadin.flow.router.AfterNavigationObserver {

    private final transient IdentityService identity;
    private final InactiveOrganisationBanner inactive;

    public MainLayout(IdentityService identity, OrganisationDirectory organisations) {
        this.identity = identity;
        this.inactive = new InactiveOrganisationBanner(id -> organisations.all().stream()
                .filter(o -> o.id() == id).map(OrganisationDirectory.Entry::name).findFirst().orElse("#" + id));
        setPrimarySection(Section.DRAWER);
        Anchor brand = new Anchor("", getTranslation("app.name"));
        brand.addClassName("cs-brand");
        Div spacer = new Div();
        HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), spacer, languageSwitcher());
        CurrentUser.get().ifPresent(actor -> bar.add(userBadge(actor), signOut()));
        bar.setWidthFull();
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        bar.expand(spacer);
        bar.addClassName("cs-navbar");
        Div top = new Div(bar, inactive);
        top.setWidthFull();
        addToNavbar(true, top);

        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("nav.label"));
        for (RouteData route : menuRoutes()) {
            Menu menu = route.getNavigationTarget().getAnnotation(Menu.class);
            SideNavItem item = new SideNavItem(getTranslation(menu.title()), "/" + route.getTemplate());
            if (!menu.icon().isBlank()) {
                item.setPrefixComponent(new Icon(menu.icon()));
            }
            nav.addItem(item);
        }
        Span tagline = new Span(getTranslation("app.tagline"));
        tagline.addClassName("cs-tagline");
        addToDrawer(new Div(brand, tagline), nav);
    }

    /** The actor is reloaded on each navigation (NavigationGuard): the banner follows their organisations. */
    @Override
    public void afterNavigation(com.vaadin.flow.router.AfterNavigationEvent event) {
        inactive.show(CurrentUser.get().orElse(null));
    }

    /** Views with {@code @Menu} that the signed-in person may open, in menu order. */
    static List<RouteData> menuRoutes() {
        return RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .filter(r -> r.getNavigationTarget().isAnnotationPresent(Menu.class))
                .filter(r -> CurrentUser.mayOpen(r.getNavigationTarget()))
                .sorted(Comparator.comparingDouble(r -> r.getNavigationTarget().getAnnotation(Menu.class).order()))
                .toList();
    }

    private Span userBadge(Actor actor) {
        Span badge = new Span(getTranslation("user.signedInAs", actor.displayName(),
                getTranslation("role." + actor.role().code())));
        badge.setId("signed-in-user");
        badge.addClassName("cs-user");
        return badge;
    }

    private Button signOut() {
        Button button = new Button(getTranslation("user.signOut"), VaadinIcon.SIGN_OUT.create(), e -> {
            VaadinSession session = VaadinSession.getCurrent();
            CurrentUser.get().ifPresent(identity::signedOut);
            getUI().ifPresent(ui -> ui.getPage().setLocation("login"));
            session.getSession().invalidate();
            session.close();
        });
        button.setId("sign-out");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private LanguageSwitcher languageSwitcher() {
        return new LanguageSwitcher(getLocale(),
                locale -> CurrentUser.get().ifPresent(actor -> identity.setLanguage(actor, locale.getLanguage())));
    }
}
