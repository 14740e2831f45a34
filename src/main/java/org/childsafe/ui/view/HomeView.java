package org.childsafe.ui.view;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import io.micronaut.context.annotation.Prototype;

/** The start page: what ChildSafe is for, in plain words. */
@Route("")
@Menu(order = 0, icon = "vaadin:home", title = "nav.home")
@Prototype
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    public HomeView() {
        H1 title = new H1(getTranslation("home.title"));
        title.setId("home-title");
        add(title, new Paragraph(getTranslation("home.intro")), new Paragraph(getTranslation("home.steps")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title") + " | " + getTranslation("app.name");
    }
}
