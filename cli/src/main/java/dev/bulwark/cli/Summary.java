package dev.bulwark.cli;

import dev.bulwark.model.Actor;
import dev.bulwark.model.Component;
import dev.bulwark.model.Flow;
import dev.bulwark.model.Model;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a model holds, in numbers: shown after validation so that a valid model still tells its
 * reader something (how many flows cross a trust boundary, how many carry data unencrypted).
 */
record Summary(
    String id,
    String title,
    int files,
    int zones,
    int actors,
    int components,
    int dataAssets,
    int flows,
    int boundaryCrossings,
    int unencryptedNetworkFlowsWithData,
    int threats,
    int mitigations,
    int triage) {

  static Summary of(Model model, int files) {
    Map<String, String> zoneOf = new HashMap<>();
    for (Actor actor : model.actors()) {
      actor.zone().ifPresent(zone -> zoneOf.put(actor.id(), zone));
    }
    for (Component component : model.components()) {
      component.zone().ifPresent(zone -> zoneOf.put(component.id(), zone));
    }
    int crossings = 0;
    int unencrypted = 0;
    for (Flow flow : model.flows()) {
      Optional<String> from = Optional.ofNullable(zoneOf.get(flow.from()));
      Optional<String> to = Optional.ofNullable(zoneOf.get(flow.to()));
      if (from.isPresent() && to.isPresent() && !from.equals(to)) {
        crossings++;
      }
      if (flow.protocol().network() && !flow.protocol().encrypted() && !flow.data().isEmpty()) {
        unencrypted++;
      }
    }
    return new Summary(
        model.id(),
        model.title(),
        files,
        model.zones().size(),
        model.actors().size(),
        model.components().size(),
        model.data().size(),
        model.flows().size(),
        crossings,
        unencrypted,
        model.threats().size(),
        model.mitigations().size(),
        model.triage().size());
  }

  /** One short paragraph for people. */
  String text() {
    StringBuilder out = new StringBuilder();
    out.append(title).append(" (").append(id).append(")");
    if (files > 1) {
      out.append(", ").append(files).append(" files");
    }
    out.append(": ")
        .append(count(zones, "trust zone"))
        .append(", ")
        .append(count(actors, "actor"))
        .append(", ")
        .append(count(components, "component"))
        .append(", ")
        .append(count(dataAssets, "data asset"))
        .append(", ")
        .append(count(flows, "flow"))
        .append(".\n  ")
        .append(count(boundaryCrossings, "flow"))
        .append(boundaryCrossings == 1 ? " crosses" : " cross")
        .append(" a trust boundary; ")
        .append(count(unencryptedNetworkFlowsWithData, "flow"))
        .append(unencryptedNetworkFlowsWithData == 1 ? " carries" : " carry")
        .append(" data over the network unencrypted.");
    if (threats + mitigations + triage > 0) {
      out.append("\n  Written by hand: ")
          .append(count(threats, "threat"))
          .append(", ")
          .append(count(mitigations, "mitigation"))
          .append(", ")
          .append(count(triage, "triage decision"))
          .append('.');
    }
    return out.toString();
  }

  Map<String, Object> json() {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", id);
    out.put("title", title);
    out.put("files", files);
    out.put("zones", zones);
    out.put("actors", actors);
    out.put("components", components);
    out.put("dataAssets", dataAssets);
    out.put("flows", flows);
    out.put("boundaryCrossings", boundaryCrossings);
    out.put("unencryptedNetworkFlowsWithData", unencryptedNetworkFlowsWithData);
    out.put("threats", threats);
    out.put("mitigations", mitigations);
    out.put("triage", triage);
    return out;
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
