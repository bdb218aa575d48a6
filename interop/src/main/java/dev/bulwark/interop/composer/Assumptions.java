package dev.bulwark.interop.composer;

import dev.bulwark.interop.PeerFile;
import dev.bulwark.model.parse.Node;
import dev.bulwark.model.parse.Node.Mapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Threat Composer's assumptions. A Bulwark model has no assumptions: they become a list in the
 * model's description, and each linked threat or mitigation quotes the assumptions it rests on.
 */
final class Assumptions {
  private Assumptions() {}

  private static final Set<String> READ =
      Set.of("id", "numericId", "displayOrder", "metadata", "tags", "content");

  /** The assumptions as lines of a Markdown list, in file order. */
  static List<String> read(Context cx, List<Node> nodes) {
    PeerFile r = cx.file;
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      String what = "assumption " + (i + 1);
      Optional<Mapping> body = r.body(nodes.get(i), what);
      Optional<String> content = body.flatMap(b -> r.required(b, "content", what));
      if (content.isEmpty()) {
        continue;
      }
      Metadata metadata = Metadata.read(r, body.get(), what);
      metadata.leftovers(r, Set.of("Comments"), what, nodes.get(i).position());
      r.leftovers(body.get(), READ, what, nodes.get(i).position());
      String label =
          r.get(body.get(), "numericId")
              .flatMap(n -> r.asInteger(n, "'numericId' of " + what))
              .map(n -> "A-" + n)
              .orElse("A-" + (i + 1));
      StringBuilder line = new StringBuilder("- " + label + ": " + content.get());
      metadata.get("Comments").forEach(c -> line.append(" (").append(c.value()).append(')'));
      List<String> tags = r.texts(body.get(), "tags", what);
      if (!tags.isEmpty()) {
        line.append(" [").append(String.join(", ", tags)).append(']');
      }
      lines.add(line.toString());
      r.text(body.get(), "id", what)
          .ifPresent(uuid -> cx.assumptions.putIfAbsent(uuid, label + ": " + content.get()));
    }
    return lines;
  }

  /** Which threats and mitigations rest on which assumptions. */
  static void links(Context cx, List<Node> nodes) {
    PeerFile r = cx.file;
    for (int i = 0; i < nodes.size(); i++) {
      String what = "assumption link " + (i + 1);
      Optional<Mapping> link = r.body(nodes.get(i), what);
      Optional<String> type = link.flatMap(l -> r.required(l, "type", what));
      Optional<String> assumption = link.flatMap(l -> r.required(l, "assumptionId", what));
      Optional<String> linked = link.flatMap(l -> r.required(l, "linkedId", what));
      if (type.isEmpty() || assumption.isEmpty() || linked.isEmpty()) {
        continue;
      }
      boolean toThreat = type.get().equals("Threat");
      boolean known =
          cx.assumptions.containsKey(assumption.get())
              && (toThreat ? cx.threats : cx.mitigations).containsKey(linked.get());
      if (!known || !toThreat && !type.get().equals("Mitigation")) {
        r.notMapped(
            link.get().position(),
            what
                + " joins assumption "
                + PeerFile.quote(assumption.get())
                + " and "
                + type.get().toLowerCase(java.util.Locale.ROOT)
                + " "
                + PeerFile.quote(linked.get())
                + ", which the file does not both hold",
            "the link is left out");
        continue;
      }
      cx.assumed
          .computeIfAbsent(linked.get(), k -> new ArrayList<>())
          .add(cx.assumptions.get(assumption.get()));
    }
  }
}
