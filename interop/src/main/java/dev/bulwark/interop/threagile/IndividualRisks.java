package dev.bulwark.interop.threagile;

import static dev.bulwark.interop.PeerFile.quote;

import dev.bulwark.interop.PeerFile;
import dev.bulwark.interop.PeerFile.Text;
import dev.bulwark.interop.Places;
import dev.bulwark.model.Severity;
import dev.bulwark.model.Stride;
import dev.bulwark.model.Threat;
import dev.bulwark.model.parse.Node.Entry;
import dev.bulwark.model.parse.Node.Mapping;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Threagile's {@code individual_risk_categories}: each risk identified becomes a hand-written
 * threat. Its id is Threagile's risk id (category, then the most relevant asset, link, boundary,
 * runtime and data asset, joined by '@') with '.' for '@' and '>', so that {@code risk_tracking}
 * finds it.
 */
final class IndividualRisks {
  private IndividualRisks() {}

  /** The threats, and Threagile risk id → threat id, for risk tracking. */
  record Result(List<Threat> threats, Map<String, String> idOfRisk, Set<String> categories) {}

  static Result read(Context cx, Mapping root) {
    PeerFile r = cx.file;
    List<Threat> threats = new ArrayList<>();
    Map<String, String> idOfRisk = new LinkedHashMap<>();
    Set<String> categories = new LinkedHashSet<>();
    for (Entry entry :
        r.mapping(root, "individual_risk_categories", "the model")
            .map(r::entries)
            .orElse(List.of())) {
      String what = "risk category " + quote(entry.key().value());
      Optional<Mapping> body = r.body(entry.value(), what);
      Optional<String> category = body.flatMap(b -> r.required(b, "id", what));
      if (category.isEmpty()) {
        continue;
      }
      categories.add(category.get());
      Mapping cat = body.get();
      r.leftovers(
          cat,
          Set.of(
              "id",
              "description",
              "impact",
              "action",
              "mitigation",
              "check",
              "stride",
              "cwe",
              "risks_identified"),
          what,
          entry.key().position());
      for (Entry risk :
          r.mapping(cat, "risks_identified", what).map(r::entries).orElse(List.of())) {
        String riskWhat = "risk " + quote(risk.key().value()) + " of " + what;
        r.body(risk.value(), riskWhat)
            .ifPresent(riskBody -> {
              Threat threat = threat(cx, category.get(), entry, cat, risk, riskBody, riskWhat);
              threats.add(threat);
              idOfRisk.putIfAbsent(
                  syntheticId(cx, category.get(), riskBody, riskWhat), threat.id());
            });
      }
    }
    return new Result(threats, idOfRisk, categories);
  }

  private static final List<String> RELEVANT =
      List.of(
          "most_relevant_technical_asset",
          "most_relevant_communication_link",
          "most_relevant_trust_boundary",
          "most_relevant_shared_runtime",
          "most_relevant_data_asset");

  /** Threagile's risk id, as its createSyntheticId orders the parts. */
  private static String syntheticId(Context cx, String category, Mapping risk, String what) {
    StringBuilder id = new StringBuilder(category);
    for (String key : RELEVANT) {
      cx.file.text(risk, key, what).ifPresent(part -> id.append('@').append(part));
    }
    return id.toString();
  }

  private static Threat threat(
      Context cx,
      String category,
      Entry categoryEntry,
      Mapping cat,
      Entry risk,
      Mapping body,
      String what) {
    PeerFile r = cx.file;
    String synthetic = syntheticId(cx, category, body, what);
    String id = cx.ids.claim(synthetic.replace('@', '.').replace('>', '.'), "risk");
    String catWhat = "risk category " + quote(categoryEntry.key().value());
    r.leftovers(
        body,
        new LinkedHashSet<>(concat(RELEVANT, List.of("severity", "data_breach_technical_assets"))),
        what,
        risk.key().position());

    Set<String> affects = new LinkedHashSet<>();
    resolve(r, body, "most_relevant_technical_asset", what, cx.assets::get).ifPresent(affects::add);
    resolve(r, body, "most_relevant_communication_link", what, cx.links::get)
        .ifPresent(affects::add);
    resolve(r, body, "most_relevant_trust_boundary", what, cx.boundaries::get)
        .ifPresent(affects::add);
    resolve(r, body, "most_relevant_data_asset", what, cx.data::get).ifPresent(affects::add);
    for (Text asset : r.locatedTexts(body, "data_breach_technical_assets", what)) {
      Optional.ofNullable(cx.assets.get(asset.value()))
          .ifPresentOrElse(
              affects::add,
              () ->
                  r.notMapped(
                      asset.position(),
                      what
                          + " names "
                          + quote(asset.value())
                          + ", which is no technical asset; left out of 'affects'"));
    }
    List<String> tags = new ArrayList<>(List.of(category));
    r.text(body, "most_relevant_shared_runtime", what).ifPresent(rt -> tags.add(Runtimes.TAG + rt));

    StringBuilder description =
        new StringBuilder(r.text(cat, "description", catWhat).orElse(categoryEntry.key().value()));
    r.text(cat, "action", catWhat).ifPresent(a -> description.append("\n\nAction: ").append(a));
    r.text(cat, "mitigation", catWhat)
        .ifPresent(m -> description.append("\n\nMitigation: ").append(m));
    r.text(cat, "check", catWhat).ifPresent(c -> description.append("\n\nCheck: ").append(c));
    return new Threat(
        id,
        Optional.of(Html.strip(risk.key().value())).filter(t -> !t.isBlank()).orElse(id),
        Optional.of(description.toString()),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        r.text(cat, "impact", catWhat),
        List.of(),
        List.copyOf(affects),
        r.located(cat, "stride", catWhat)
            .flatMap(s -> r.oneOf(Terms.STRIDE, s, "'stride' of " + catWhat))
            .map(List::of)
            .orElse(List.<Stride>of()),
        r.located(body, "severity", what)
            .flatMap(s -> r.oneOf(Terms.SEVERITY, s, "'severity' of " + what))
            .map(Optional::of)
            .orElse(Optional.<Severity>empty()),
        Optional.empty(),
        Optional.empty(),
        r.get(cat, "cwe")
            .flatMap(n -> r.asInteger(n, "'cwe' of " + catWhat))
            .filter(n -> n > 0)
            .map(n -> List.of("CWE-" + n))
            .orElse(List.of()),
        tags,
        Places.at(risk.key().position())
            .field("severity", r.get(body, "severity"))
            .field("stride", r.get(cat, "stride"))
            .positions());
  }

  private static Optional<String> resolve(
      PeerFile r, Mapping body, String key, String what, Function<String, String> lookup) {
    Optional<Text> ref = r.located(body, key, what);
    if (ref.isEmpty()) {
      return Optional.empty();
    }
    String id = lookup.apply(ref.get().value());
    if (id == null) {
      r.notMapped(
          ref.get().position(),
          quote(key)
              + " of "
              + what
              + " names "
              + quote(ref.get().value())
              + ", which the model does not hold; left out of 'affects'");
    }
    return Optional.ofNullable(id);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
