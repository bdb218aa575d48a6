package dev.bulwark.interop.tmt;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How an imported model keeps what the Threat Modeling Tool knew and Bulwark has no field for: as
 * tags on the element. Template rules read them back, so that a model imported from a {@code .tm7}
 * is judged on its stencil types and property values exactly as the tool judged it.
 *
 * <ul>
 *   <li>{@code tmt.type=SE.P.TMCore.WebAPI} — the stencil type (elements, flows, zones, threats);
 *   <li>{@code tmt.generic=GE.P} — the generic element it derives from;
 *   <li>{@code tmt.guid=<guid>} — its id in the {@code .tm7}, to trace it back;
 *   <li>{@code tmt.property.<name>=<value>} — a property by the name filters use (for the tool's
 *       templates often a GUID), with its selected value;
 *   <li>{@code tmt.crosses=<stencil>} — on a flow: a line boundary it crosses (type and generic);
 *   <li>{@code tmt.state=<state>}, {@code tmt.id=<n>} — on a threat: the instance's state and id.
 * </ul>
 */
final class TmtTags {
  static final String TYPE = "tmt.type=";
  static final String GENERIC = "tmt.generic=";
  static final String CROSSES = "tmt.crosses=";
  static final String PROPERTY = "tmt.property.";
  static final String STATE = "tmt.state=";
  static final String ID = "tmt.id=";
  static final String GUID = "tmt.guid=";

  private TmtTags() {}

  /** The values of every tag with that prefix, in order. */
  static List<String> values(List<String> tags, String prefix) {
    return tags.stream()
        .filter(t -> t.startsWith(prefix))
        .map(t -> t.substring(prefix.length()))
        .toList();
  }

  /** The value of the first tag with that prefix. */
  static Optional<String> value(List<String> tags, String prefix) {
    return values(tags, prefix).stream().findFirst();
  }

  /** A property's tag. */
  static String property(String name, String value) {
    return PROPERTY + name + "=" + value;
  }

  /** The value of the property of that name (ignoring case), if the tags hold it. */
  static Optional<String> property(List<String> tags, String name) {
    String wanted = name.toLowerCase(Locale.ROOT);
    for (String tag : tags) {
      if (tag.startsWith(PROPERTY)) {
        int equals = tag.indexOf('=', PROPERTY.length());
        if (equals > 0
            && tag.substring(PROPERTY.length(), equals).toLowerCase(Locale.ROOT).equals(wanted)) {
          return Optional.of(tag.substring(equals + 1));
        }
      }
    }
    return Optional.empty();
  }
}
