/** Organisation list and editor. */
package org.childsafe.organisation.ui;
