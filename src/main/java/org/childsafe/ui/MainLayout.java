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
import org.childsafe.uikit.CurrentUser;


/**
 * The application frame: title bar with the language switcher and the signed-in person, and a side
 * navigation built from the views' {@code @Menu} annotations (titles are i18n keys), showing only the
 * views the person's role may open.
 */
@Layout
@Prototype
public class MainLayout extends AppLayout {

    private final transient IdentityService identity;

    public MainLayout(IdentityService identity) {
        this.identity = identity;
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
        addToNavbar(true, bar);

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
