package dev.bulwark.knowledge.mitre;

import java.util.Objects;
import java.util.Optional;

/**
 * One entry related to another, seen from the other: {@code T1505.003} is "mitigated by" {@code
 * M1018}, and {@code M1018} "mitigates" {@code T1505.003}.
 *
 * @param id the related entry's id
 * @param type the relation
 * @param reverse whether the relation was stated by the related entry rather than this one
 * @param entry the related entry, when the knowledge base has it
 */
public record KbLink(String id, KbRelation.Type type, boolean reverse, Optional<KbEntry> entry) {
  public KbLink {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(entry, "entry");
  }

  /**
   * How the relation reads from this side: {@code child of}, {@code parent of}, {@code mitigates}.
   */
  public String label() {
    return reverse ? type.backward() : type.forward();
  }

  /** The related entry's kind, from the entry or else from the shape of its id. */
  public Optional<KbKind> kind() {
    return entry.map(KbEntry::kind).or(() -> KbKind.ofId(id));
  }

  /** The related entry's name, or empty when it is not in the knowledge base. */
  public String name() {
    return entry.map(KbEntry::name).orElse("");
  }
}
