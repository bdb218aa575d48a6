package dev.bulwark.interop.composer;

import dev.bulwark.interop.PeerFile;
import dev.bulwark.interop.PeerFile.Text;
import dev.bulwark.model.parse.Node;
import dev.bulwark.model.parse.Node.Mapping;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Threat Composer's {@code metadata}: a list of {@code {key, value}} pairs, the value text or a
 * list of texts. The keys an importer reads are taken out; the rest are reported as not mapped.
 */
record Metadata(Map<String, List<Text>> values) {
  static Metadata read(PeerFile r, Mapping owner, String what) {
    Map<String, List<Text>> values = new LinkedHashMap<>();
    for (Node item : r.list(owner, "metadata", what)) {
      Optional<Mapping> pair = r.mapping(item, "an item of 'metadata' of " + what);
      if (pair.isEmpty()) {
        continue;
      }
      Optional<String> key = pair.flatMap(p -> r.required(p, "key", "a metadata item of " + what));
      Optional<Node> value = r.get(pair.get(), "value");
      if (key.isEmpty() || value.isEmpty()) {
        continue;
      }
      List<Text> texts = new ArrayList<>();
      String valueWhat = "metadata " + PeerFile.quote(key.get()) + " of " + what;
      if (value.get() instanceof Node.Sequence list) {
        for (Node each : list.items()) {
          r.asText(each, "an item of " + valueWhat)
              .ifPresent(t -> texts.add(new Text(t, each.position())));
        }
      } else {
        r.asText(value.get(), valueWhat)
            .ifPresent(t -> texts.add(new Text(t, value.get().position())));
      }
      values.computeIfAbsent(key.get(), k -> new ArrayList<>()).addAll(texts);
    }
    return new Metadata(values);
  }

  List<Text> get(String key) {
    return values.getOrDefault(key, List.of());
  }

  Optional<Text> first(String key) {
    return get(key).stream().findFirst();
  }

  /** One not-mapped warning naming the keys not in {@code used}, with their values. */
  void leftovers(PeerFile r, Set<String> used, String what, dev.bulwark.model.Position at) {
    List<String> rest = new ArrayList<>();
    values.forEach((key, texts) -> {
      if (!used.contains(key) && !texts.isEmpty()) {
        rest.add(key + "=" + String.join("|", texts.stream().map(Text::value).toList()));
      }
    });
    if (!rest.isEmpty()) {
      r.notMapped(
          at,
          what
              + ": metadata "
              + String.join(", ", rest.stream().map(PeerFile::quote).toList())
              + " not mapped",
          "Bulwark's model has no field for it; see docs/interop.md");
    }
  }
}
