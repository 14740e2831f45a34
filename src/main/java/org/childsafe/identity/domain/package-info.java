/** Roles, the acting person and the access rules; pure. */
package org.childsafe.identity.domain;
