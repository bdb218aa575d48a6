package dev.bulwark.knowledge.mitre;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * One CAPEC pattern, CWE weakness, ATT&CK technique or mitigation, or CAPEC course of action.
 *
 * @param id the catalogue's own id: {@code CAPEC-66}, {@code CWE-89}, {@code T1505.003}, {@code
 *     M1018}, {@code COA-66-0}
 * @param name the catalogue's title
 * @param description the first paragraph of the description, whitespace normalised
 * @param status the catalogue's status ({@code Draft}, {@code Stable}, …), where it has one
 * @param abstraction CAPEC and CWE abstraction level ({@code Meta}, {@code Base}, …)
 * @param relations links to other entries, sorted and without duplicates
 */
public record KbEntry(
    String id,
    KbKind kind,
    String name,
    String description,
    Optional<String> status,
    Optional<String> abstraction,
    List<KbRelation> relations) {

  public KbEntry {
    Objects.requireNonNull(kind, "kind");
    if (!kind.accepts(id)) {
      throw new IllegalArgumentException("'" + id + "' is not the id of a " + kind.label());
    }
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(abstraction, "abstraction");
    relations = List.copyOf(new TreeSet<>(relations));
  }

  /** The targets of this entry's links of one type, in order. */
  public List<String> targets(KbRelation.Type type) {
    return relations.stream().filter(r -> r.type() == type).map(KbRelation::target).toList();
  }

  /** This entry with the links of another description of it added. */
  public KbEntry withRelationsOf(KbEntry other) {
    List<KbRelation> all = new java.util.ArrayList<>(relations);
    all.addAll(other.relations);
    return new KbEntry(
        id,
        kind,
        name.isEmpty() ? other.name : name,
        description.isEmpty() ? other.description : description,
        status.or(other::status),
        abstraction.or(other::abstraction),
        all);
  }
}
