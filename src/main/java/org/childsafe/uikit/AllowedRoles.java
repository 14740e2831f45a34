package org.childsafe.uikit;

import org.childsafe.kernel.Role;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Restricts a view to some roles. A view without it is open to every signed-in person; services
 * still check each action, so this only decides who gets to open the page and see it in the menu.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface AllowedRoles {
    Role[] value();
}
