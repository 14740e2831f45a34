/** Translations: English and Thai message bundles behind Vaadin's I18NProvider. */
package org.childsafe.ui.i18n;
