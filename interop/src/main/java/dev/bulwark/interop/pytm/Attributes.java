package dev.bulwark.interop.pytm;

import dev.bulwark.interop.PeerFile;
import dev.bulwark.model.parse.Node;
import dev.bulwark.model.parse.Node.Mapping;
import dev.bulwark.model.parse.Node.Scalar;
import dev.bulwark.model.parse.Node.Sequence;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A pytm object's attributes. pytm keeps security controls in a {@code controls} object (its JSON
 * output writes them there); older models and hand-written input set them on the object itself.
 * Both are read. pytm's enumerations are written {@code Classification.SECRET} in its output and
 * {@code SECRET} in input; both are read.
 */
record Attributes(PeerFile r, Mapping body, Optional<Mapping> controls, String what) {
  static Attributes of(PeerFile r, Mapping body, String what) {
    return new Attributes(r, body, r.mapping(body, "controls", what), what);
  }

  /** A boolean attribute, set on the object or in its controls. */
  boolean is(String key) {
    return r.flag(body, key, what).orElse(false)
        || controls.map(c -> r.flag(c, key, "'controls' of " + what).orElse(false)).orElse(false);
  }

  Optional<String> text(String key) {
    return r.text(body, key, what)
        .or(() -> controls.flatMap(c -> r.text(c, key, "'controls' of " + what)));
  }

  /** An enumeration value without its type prefix, in lower case. */
  Optional<String> term(String key) {
    return text(key).map(Attributes::bare);
  }

  static String bare(String value) {
    int dot = value.lastIndexOf('.');
    return (dot < 0 ? value : value.substring(dot + 1)).strip().toLowerCase(Locale.ROOT);
  }

  private static final Set<String> DEFAULT_TERMS = Set.of("-1", "0", "none", "unknown", "[0]");

  /**
   * Whether a value says more than pytm's defaults: not null, blank, false, -1, 0, an empty list,
   * {@code [0]} (the default diagram level) or an enumeration's NONE or UNKNOWN.
   */
  static boolean informative(Node node) {
    if (!PeerFile.informative(node)) {
      return false;
    }
    return switch (node) {
      case Scalar scalar -> !DEFAULT_TERMS.contains(bare(scalar.value()));
      case Sequence list ->
          !(list.items().size() == 1
              && list.items().get(0) instanceof Scalar only
              && only.value().equals("0"));
      case Mapping mapping ->
          mapping.entries().stream().anyMatch(entry -> informative(entry.value()));
    };
  }
}
