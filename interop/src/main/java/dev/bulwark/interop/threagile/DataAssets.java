package dev.bulwark.interop.threagile;

import static dev.bulwark.interop.PeerFile.quote;

import dev.bulwark.interop.PeerFile;
import dev.bulwark.interop.PeerFile.Text;
import dev.bulwark.interop.Places;
import dev.bulwark.model.Classification;
import dev.bulwark.model.DataAsset;
import dev.bulwark.model.Rating;
import dev.bulwark.model.parse.Node.Entry;
import dev.bulwark.model.parse.Node.Mapping;
import dev.bulwark.model.problem.ProblemType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Threagile's {@code data_assets} as Bulwark data assets. */
final class DataAssets {
  private DataAssets() {}

  static List<DataAsset> read(Context cx, Mapping root) {
    PeerFile r = cx.file;
    List<DataAsset> assets = new ArrayList<>();
    for (Entry entry :
        r.mapping(root, "data_assets", "the model").map(r::entries).orElse(List.of())) {
      String what = "data asset " + quote(entry.key().value());
      r.body(entry.value(), what)
          .flatMap(body -> one(cx, entry, body, what))
          .ifPresent(assets::add);
    }
    return assets;
  }

  private static Optional<DataAsset> one(Context cx, Entry entry, Mapping body, String what) {
    PeerFile r = cx.file;
    Optional<Text> threagileId = r.requiredText(body, "id", what);
    if (threagileId.isEmpty()) {
      return Optional.empty();
    }
    if (cx.data.containsKey(threagileId.get().value())) {
      r.error(
          ProblemType.DUPLICATE_ID,
          threagileId.get().position(),
          "data asset id " + quote(threagileId.get().value()) + " is used twice",
          "give each data asset its own id");
      return Optional.empty();
    }
    String id = cx.ids.claim(threagileId.get().value(), "data");
    cx.data.put(threagileId.get().value(), id);

    Set<String> used =
        new HashSet<>(
            Set.of(
                "id",
                "description",
                "tags",
                "quantity",
                "confidentiality",
                "integrity",
                "availability"));
    Optional<Text> confidentiality = r.located(body, "confidentiality", what);
    Classification classification =
        confidentiality
            .flatMap(c -> r.oneOf(Terms.CLASSIFICATION, c, "'confidentiality' of " + what))
            .orElse(Classification.INTERNAL);
    List<String> tags = new ArrayList<>(r.texts(body, "tags", what));
    r.text(body, "quantity", what).ifPresent(quantity -> tags.add("quantity:" + quantity));
    if (r.text(body, "usage", what).orElse("business").equals("business")) {
      used.add("usage");
    }
    r.leftovers(body, used, what, entry.key().position());
    return Optional.of(
        new DataAsset(
            id,
            r.text(body, "description", what).or(() -> Optional.of(entry.key().value())),
            classification,
            // an unknown confidentiality was reported with the classification
            confidentiality
                .map(c -> Terms.CONFIDENTIALITY.get(c.value().toLowerCase(Locale.ROOT)))
                .orElse(Rating.MEDIUM),
            rating(
                r, Terms.CRITICALITY, r.located(body, "integrity", what), "'integrity' of " + what),
            rating(
                r,
                Terms.CRITICALITY,
                r.located(body, "availability", what),
                "'availability' of " + what),
            false,
            tags.stream().distinct().toList(),
            Places.at(entry.key().position())
                .field("id", threagileId.get().position())
                .field("classification", r.get(body, "confidentiality"))
                .field("confidentiality", r.get(body, "confidentiality"))
                .field("integrity", r.get(body, "integrity"))
                .field("availability", r.get(body, "availability"))
                .positions()));
  }

  /** A rating, or medium (the model's default) when it is absent; unknown values are reported. */
  private static Rating rating(
      PeerFile r, Map<String, Rating> terms, Optional<Text> value, String what) {
    return value.flatMap(text -> r.oneOf(terms, text, what)).orElse(Rating.MEDIUM);
  }
}
