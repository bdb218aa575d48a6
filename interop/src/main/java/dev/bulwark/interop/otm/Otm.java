package dev.bulwark.interop.otm;

import java.util.List;
import java.util.Optional;

/**
 * What the OTM reader and writer agree on beyond the OTM specification, so that a model survives
 * the trip through OTM: tags that keep what Bulwark has no field for, and {@code bulwark.*}
 * attributes that keep Bulwark's fields OTM has no place for. Other tools carry attributes along
 * unread.
 */
final class Otm {
  /** The version written. */
  static final String VERSION = "0.2.0";

  /** Tag keeping an element's OTM id where its Bulwark id had to differ. */
  static final String ID_TAG = "otm-id:";

  /** Tag keeping the OTM type of a trust zone or of a component read as an actor. */
  static final String TYPE_TAG = "otm-type:";

  /** Tag keeping the component an OTM component was nested in (Bulwark has no nesting). */
  static final String PARENT_TAG = "otm-parent:";

  /** Last paragraph of a mitigation's description keeping its OTM id (mitigations have no tags). */
  static final String ID_LINE = "OTM id: ";

  /** Prefix of the attributes that keep Bulwark's own fields. */
  static final String ATTRIBUTE = "bulwark.";

  private Otm() {}

  /** The value of the first tag with the prefix. */
  static Optional<String> tag(List<String> tags, String prefix) {
    return tags.stream()
        .filter(tag -> tag.startsWith(prefix))
        .map(tag -> tag.substring(prefix.length()))
        .findFirst();
  }

  /** The tags without the ones this class defines. */
  static List<String> plainTags(List<String> tags) {
    return tags.stream()
        .filter(tag -> !tag.startsWith(ID_TAG))
        .filter(tag -> !tag.startsWith(TYPE_TAG))
        .filter(tag -> !tag.startsWith(PARENT_TAG))
        .toList();
  }
}
