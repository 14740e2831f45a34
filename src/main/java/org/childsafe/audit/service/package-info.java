/** Recording changes in the audit trail and checking the chain. */
package org.childsafe.audit.service;
