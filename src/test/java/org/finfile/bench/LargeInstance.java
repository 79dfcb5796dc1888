package org.finfile.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a large, valid XBRL instance against finfile's base taxonomy for the validation
 * benchmark: {@code facts} facts over {@code facts / 100} entities, each entity with a few
 * duration and instant contexts (one fiscal year each), no two facts alike. Four facts in ten form a balanced calculation (total
 * liabilities and equity = liabilities + minority interest + equity, in a context of their own);
 * the rest are plain amounts. Usage: {@code LargeInstance FACTS OUT.xml}.
 */
public final class LargeInstance {
  private static final String[] DURATION = {"Revenues", "CostOfRevenue", "SalesAndMarketingExpense",
      "GeneralAndAdministrativeExpense", "ResearchAndDevelopmentExpense", "CostsAndExpenses", "OperatingIncomeLoss"};
  private static final String[] INSTANT = {"Cash", "AccountsReceivableNet", "Inventories", "PrepaidExpenses",
      "OtherCurrentAssets", "ShortTermBorrowings", "AccountsPayable", "AccruedExpenses"};

  private LargeInstance() {}

  public static void main(String[] args) throws IOException {
    int facts = Integer.parseInt(args[0]);
    Path out = Path.of(args[1]);
    write(facts, out);
    System.out.println(out + ": " + facts + " facts, " + Files.size(out) + " bytes");
  }

  static void write(int facts, Path out) throws IOException {
    Random random = new Random(42);
    int entities = Math.max(1, facts / 100);
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<xbrli:xbrl xmlns:xbrli=\"http://www.xbrl.org/2003/instance\""
          + " xmlns:link=\"http://www.xbrl.org/2003/linkbase\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
          + " xmlns:iso4217=\"http://www.xbrl.org/2003/iso4217\" xmlns:base=\"http://finfile.org/taxonomy/base\">\n");
      w.write("  <link:schemaRef xlink:type=\"simple\" xlink:href=\"http://finfile.org/taxonomy/base/finfile-base.xsd\"/>\n");
      w.write("  <xbrli:unit id=\"JPY\"><xbrli:measure>iso4217:JPY</xbrli:measure></xbrli:unit>\n");
      int written = 0;
      for (int e = 0; e < entities && written < facts; e++) {
        String entity = "<xbrli:entity><xbrli:identifier scheme=\"http://example.com/entity\">E" + e
            + "</xbrli:identifier></xbrli:entity>";
        java.util.Set<String> declared = new java.util.HashSet<>();
        int perEntity = Math.min(100, facts - written);
        int durations = 0;
        int instants = 0;
        for (int i = 0; i < perEntity; i++) {
          int slot = i % 10;
          if (slot == 0 && perEntity - i >= 4) {
            long liabilities = 1_000_000 + random.nextInt(1_000_000);
            long minority = random.nextInt(100_000);
            long equity = random.nextInt(2_000_000) - 500_000;
            String ctx = "C" + e + "_" + i;
            w.write("  <xbrli:context id=\"" + ctx + "\">" + entity + "<xbrli:period><xbrli:instant>" + (1990 - i / 10)
                + "-03-31</xbrli:instant></xbrli:period></xbrli:context>\n");
            w.write(fact("Liabilities", ctx, liabilities, e, i));
            w.write(fact("MinorityInterest", ctx, minority, e, i + 1));
            w.write(fact("ShareholdersEquity", ctx, equity, e, i + 2));
            w.write(fact("LiabilitiesAndShareholdersEquity", ctx, liabilities + minority + equity, e, i + 3));
            written += 4;
            i += 3;
            continue;
          }
          boolean duration = (i % 2) == 0;
          int n = duration ? durations++ : instants++;
          String[] concepts = duration ? DURATION : INSTANT;
          int k = n / concepts.length;
          String context = (duration ? "D" : "I") + e + "_" + k;
          if (declared.add(context)) {
            String period = duration
                ? "<xbrli:startDate>" + (2002 - k) + "-04-01</xbrli:startDate><xbrli:endDate>" + (2003 - k) + "-03-31</xbrli:endDate>"
                : "<xbrli:instant>" + (2003 - k) + "-03-31</xbrli:instant>";
            w.write("  <xbrli:context id=\"" + context + "\">" + entity + "<xbrli:period>" + period + "</xbrli:period></xbrli:context>\n");
          }
          w.write(fact(concepts[n % concepts.length], context, random.nextInt(10_000_000), e, i + 1000));
          written++;
        }
      }
      w.write("</xbrli:xbrl>\n");
    }
  }

  private static String fact(String concept, String context, long value, int e, int i) {
    return "  <base:" + concept + " id=\"f" + e + "_" + i + "\" contextRef=\"" + context + "\" unitRef=\"JPY\" decimals=\"-3\">"
        + value + "000</base:" + concept + ">\n";
  }
}
