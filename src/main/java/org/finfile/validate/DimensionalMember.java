package org.finfile.validate;

import javax.xml.namespace.QName;

/**
 * One xbrldi:explicitMember or xbrldi:typedMember of a context, as the instance scan saw it.
 *
 * @param dimension the dimension attribute's QName, or null when its prefix is not declared
 * @param typed true for a typedMember
 * @param value an explicit member's QName (null when its content is not a QName in scope), or
 *     a typed member's first child element
 * @param children how many child elements a typed member has (0 for an explicit member)
 * @param scenario true in the scenario, false in the segment
 * @param where {@code file:line:col} of the member
 */
record DimensionalMember(QName dimension, boolean typed, QName value, int children, boolean scenario, String where) {
  /** The container's name, as messages say it. */
  String container() {
    return scenario ? "scenario" : "segment";
  }
}
