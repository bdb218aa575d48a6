package dev.bulwark.interop.pytm;

import dev.bulwark.interop.PeerFile;
import dev.bulwark.interop.Places;
import dev.bulwark.model.Classification;
import dev.bulwark.model.DataAsset;
import dev.bulwark.model.Rating;
import dev.bulwark.model.parse.Node;
import dev.bulwark.model.parse.Node.Mapping;
import dev.bulwark.model.problem.ProblemType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * pytm's {@code Data} as data assets. pytm's classification has six levels (UNKNOWN to TOP_SECRET)
 * and no separate ratings: it sets both the classification and the confidentiality; integrity and
 * availability keep Bulwark's default.
 */
final class DataItems {
  private DataItems() {}

  private static final Map<String, Classification> CLASSIFICATION =
      Map.of(
          "unknown", Classification.INTERNAL,
          "public", Classification.PUBLIC,
          "restricted", Classification.INTERNAL,
          "sensitive", Classification.CONFIDENTIAL,
          "secret", Classification.RESTRICTED,
          "top_secret", Classification.RESTRICTED);

  private static final Map<String, Rating> CONFIDENTIALITY =
      Map.of(
          "unknown", Rating.MEDIUM,
          "public", Rating.LOW,
          "restricted", Rating.MEDIUM,
          "sensitive", Rating.HIGH,
          "secret", Rating.CRITICAL,
          "top_secret", Rating.CRITICAL);

  /** Read, or derived by pytm from the flows ({@code carriedBy}, {@code processedBy}). */
  private static final Set<String> READ =
      Set.of(
          "name",
          "description",
          "classification",
          "isPII",
          "isCredentials",
          "carriedBy",
          "processedBy");

  static List<DataAsset> read(Context cx, List<Node> nodes) {
    PeerFile r = cx.file;
    List<DataAsset> assets = new ArrayList<>();
    for (int i = 0; i < nodes.size(); i++) {
      String what = "data " + (i + 1);
      Optional<Mapping> body = r.body(nodes.get(i), what);
      Optional<String> name = body.flatMap(b -> r.required(b, "name", what));
      if (name.isEmpty()) {
        continue;
      }
      if (cx.data.containsKey(name.get())) {
        r.error(
            ProblemType.DUPLICATE_ID,
            r.where(body.get(), "name"),
            "two data are named " + PeerFile.quote(name.get()),
            "pytm refers to data by name: give each its own");
        continue;
      }
      String named = "data " + PeerFile.quote(name.get());
      Attributes attributes = Attributes.of(r, body.get(), named);
      String id = cx.ids.named(name.get(), "data");
      cx.data.put(name.get(), id);
      r.leftovers(body.get(), READ, named, body.get().position(), Attributes::informative);
      String level = attributes.term("classification").orElse("unknown");
      Classification classification = CLASSIFICATION.get(level);
      if (classification == null) {
        r.error(
            ProblemType.UNKNOWN_VALUE,
            r.where(body.get(), "classification"),
            "the classification of "
                + named
                + " is "
                + PeerFile.quote(level)
                + ", which is not one of pytm's",
            "allowed: " + String.join(", ", CLASSIFICATION.keySet().stream().sorted().toList()));
        level = "unknown";
        classification = CLASSIFICATION.get(level);
      }
      assets.add(
          new DataAsset(
              id,
              r.text(body.get(), "description", named),
              classification,
              CONFIDENTIALITY.get(level),
              Rating.MEDIUM,
              Rating.MEDIUM,
              attributes.is("isPII"),
              attributes.is("isCredentials") ? List.of("credentials") : List.of(),
              Places.at(body.get().position())
                  .field("id", r.get(body.get(), "name"))
                  .field("classification", r.get(body.get(), "classification"))
                  .positions()));
    }
    return assets;
  }
}
