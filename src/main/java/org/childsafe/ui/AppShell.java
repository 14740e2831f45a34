package org.childsafe.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.Theme;

/** The page shell: the plain-CSS "childsafe" theme (frontend/themes/childsafe) on Lumo. */
@Theme("childsafe")
@Meta(name = "description", content = "ChildSafe - Child Safe Organisations self-assessment")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("ChildSafe");
    }
}
