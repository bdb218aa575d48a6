package dev.bulwark.interop.composer;

import static java.util.Map.entry;

import dev.bulwark.interop.PeerFile;
import dev.bulwark.interop.Places;
import dev.bulwark.model.Mitigation;
import dev.bulwark.model.MitigationCategory;
import dev.bulwark.model.MitigationStatus;
import dev.bulwark.model.parse.Node;
import dev.bulwark.model.parse.Node.Mapping;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Threat Composer's mitigations, and its {@code mitigationLinks} as the threats each mitigates.
 * Tags have no field on a Bulwark mitigation; they go into its description.
 */
final class Mitigations {
  private Mitigations() {}

  private static final Map<String, MitigationStatus> STATUS =
      Map.ofEntries(
          entry("mitigationidentified", MitigationStatus.PROPOSED),
          entry("mitigationinprogress", MitigationStatus.IN_PROGRESS),
          entry("mitigationresolved", MitigationStatus.IMPLEMENTED),
          entry("mitigationresolvedwillnotaction", MitigationStatus.REJECTED));

  static final Set<String> READ =
      Set.of("id", "numericId", "displayOrder", "metadata", "tags", "content", "status");

  /** Mitigation UUID → the ids of the threats it mitigates, from the links. */
  static Map<String, Set<String>> links(Context cx, List<Node> links) {
    PeerFile r = cx.file;
    Map<String, Set<String>> mitigates = new LinkedHashMap<>();
    for (int i = 0; i < links.size(); i++) {
      String what = "mitigation link " + (i + 1);
      Optional<Mapping> link = r.body(links.get(i), what);
      Optional<String> mitigation = link.flatMap(l -> r.required(l, "mitigationId", what));
      Optional<String> linked = link.flatMap(l -> r.required(l, "linkedId", what));
      if (mitigation.isEmpty() || linked.isEmpty()) {
        continue;
      }
      String threat = cx.threats.get(linked.get());
      if (!cx.mitigations.containsKey(mitigation.get()) || threat == null) {
        r.notMapped(
            link.get().position(),
            what
                + " joins "
                + PeerFile.quote(mitigation.get())
                + " and "
                + PeerFile.quote(linked.get())
                + ", but the file has no "
                + (cx.mitigations.containsKey(mitigation.get()) ? "threat" : "mitigation")
                + " of that id",
            "the link is left out");
        continue;
      }
      mitigates.computeIfAbsent(mitigation.get(), k -> new LinkedHashSet<>()).add(threat);
    }
    return mitigates;
  }

  static List<Mitigation> build(
      Context cx, List<Items.Item> items, Map<String, Set<String>> mitigates) {
    List<Mitigation> mitigations = new ArrayList<>();
    PeerFile r = cx.file;
    for (Items.Item item : items) {
      Mapping body = item.body();
      String what = item.what();
      Metadata metadata = Metadata.read(r, body, what);
      metadata.leftovers(r, Set.of("Comments"), what, item.at());
      r.leftovers(body, READ, what, item.at());
      List<String> tags = r.texts(body, "tags", what);
      Optional<String> described = Threats.description(cx, item, Optional.empty(), metadata);
      Optional<String> description =
          tags.isEmpty()
              ? described
              : Optional.of(
                  described.map(d -> d + "\n\n").orElse("") + "Tags: " + String.join(", ", tags));
      mitigations.add(
          new Mitigation(
              item.id(),
              r.required(body, "content", what).orElse(item.id()),
              description,
              r.located(body, "status", what)
                  .flatMap(s -> r.oneOf(STATUS, s, "the status of " + what))
                  .orElse(MitigationStatus.PROPOSED),
              MitigationCategory.PREVENTIVE,
              List.copyOf(mitigates.getOrDefault(item.uuid(), Set.of())),
              List.of(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              List.of(),
              Optional.empty(),
              Places.at(item.at())
                  .field("title", r.get(body, "content"))
                  .field("status", r.get(body, "status"))
                  .positions()));
    }
    return mitigations;
  }
}
