package dev.bulwark.interop.threagile;

import static dev.bulwark.interop.PeerFile.quote;

import dev.bulwark.interop.PeerFile;
import dev.bulwark.interop.PeerFile.Text;
import dev.bulwark.model.parse.Node.Entry;
import dev.bulwark.model.parse.Node.Mapping;
import dev.bulwark.model.problem.ProblemType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Threagile's {@code shared_runtimes} as a tag {@code shared-runtime:<id>} on each component or
 * actor the runtime runs. Not a zone: a runtime cuts across trust boundaries (in Threagile's own
 * examples it runs assets of two boundaries), and a Bulwark element is in exactly one zone.
 */
final class Runtimes {
  static final String TAG = "shared-runtime:";

  private Runtimes() {}

  /** Technical asset id → its runtime tags. */
  static Map<String, List<String>> read(Context cx, Mapping root) {
    PeerFile r = cx.file;
    Map<String, List<String>> tags = new LinkedHashMap<>();
    for (Entry entry :
        r.mapping(root, "shared_runtimes", "the model").map(r::entries).orElse(List.of())) {
      String what = "shared runtime " + quote(entry.key().value());
      Optional<Mapping> body = r.body(entry.value(), what);
      Optional<String> id = body.flatMap(b -> r.required(b, "id", what));
      if (id.isEmpty()) {
        continue;
      }
      cx.runtimes.put(id.get(), id.get());
      for (Text asset : r.locatedTexts(body.get(), "technical_assets_running", what)) {
        if (cx.assets.containsKey(asset.value())) {
          tags.computeIfAbsent(asset.value(), k -> new ArrayList<>()).add(TAG + id.get());
        } else {
          r.error(
              ProblemType.DANGLING_REFERENCE,
              asset.position(),
              what + " runs " + quote(asset.value()) + ", which is no technical asset",
              "");
        }
      }
      r.leftovers(
          body.get(), Set.of("id", "technical_assets_running"), what, entry.key().position());
    }
    return tags;
  }
}
