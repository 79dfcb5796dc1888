/**
 * Taxonomy Packages 1.0 and Report Packages 1.0. Writing: a converted filing as a folder another
 * XBRL tool opens offline ({@link org.finfile.packages.FilingPackage}) and as {@code .xbr} and
 * {@code .xbri} report packages ({@link org.finfile.packages.ReportPackage}). Reading: packages
 * given as input ({@link org.finfile.packages.Packages#open}), unpacked as the hostile input a
 * ZIP archive is, within {@link org.finfile.packages.Limits}.
 */
package org.finfile.packages;
