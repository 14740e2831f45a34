/** People: accounts, roles, sign-in and who may do what. */
package org.childsafe.identity;
