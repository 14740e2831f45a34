/** NGOs, shelters and other organisations that assess themselves. */
package org.childsafe.organisation;
