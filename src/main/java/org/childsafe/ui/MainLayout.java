package org.childsafe.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import io.micronaut.context.annotation.Prototype;
import org.childsafe.ui.i18n.ChildSafeI18n;

import java.util.Locale;

/**
 * The application frame: title bar with the language switcher, and a side navigation built from the
 * views' {@code @Menu} annotations (their titles are i18n keys).
 */
@Layout
@Prototype
public class MainLayout extends AppLayout {

    public MainLayout() {
        setPrimarySection(Section.DRAWER);
        Anchor brand = new Anchor("", getTranslation("app.name"));
        brand.addClassName("cs-brand");
        Div spacer = new Div();
        HorizontalLayout bar = new HorizontalLayout(new DrawerToggle(), spacer, languageSwitcher());
        bar.setWidthFull();
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        bar.expand(spacer);
        bar.addClassName("cs-navbar");
        addToNavbar(true, bar);

        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("nav.label"));
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
            if (entry.icon() != null) {
                item.setPrefixComponent(new Icon(entry.icon()));
            }
            nav.addItem(item);
        }
        Span tagline = new Span(getTranslation("app.tagline"));
        tagline.addClassName("cs-tagline");
        addToDrawer(new Div(brand, tagline), nav);
    }

    private Select<Locale> languageSwitcher() {
        Select<Locale> select = new Select<>();
        select.setId("language-switcher");
        select.setItems(ChildSafeI18n.LOCALES);
        select.setItemLabelGenerator(l -> getTranslation("language." + l.getLanguage()));
        select.setAriaLabel(getTranslation("language.choose"));
        select.setValue(ChildSafeI18n.supported(getLocale()));
        select.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                Language.choose(e.getValue());
                getUI().ifPresent(ui -> ui.getPage().reload());
            }
        });
        select.setWidth("9em");
        return select;
    }
}
