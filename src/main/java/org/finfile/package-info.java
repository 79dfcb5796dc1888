/**
 * finfile: financial statement tables to XBRL 2.1 filings, and back into things people read.
 *
 * <p>Capabilities live in their own packages: {@code tables} reads documents, {@code mapping}
 * turns tables into a {@link org.finfile.model.Filing}, {@code xml} reads and writes instances,
 * {@code taxonomy} loads concepts, {@code validate} checks filings, {@code cli} is the command
 * line. {@link org.finfile.Finfile} is the entry point for library users.
 */
package org.finfile;
