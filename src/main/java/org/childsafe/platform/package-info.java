/** Technical glue shared by all features: start-up, configuration checks, database and Vaadin wiring. */
package org.childsafe.platform;
