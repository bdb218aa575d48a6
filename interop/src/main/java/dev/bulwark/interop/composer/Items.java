package dev.bulwark.interop.composer;

import dev.bulwark.interop.PeerFile;
import dev.bulwark.model.Position;
import dev.bulwark.model.parse.Node;
import dev.bulwark.model.parse.Node.Mapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The threats, mitigations or assumptions of a Threat Composer file, with the Bulwark id each gets:
 * {@code threat-<numericId>} (or {@code mitigation-}, {@code assumption-}) as Threat Composer shows
 * them, else the item's own id when that is a valid id, else a numbered one.
 */
final class Items {
  private Items() {}

  /** One item: its body, where it is, its Threat Composer id (may be empty) and its Bulwark id. */
  record Item(Mapping body, Position at, String uuid, String id, String what) {}

  static List<Item> index(Context cx, List<Node> nodes, String kind, Map<String, String> idOfUuid) {
    PeerFile r = cx.file;
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      Node node = nodes.get(i);
      String what = kind + " " + (i + 1);
      Optional<Mapping> body = r.body(node, what);
      if (body.isEmpty()) {
        continue;
      }
      String uuid = r.text(body.get(), "id", what).orElse("");
      Optional<Long> number =
          r.get(body.get(), "numericId").flatMap(n -> r.asInteger(n, "'numericId' of " + what));
      String wanted =
          number.filter(n -> n > 0).map(n -> kind + "-" + n).orElse(uuid.isEmpty() ? kind : uuid);
      String id = cx.ids.claim(wanted, kind);
      if (!uuid.isEmpty() && idOfUuid.putIfAbsent(uuid, id) != null) {
        r.notMapped(
            r.where(body.get(), "id"),
            what + " repeats the id " + PeerFile.quote(uuid) + "; links to it reach the first",
            "");
      }
      items.add(new Item(body.get(), node.position(), uuid, id, kind + " " + PeerFile.quote(id)));
    }
    return items;
  }
}
