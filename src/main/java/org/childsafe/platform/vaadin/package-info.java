/**
 * Glue that runs Vaadin Flow inside Micronaut's embedded Tomcat (ADR 0001): the Vaadin servlet bean,
 * a service whose instantiator asks Micronaut for views, Vaadin's start-up initialisers, and Tomcat fixes.
 */
package org.childsafe.platform.vaadin;
