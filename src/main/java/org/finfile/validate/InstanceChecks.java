package org.finfile.validate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.validation.TypeInfoProvider;
import org.finfile.xml.Namespaces;
import org.w3c.dom.TypeInfo;
import org.xml.sax.Attributes;
import org.xml.sax.Locator;
import org.xml.sax.helpers.DefaultHandler;

/**
 * XBRL 2.1 checks made while the instance streams past: references resolve, numeric facts have
 * a unit and one of decimals and precision, nil facts have neither. Memory holds the context
 * and unit ids, and only those references that come before the context or unit they name;
 * never the facts.
 */
final class InstanceChecks extends DefaultHandler {
  private static final int DERIVED = TypeInfo.DERIVATION_RESTRICTION | TypeInfo.DERIVATION_EXTENSION;

  private final String name;
  private final List<Problem> problems;
  private final Set<String> contexts = new HashSet<>();
  private final Set<String> units = new HashSet<>();
  private final List<String[]> contextRefs = new ArrayList<>();
  private final List<String[]> unitRefs = new ArrayList<>();
  private TypeInfoProvider types;
  private Locator locator;
  private int depth;

  InstanceChecks(String name, List<Problem> problems) {
    this.name = name;
    this.problems = problems;
  }

  void useTypes(TypeInfoProvider types) {
    this.types = types;
  }

  @Override
  public void setDocumentLocator(Locator locator) {
    this.locator = locator;
  }

  @Override
  public void startElement(String uri, String local, String qName, Attributes atts) {
    depth++;
    if (depth != 2) {
      return;
    }
    if (Namespaces.XBRLI.equals(uri)) {
      if (local.equals("context")) {
        contexts.add(atts.getValue("", "id"));
      } else if (local.equals("unit")) {
        units.add(atts.getValue("", "id"));
      }
      return;
    }
    if (Namespaces.LINK.equals(uri)) {
      return;
    }
    fact(local, atts);
  }

  private void fact(String local, Attributes atts) {
    String where = here();
    String contextRef = atts.getValue("", "contextRef");
    String unitRef = atts.getValue("", "unitRef");
    boolean decimals = atts.getValue("", "decimals") != null;
    boolean precision = atts.getValue("", "precision") != null;
    String nil = atts.getValue(Namespaces.XSI, "nil");
    boolean isNil = "true".equals(nil) || "1".equals(nil);
    if (contextRef == null) {
      return;
    }
    if (!contexts.contains(contextRef)) {
      contextRefs.add(new String[] {where, local, contextRef});
    }
    if (unitRef != null && !units.contains(unitRef)) {
      unitRefs.add(new String[] {where, local, unitRef});
    }
    Boolean numeric = numeric();
    boolean isNumeric = numeric != null ? numeric : unitRef != null;
    if (isNumeric) {
      if (unitRef == null) {
        problems.add(Problem.error(where, Rules.NUMERIC_UNIT, local + " is numeric but has no unitRef"));
      }
      if (isNil && (decimals || precision)) {
        problems.add(Problem.error(where, Rules.NIL_ACCURACY, local + " is nil but has " + (decimals ? "decimals" : "precision")));
      } else if (!isNil && !isFraction() && decimals == precision) {
        problems.add(Problem.error(where, Rules.NUMERIC_ACCURACY, local + (decimals
            ? " has both decimals and precision" : " is numeric but has neither decimals nor precision")));
      }
    } else if (unitRef != null || decimals || precision) {
      problems.add(Problem.error(where, Rules.NON_NUMERIC, local + " is not numeric but has "
          + (unitRef != null ? "a unitRef" : decimals ? "decimals" : "precision")));
    }
  }

  /** True or false from the schema type of the current element, or null when there is no schema type. */
  private Boolean numeric() {
    if (types == null) {
      return null;
    }
    TypeInfo type = types.getElementTypeInfo();
    if (type == null || type.getTypeName() == null) {
      return null;
    }
    return type.isDerivedFrom(Namespaces.XS, "decimal", DERIVED)
        || type.isDerivedFrom(Namespaces.XS, "float", DERIVED)
        || type.isDerivedFrom(Namespaces.XS, "double", DERIVED)
        || isFraction();
  }

  private boolean isFraction() {
    if (types == null) {
      return false;
    }
    TypeInfo type = types.getElementTypeInfo();
    return type != null && type.getTypeName() != null
        && (type.isDerivedFrom(Namespaces.XBRLI, "fractionItemType", DERIVED)
            || (Namespaces.XBRLI.equals(type.getTypeNamespace()) && "fractionItemType".equals(type.getTypeName())));
  }

  @Override
  public void endElement(String uri, String local, String qName) {
    depth--;
  }

  void finish() {
    for (String[] ref : contextRefs) {
      if (!contexts.contains(ref[2])) {
        problems.add(Problem.error(ref[0], Rules.CONTEXT_REF, ref[1] + ": contextRef " + ref[2] + " names no context"));
      }
    }
    for (String[] ref : unitRefs) {
      if (!units.contains(ref[2])) {
        problems.add(Problem.error(ref[0], Rules.UNIT_REF, ref[1] + ": unitRef " + ref[2] + " names no unit"));
      }
    }
  }

  private String here() {
    return locator == null ? name : name + ":" + locator.getLineNumber() + ":" + locator.getColumnNumber();
  }
}
