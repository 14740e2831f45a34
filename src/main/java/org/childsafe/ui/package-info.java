/** The UI shell: page shell and theme, main layout and navigation, language, shared components. */
package org.childsafe.ui;
