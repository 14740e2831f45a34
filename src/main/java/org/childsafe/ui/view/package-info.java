/** Views of the application shell that belong to no single feature: home, not found. */
package org.childsafe.ui.view;
