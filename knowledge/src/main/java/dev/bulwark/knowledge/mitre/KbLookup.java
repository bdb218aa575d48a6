package dev.bulwark.knowledge.mitre;

import java.util.List;
import java.util.Objects;

/**
 * What {@link KnowledgeBase#find(String)} found.
 *
 * @param entry the entry
 * @param via the redirects followed to reach it, first to last; empty when the id was current
 */
public record KbLookup(KbEntry entry, List<KbRedirect> via) {
  public KbLookup {
    Objects.requireNonNull(entry, "entry");
    via = List.copyOf(via);
  }

  public boolean redirected() {
    return !via.isEmpty();
  }
}
