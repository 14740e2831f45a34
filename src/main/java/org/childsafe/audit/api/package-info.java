/** REST endpoints for the audit trail. */
package org.childsafe.audit.api;
