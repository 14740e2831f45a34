/** The audit trail screen: history (all, or one organisation's) and the chain check for administrators. */
package org.childsafe.audit.ui;
