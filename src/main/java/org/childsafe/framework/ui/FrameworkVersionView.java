package org.childsafe.framework.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import io.micronaut.context.annotation.Prototype;
import org.childsafe.framework.domain.Domain;
import org.childsafe.framework.domain.Framework;
import org.childsafe.framework.domain.Item;
import org.childsafe.framework.domain.ScaleOption;
import org.childsafe.framework.service.FrameworkLibrary;
import org.childsafe.kernel.NotFoundException;

import java.util.Map;

/**
 * One framework version as people read it, in the UI language: title, description, publisher, source,
 * licence, whether results are indicative, the answer options, then one collapsed section per domain.
 * A domain's items are built only when its section is first opened, so the page stays light on slow
 * connections.
 */
@Route("frameworks/:code/:version")
@Prototype
public class FrameworkVersionView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient FrameworkLibrary library;
    private Framework framework;

    public FrameworkVersionView(FrameworkLibrary library) {
        this.library = library;
        setId("framework-version");
    }

    /** The route parameters of a version. */
    public static RouteParameters parameters(String code, String version) {
        return new RouteParameters(Map.of("code", code, "version", version));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String code = event.getRouteParameters().get("code").orElse("");
        String version = event.getRouteParameters().get("version").orElse("");
        try {
            framework = library.get(code, version).framework();
        } catch (NotFoundException unknown) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        removeAll();
        render(library.versions(code).size() > 1);
    }

    private void render(boolean hasOtherVersions) {
        RouterLink back = new RouterLink(getTranslation("framework.version.back"), FrameworkLibraryView.class);
        back.setId("framework-back");
        H1 title = new H1(framework.title().get(getLocale()));
        title.setId("framework-title");
        HorizontalLayout badges = new HorizontalLayout(badge(getTranslation("framework.version.label",
                framework.version()), ""));
        badges.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        if (framework.indicative()) {
            Span indicative = badge(getTranslation("framework.indicative"), "contrast");
            indicative.setId("framework-indicative");
            badges.add(indicative, new Span(getTranslation("framework.indicative.help")));
        }
        if (hasOtherVersions) {
            RouterLink compare = new RouterLink(getTranslation("framework.compare.open"), FrameworkCompareView.class);
            compare.setQueryParameters(QueryParameters.of("code", framework.code()));
            compare.setId("framework-compare-link");
            badges.add(compare);
        }
        add(back, title, badges);
        if (!framework.description().isEmpty()) {
            add(new Paragraph(framework.description().get(getLocale())));
        }
        add(facts(), new H2(getTranslation("framework.version.scale")), scale(),
                new H2(getTranslation("framework.version.domains")));
        framework.domains().forEach(domain -> add(domain(domain)));
    }

    private Component facts() {
        Div facts = new Div();
        facts.setId("framework-facts");
        facts.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        if (framework.publisher() != null) {
            facts.add(fact("framework.version.publisher", new Span(framework.publisher())));
        }
        if (framework.source() != null) {
            facts.add(fact("framework.version.source", new Anchor(framework.source(), framework.source(),
                    AnchorTarget.BLANK)));
        }
        if (framework.licence() != null) {
            facts.add(fact("framework.version.licence", new Span(framework.licence())));
        }
        return facts;
    }

    private Div fact(String labelKey, Component value) {
        return new Div(new Span(getTranslation(labelKey) + ": "), value);
    }

    private Component scale() {
        HorizontalLayout options = new HorizontalLayout();
        options.setId("framework-scale");
        options.getStyle().set("flex-wrap", "wrap");
        for (ScaleOption option : framework.scale().options()) {
            String label = option.label().isEmpty() ? getTranslation("framework.option." + option.code())
                    : option.label().get(getLocale());
            String value = option.value() == null ? "" : " = " + FrameworkItemCard.number(option.value());
            options.add(badge(label + value, option.isNotApplicable() || option.isDontKnow() ? "contrast" : ""));
        }
        return options;
    }

    private Details domain(Domain domain) {
        long critical = domain.items().stream().filter(Item::critical).count();
        Details details = new Details(getTranslation("framework.domain.summary", domain.code(),
                domain.title().get(getLocale()), domain.items().size(), critical));
        details.setId("framework-domain-" + domain.code());
        details.setWidthFull();
        details.addOpenedChangeListener(e -> {
            if (e.isOpened() && details.getContent().findAny().isEmpty()) {
                domain.items().forEach(item -> details.add(new FrameworkItemCard(item)));
            }
        });
        return details;
    }

    static Span badge(String text, String variant) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add(variant.isEmpty() ? "badge" : "badge " + variant);
        return badge;
    }

    @Override
    public String getPageTitle() {
        String title = framework == null ? getTranslation("framework.library.title")
                : framework.title().get(getLocale()) + " " + framework.version();
        return title + " | " + getTranslation("app.name");
    }
}
