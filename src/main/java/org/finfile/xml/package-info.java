/**
 * XBRL instance documents in and out, and the one hardened door every XML read goes through.
 *
 * <p>{@link org.finfile.xml.XmlSecurity} makes every parser, schema factory and stream reader:
 * no DOCTYPE, no external entities, no XInclude, limits on depth and attributes, and schema
 * resolution through the strict catalog (an unmapped URL is an error, never a download).
 * {@link org.finfile.xml.InstanceReader} streams an instance into a model
 * {@link org.finfile.model.Filing} (JAXB for units; StAX for contexts — segments, scenarios and
 * dateTime periods kept as written — and facts);
 * {@link org.finfile.xml.InstanceWriter} writes one through the generated JAXB classes and StAX;
 * {@link org.finfile.xml.RoundTrip} compares two instance documents as XBRL. The
 * other exchange formats have packages of their own: {@code inline}, {@code oim}, {@code packages}.
 */
package org.finfile.xml;
