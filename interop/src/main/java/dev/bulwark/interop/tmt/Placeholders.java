package dev.bulwark.interop.tmt;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tool's placeholders in titles and descriptions: {@code {source.Name}}, {@code {target.Name}}
 * and {@code {flow.Name}}, in any case. Others are left as written.
 */
final class Placeholders {
  private static final Pattern NAME =
      Pattern.compile("\\{(source|target|flow)\\.name\\}", Pattern.CASE_INSENSITIVE);
  private static final Pattern TAG = Pattern.compile("<[^>]*>");

  private Placeholders() {}

  /** The text with each placeholder replaced by the name of the element in that role. */
  static String render(String text, String source, String target, String flow) {
    Matcher matcher = NAME.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String role = matcher.group(1).toLowerCase(Locale.ROOT);
      String name =
          switch (role) {
            case "source" -> source;
            case "target" -> target;
            default -> flow;
          };
      matcher.appendReplacement(out, Matcher.quoteReplacement(name));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /** The text with placeholders as {@code [source]}, {@code [target]}, {@code [flow]}. */
  static String generic(String text) {
    return render(text, "[source]", "[target]", "[flow]");
  }

  /** The text without HTML tags (the tool's mitigations hold links) and with spaces collapsed. */
  static String plain(String text) {
    return TAG.matcher(text).replaceAll("").replaceAll("\\s+", " ").strip();
  }
}
