package org.finfile.inline;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The SEC's transformations (namespace {@value #NS}) that real EDGAR filings use:
 * {@code numwordsen} (as {@code num-word-en}); {@code durday}, {@code durmonth} and
 * {@code duryear}, a decimal number of days, months or years to an {@code xs:duration} whose
 * fraction spills into the smaller units ({@code 2.7} years is {@code P2Y8M12D}: a year is 12
 * months, a month 30.4375 days, what is left of a day dropped); {@code durwordsen}, a
 * duration in words ({@code two years and six months} is {@code P2Y6M}, a week seven days); {@code boolballotbox} (☐ false,
 * ☑ ☒ true); {@code entityfilercategoryen}, {@code exchnameen} and {@code stateprovnameen}, a
 * name to the code the dei taxonomy's enumerations list. Any other SEC rule is refused by name.
 */
final class SecTransforms {
  static final String NS = "http://www.sec.gov/inlineXBRL/transformation/2015-08-31";
  private static final Pattern DECIMAL = Pattern.compile("-?([0-9]{1,3}(,[0-9]{3})*|[0-9]+)(\\.[0-9]*)?|-?\\.[0-9]+");
  private static final BigDecimal MONTH_DAYS = new BigDecimal("30.4375");
  private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

  private static final Map<String, String> FILER_CATEGORIES = Map.of("large accelerated filer", "Large Accelerated Filer",
      "accelerated filer", "Accelerated Filer", "non-accelerated filer", "Non-accelerated Filer");

  /** Exchange names (lower case, in the order tried: the longer first) to the dei exchange codes. */
  private static final Map<String, String> EXCHANGES = new LinkedHashMap<>();
  private static final Map<String, String> STATES = new LinkedHashMap<>();

  static {
    String[] exchanges = {"nyse american", "NYSEAMER", "nyse arca", "NYSEArca", "nyse national", "NYSENAT",
        "nyse texas", "NYSETEXAS", "new york stock exchange", "NYSE", "nyse", "NYSE",
        "nasdaq", "NASDAQ", "cboe bzx", "CboeBZX", "cboe byx", "CboeBYX", "cboe edga", "CboeEDGA",
        "cboe edgx", "CboeEDGX", "cboe", "CBOE", "chicago stock exchange", "CHX", "investors exchange", "IEX",
        "miax", "MIAX", "phlx", "PHLX", "boston options exchange", "BOX", "long-term stock exchange", "LTSE",
        "members exchange", "MEMX"};
    for (int i = 0; i < exchanges.length; i += 2) {
      EXCHANGES.put(exchanges[i], exchanges[i + 1]);
    }
    String[] states = {"alabama", "AL", "alaska", "AK", "arizona", "AZ", "arkansas", "AR", "california", "CA",
        "colorado", "CO", "connecticut", "CT", "delaware", "DE", "district of columbia", "DC", "florida", "FL",
        "georgia", "GA", "hawaii", "HI", "idaho", "ID", "illinois", "IL", "indiana", "IN", "iowa", "IA", "kansas", "KS",
        "kentucky", "KY", "louisiana", "LA", "maine", "ME", "maryland", "MD", "massachusetts", "MA", "michigan", "MI",
        "minnesota", "MN", "mississippi", "MS", "missouri", "MO", "montana", "MT", "nebraska", "NE", "nevada", "NV",
        "new hampshire", "NH", "new jersey", "NJ", "new mexico", "NM", "new york", "NY", "north carolina", "NC",
        "north dakota", "ND", "ohio", "OH", "oklahoma", "OK", "oregon", "OR", "pennsylvania", "PA",
        "rhode island", "RI", "south carolina", "SC", "south dakota", "SD", "tennessee", "TN", "texas", "TX",
        "utah", "UT", "vermont", "VT", "virginia", "VA", "washington", "WA", "west virginia", "WV",
        "wisconsin", "WI", "wyoming", "WY", "puerto rico", "PR", "guam", "GU", "american samoa", "AS",
        "united states virgin islands", "VI", "virgin islands", "VI", "northern mariana islands", "MP",
        "alberta", "AB", "british columbia", "BC", "manitoba", "MB", "new brunswick", "NB",
        "newfoundland and labrador", "NL", "nova scotia", "NS", "ontario", "ON", "prince edward island", "PE",
        "quebec", "QC", "saskatchewan", "SK", "northwest territories", "NT", "nunavut", "NU", "yukon", "YT"};
    for (int i = 0; i < states.length; i += 2) {
      STATES.put(states[i], states[i + 1]);
    }
  }

  private SecTransforms() {}

  static String apply(String rule, String shown, String where) throws InlineException {
    String lower = shown.toLowerCase(Locale.ROOT);
    switch (rule) {
      case "numwordsen" -> {
        return Words.number(shown, rule, where);
      }
      case "durday" -> {
        return duration(shown, rule, where, BigDecimal.ZERO, BigDecimal.ONE);
      }
      case "durmonth" -> {
        return duration(shown, rule, where, BigDecimal.ZERO, TWELVE);
      }
      case "duryear" -> {
        return duration(shown, rule, where, BigDecimal.ONE, BigDecimal.ONE);
      }
      case "durwordsen" -> {
        return wordDuration(shown, rule, where);
      }
      case "boolballotbox" -> {
        if (shown.equals("\u2610")) {
          return "false";
        }
        if (shown.equals("\u2611") || shown.equals("\u2612")) {
          return "true";
        }
        throw Transforms.mismatch(shown, rule, where);
      }
      case "entityfilercategoryen" -> {
        return known(FILER_CATEGORIES.get(lower), shown, rule, where);
      }
      case "stateprovnameen" -> {
        return known(STATES.get(lower), shown, rule, where);
      }
      case "exchnameen" -> {
        for (Map.Entry<String, String> e : EXCHANGES.entrySet()) {
          if (lower.contains(e.getKey())) {
            return e.getValue();
          }
        }
        throw Transforms.mismatch(shown, rule, where);
      }
      default -> throw new InlineException(where, org.finfile.validate.Rules.IX_FORMAT_UNKNOWN,
          "SEC transformation " + rule + " is not one finfile reads (numwordsen, durday, durmonth, duryear, durwordsen, boolballotbox, "
              + "entityfilercategoryen, exchnameen, stateprovnameen)");
    }
  }

  /** Numbers (in words or digits) each followed by its unit: years, months, weeks or days, joined by "and" or commas. */
  private static String wordDuration(String shown, String rule, String where) throws InlineException {
    long[] amounts = new long[3];
    StringBuilder number = new StringBuilder();
    boolean any = false;
    for (String word : shown.toLowerCase(Locale.ROOT).replace(',', ' ').replace('-', ' ').split("\\s+")) {
      int unit = switch (word) {
        case "year", "years" -> 0;
        case "month", "months" -> 1;
        case "week", "weeks" -> 3;
        case "day", "days" -> 2;
        default -> -1;
      };
      if (unit < 0) {
        if (!(word.equals("and") && number.length() == 0)) {
          number.append(number.length() == 0 ? "" : " ").append(word);
        }
        continue;
      }
      if (number.length() == 0) {
        throw Transforms.mismatch(shown, rule, where);
      }
      String n = number.toString();
      long count;
      try {
        count = n.matches("[0-9]{1,9}") ? Long.parseLong(n) : Long.parseLong(Words.number(n, rule, where));
      } catch (InlineException | NumberFormatException e) {
        throw Transforms.mismatch(shown, rule, where);
      }
      amounts[unit == 3 ? 2 : unit] += unit == 3 ? 7 * count : count;
      number.setLength(0);
      any = true;
    }
    if (!any || number.length() > 0) {
      throw Transforms.mismatch(shown, rule, where);
    }
    StringBuilder out = new StringBuilder("P");
    String[] letters = {"Y", "M", "D"};
    for (int i = 0; i < 3; i++) {
      if (amounts[i] > 0) {
        out.append(amounts[i]).append(letters[i]);
      }
    }
    return out.length() == 1 ? "P0D" : out.toString();
  }

  private static String known(String value, String shown, String rule, String where) throws InlineException {
    if (value == null) {
      throw Transforms.mismatch(shown, rule, where);
    }
    return value;
  }

  /**
   * A number of days ({@code years} 0, {@code perYear} 1), months (0, 12) or years (1, 1) as an
   * {@code xs:duration}: whole years, then months, then days, each fraction spilling down.
   */
  private static String duration(String shown, String rule, String where, BigDecimal years, BigDecimal perYear)
      throws InlineException {
    if (!DECIMAL.matcher(shown).matches()) {
      throw Transforms.mismatch(shown, rule, where);
    }
    BigDecimal n = new BigDecimal(shown.replace(",", ""));
    boolean negative = n.signum() < 0;
    n = n.abs();
    StringBuilder out = new StringBuilder(negative ? "-P" : "P");
    boolean days = perYear.equals(BigDecimal.ONE) && years.signum() == 0;
    if (days) {
      out.append(n.setScale(0, RoundingMode.DOWN).toPlainString()).append('D');
      return out.toString();
    }
    BigDecimal months = n;
    if (years.signum() > 0) {
      BigDecimal whole = n.setScale(0, RoundingMode.DOWN);
      if (whole.signum() > 0) {
        out.append(whole.toPlainString()).append('Y');
      }
      months = n.subtract(whole).multiply(TWELVE);
    }
    BigDecimal wholeMonths = months.setScale(0, RoundingMode.DOWN);
    if (wholeMonths.signum() > 0) {
      out.append(wholeMonths.toPlainString()).append('M');
    }
    BigDecimal dayCount = months.subtract(wholeMonths).multiply(MONTH_DAYS).setScale(0, RoundingMode.DOWN);
    if (dayCount.signum() > 0) {
      out.append(dayCount.toPlainString()).append('D');
    }
    if (out.length() <= 2) {
      out.append(years.signum() > 0 ? "0Y" : "0M");
    }
    return out.toString();
  }
}
