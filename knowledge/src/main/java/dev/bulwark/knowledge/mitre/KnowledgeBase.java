package dev.bulwark.knowledge.mitre;

import dev.bulwark.model.problem.Suggestions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The CAPEC, CWE and ATT&CK entries of several imports, linked. Immutable.
 *
 * <p>When two sources describe the same id (CWE from XML and from CSV, CAPEC from XML and from
 * STIX), the entry takes its text from the source whose name sorts first and the relations of all.
 */
public final class KnowledgeBase {
  private static final int MAX_REDIRECTS = 16;

  private final List<KbSource> sources;
  private final Map<String, KbEntry> entries;
  private final Map<String, KbRedirect> redirects;
  private final Map<String, List<KbLink>> reverse;

  private KnowledgeBase(
      List<KbSource> sources, Map<String, KbEntry> entries, Map<String, KbRedirect> redirects) {
    this.sources = List.copyOf(sources);
    this.entries = Collections.unmodifiableMap(entries);
    this.redirects = Collections.unmodifiableMap(redirects);
    this.reverse = reverseLinks(entries);
  }

  public static KnowledgeBase empty() {
    return of(List.of());
  }

  /** Merges imports; of two with the same source name, the later one counts. */
  public static KnowledgeBase of(Collection<KbImport> imports) {
    Map<String, KbImport> bySource = new TreeMap<>();
    for (KbImport imported : imports) {
      bySource.put(imported.source().name(), imported);
    }
    Map<String, KbEntry> entries = new TreeMap<>(Ids.ORDER);
    Map<String, KbRedirect> redirects = new TreeMap<>(Ids.ORDER);
    List<KbSource> sources = new ArrayList<>();
    for (KbImport imported : bySource.values()) {
      sources.add(imported.source());
      for (KbEntry entry : imported.entries()) {
        entries.merge(entry.id(), entry, KbEntry::withRelationsOf);
      }
      for (KbRedirect redirect : imported.redirects()) {
        redirects.putIfAbsent(redirect.from(), redirect);
      }
    }
    return new KnowledgeBase(sources, entries, redirects);
  }

  public List<KbSource> sources() {
    return sources;
  }

  /** Every entry, in id order. */
  public Collection<KbEntry> entries() {
    return entries.values();
  }

  public Collection<KbRedirect> redirects() {
    return redirects.values();
  }

  public boolean isEmpty() {
    return entries.isEmpty() && redirects.isEmpty();
  }

  public Map<KbKind, Integer> counts() {
    Map<KbKind, Integer> counts = new EnumMap<>(KbKind.class);
    for (KbEntry entry : entries.values()) {
      counts.merge(entry.kind(), 1, Integer::sum);
    }
    return Collections.unmodifiableMap(counts);
  }

  /** The entry with exactly this id, without following redirects. */
  public Optional<KbEntry> entry(String id) {
    return Optional.ofNullable(entries.get(id));
  }

  /**
   * The entry for an id as people type it ({@code capec-66}, {@code t1100}), following revoked ids
   * to what replaced them; the lookup says which redirects it took.
   */
  public Optional<KbLookup> find(String typed) {
    String id = Ids.normalise(typed);
    List<KbRedirect> via = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    while (!entries.containsKey(id)) {
      KbRedirect redirect = redirects.get(id);
      if (redirect == null || !seen.add(id) || via.size() == MAX_REDIRECTS) {
        return Optional.empty();
      }
      via.add(redirect);
      id = redirect.to();
    }
    return Optional.of(new KbLookup(entries.get(id), via));
  }

  /**
   * Everything linked to the entry {@link #find} finds for this id: what it names and what names
   * it, each once, ordered by relation, then kind, then id. Empty when there is no such entry.
   */
  public List<KbLink> related(String typed) {
    Optional<KbLookup> found = find(typed);
    if (found.isEmpty()) {
      return List.of();
    }
    KbEntry entry = found.get().entry();
    Map<String, KbLink> links = new LinkedHashMap<>();
    for (KbRelation relation : entry.relations()) {
      String target = resolve(relation.target());
      links.putIfAbsent(
          relation.type() + " " + target,
          new KbLink(target, relation.type(), false, Optional.ofNullable(entries.get(target))));
    }
    for (KbLink link : reverse.getOrDefault(entry.id(), List.of())) {
      String key = link.type() + " " + link.id();
      if (link.type() == KbRelation.Type.RELATED || !links.containsKey(key)) {
        links.putIfAbsent(key, link);
      } else {
        links.putIfAbsent("reverse " + key, link);
      }
    }
    List<KbLink> sorted = new ArrayList<>(links.values());
    sorted.sort(
        Comparator.comparing(KbLink::type)
            .thenComparing(KbLink::reverse)
            .thenComparing(link -> link.kind().map(Enum::ordinal).orElse(KbKind.values().length))
            .thenComparing(KbLink::id, Ids.ORDER));
    return List.copyOf(sorted);
  }

  /** The related entries of one kind that exist in the knowledge base. */
  public List<KbEntry> related(String typed, KbKind kind) {
    return related(typed).stream()
        .flatMap(link -> link.entry().stream())
        .filter(entry -> entry.kind() == kind)
        .distinct()
        .toList();
  }

  /** The known id closest to one that was not found, to suggest. */
  public Optional<String> closest(String typed) {
    String id = Ids.normalise(typed);
    Optional<KbKind> kind = KbKind.ofId(id);
    List<String> candidates = new ArrayList<>();
    for (KbEntry entry : entries.values()) {
      if (kind.isEmpty() || entry.kind() == kind.get()) {
        candidates.add(entry.id());
      }
    }
    candidates.addAll(redirects.keySet());
    return Suggestions.closest(id, candidates);
  }

  /** A target named by a relation may itself have been revoked since. */
  private String resolve(String id) {
    String current = id;
    for (int hops = 0; hops < MAX_REDIRECTS && !entries.containsKey(current); hops++) {
      KbRedirect redirect = redirects.get(current);
      if (redirect == null) {
        break;
      }
      current = redirect.to();
    }
    return entries.containsKey(current) ? current : id;
  }

  private Map<String, List<KbLink>> reverseLinks(Map<String, KbEntry> all) {
    Map<String, List<KbLink>> byTarget = new HashMap<>();
    for (KbEntry source : all.values()) {
      for (KbRelation relation : source.relations()) {
        byTarget
            .computeIfAbsent(resolve(relation.target()), k -> new ArrayList<>())
            .add(new KbLink(source.id(), relation.type(), true, Optional.of(source)));
      }
    }
    return byTarget;
  }
}
