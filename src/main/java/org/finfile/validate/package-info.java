/**
 * Validation of XBRL instances, finfile's own or anyone's: XML Schema validity with Apache
 * Xerces (offline, through the strict catalog) and XBRL 2.1 rules, streamed so that memory
 * grows with contexts and units, not with file size. Bad input is a
 * {@link org.finfile.validate.Report} of {@link org.finfile.validate.Problem}s, not an exception.
 *
 * <pre>{@code
 * Validator validator = Validator.create(OfflineResolver.bundled());
 * Report report = validator.validate(Path.of("filing.xml"));
 * report.problems().forEach(p -> System.out.println(p.format()));
 * }</pre>
 */
package org.finfile.validate;
