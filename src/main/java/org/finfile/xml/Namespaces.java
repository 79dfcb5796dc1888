package org.finfile.xml;

/** The namespace URIs finfile reads and writes. */
public final class Namespaces {
  public static final String XBRLI = "http://www.xbrl.org/2003/instance";
  public static final String LINK = "http://www.xbrl.org/2003/linkbase";
  public static final String XLINK = "http://www.w3.org/1999/xlink";
  public static final String XL = "http://www.xbrl.org/2003/XLink";
  /** XBRL Dimensions 1.0 instance members. */
  public static final String XBRLDI = "http://xbrl.org/2006/xbrldi";
  public static final String ISO4217 = "http://www.xbrl.org/2003/iso4217";
  public static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
  public static final String XS = "http://www.w3.org/2001/XMLSchema";
  public static final String XML = "http://www.w3.org/XML/1998/namespace";
  /** finfile's provenance attributes on facts: where in which table a value was read. */
  public static final String SOURCE = "http://finfile.org/source/1.0";

  private Namespaces() {}
}
