/**
 * Taxonomy Packages 1.0 and Report Packages 1.0: a converted filing written as a folder another
 * XBRL tool opens offline, and as a report package; packages read as input (zip archives are
 * hostile input, read within limits).
 */
package org.finfile.packages;
