package dev.bulwark.knowledge.mitre;

import java.util.Comparator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Catalogue ids: their natural order, and reading what people type. */
final class Ids {
  private static final Pattern TOKEN = Pattern.compile("[0-9]+|[^0-9]+");

  /** CAPEC-2 before CAPEC-10, T1505 before T1505.003; then plain text order. */
  static final Comparator<String> ORDER = Ids::compare;

  private static final Pattern TYPED =
      Pattern.compile("(CAPEC|CWE|COA)[-_ ]?([0-9].*)|([TM])\\s*([0-9]{4}(\\.[0-9]{3})?)");

  private Ids() {}

  /** Upper-cases and inserts the dash people leave out: {@code capec66} → {@code CAPEC-66}. */
  static String normalise(String typed) {
    String id = typed.strip().toUpperCase(Locale.ROOT);
    Matcher m = TYPED.matcher(id);
    if (!m.matches()) {
      return id;
    }
    return m.group(1) != null ? m.group(1) + "-" + m.group(2) : m.group(3) + m.group(4);
  }

  private static int compare(String a, String b) {
    Matcher ma = TOKEN.matcher(a);
    Matcher mb = TOKEN.matcher(b);
    while (ma.find()) {
      if (!mb.find()) {
        return 1;
      }
      String x = ma.group();
      String y = mb.group();
      boolean digits = Character.isDigit(x.charAt(0)) && Character.isDigit(y.charAt(0));
      int order = digits ? compareDigits(x, y) : x.compareTo(y);
      if (order != 0) {
        return order;
      }
    }
    return mb.find() ? -1 : a.compareTo(b);
  }

  private static int compareDigits(String a, String b) {
    String x = a.replaceFirst("^0+(?=.)", "");
    String y = b.replaceFirst("^0+(?=.)", "");
    return x.length() != y.length() ? Integer.compare(x.length(), y.length()) : x.compareTo(y);
  }
}
