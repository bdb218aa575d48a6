package dev.bulwark.knowledge.mitre;

import java.util.Locale;
import java.util.Objects;

/**
 * A link from one entry to another, as its catalogue states it. Only the stated direction is
 * stored; {@link KnowledgeBase#related(String)} adds the reverse ones.
 *
 * @param type what the link means
 * @param target the id of the other entry, which need not be in the knowledge base
 */
public record KbRelation(Type type, String target) implements Comparable<KbRelation> {
  public KbRelation {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(target, "target");
    if (target.isBlank()) {
      throw new IllegalArgumentException("relation target must not be blank");
    }
  }

  @Override
  public int compareTo(KbRelation other) {
    int byType = type.compareTo(other.type);
    return byType != 0 ? byType : Ids.ORDER.compare(target, other.target);
  }

  /** The kinds of link, each with how it reads forwards and backwards. */
  public enum Type {
    /** A CAPEC or CWE ChildOf, or an ATT&CK sub-technique's parent. */
    CHILD_OF("child of", "parent of"),
    /**
     * A mapping across catalogues: CAPEC's related weaknesses and ATT&CK taxonomy mappings, CWE's
     * related attack patterns, a technique's CAPEC references. The same in both directions.
     */
    RELATED("related", "related"),
    /** A technique's ATT&CK mitigation, or a CAPEC pattern's course of action. */
    MITIGATED_BY("mitigated by", "mitigates");

    private final String forward;
    private final String backward;

    Type(String forward, String backward) {
      this.forward = forward;
      this.backward = backward;
    }

    public String forward() {
      return forward;
    }

    public String backward() {
      return backward;
    }

    public String key() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Type ofKey(String key) {
      for (Type type : values()) {
        if (type.key().equals(key)) {
          return type;
        }
      }
      throw new IllegalArgumentException("unknown relation type '" + key + "'");
    }
  }
}
