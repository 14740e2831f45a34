/** REST endpoints for organisations. */
package org.childsafe.organisation.api;
