package dev.bulwark.report.diagram;

import dev.bulwark.analysis.Interaction;
import dev.bulwark.analysis.Node;
import dev.bulwark.analysis.SystemView;
import dev.bulwark.model.Component;
import dev.bulwark.model.DataAsset;
import dev.bulwark.model.Wire;
import dev.bulwark.report.diagram.Graph.Legend;
import dev.bulwark.report.diagram.Graph.Link;
import dev.bulwark.report.diagram.Graph.LinkStyle;
import dev.bulwark.report.diagram.Graph.Shape;
import dev.bulwark.report.diagram.Graph.Vertex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which element keeps, handles or exchanges which data asset: the declared {@code stores} and
 * {@code processes} of components, and the data the flows into and out of each element carry.
 */
final class DataGraphs {
  private DataGraphs() {}

  /** How one element relates to one data asset. */
  static final class Use {
    boolean stores;
    boolean processes;
    final List<String> flows = new ArrayList<>();

    LinkStyle style() {
      return stores ? LinkStyle.STORES : processes ? LinkStyle.PROCESSES : LinkStyle.CARRIES;
    }

    String describe() {
      List<String> parts = new ArrayList<>();
      if (stores) {
        parts.add("stores it");
      }
      if (processes) {
        parts.add("processes it");
      }
      if (!flows.isEmpty()) {
        int listed = Math.min(flows.size(), 8);
        parts.add(
            "its flows "
                + String.join(", ", flows.subList(0, listed))
                + (flows.size() > listed ? " and " + (flows.size() - listed) + " more" : "")
                + " carry it");
      }
      return String.join("; ", parts);
    }
  }

  /** Element id → data asset id → use, both in model order; unknown data ids are skipped. */
  static Map<String, Map<String, Use>> uses(SystemView view) {
    Map<String, Map<String, Use>> uses = new LinkedHashMap<>();
    for (Node node : view.nodes()) {
      Map<String, Use> own = new LinkedHashMap<>();
      if (node.component().isPresent()) {
        Component c = node.component().get();
        c.stores().stream()
            .filter(d -> view.dataAsset(d).isPresent())
            .forEach(d -> own.computeIfAbsent(d, k -> new Use()).stores = true);
        c.processes().stream()
            .filter(d -> view.dataAsset(d).isPresent())
            .forEach(d -> own.computeIfAbsent(d, k -> new Use()).processes = true);
      }
      List<Interaction> touching = new ArrayList<>(view.from(node.id()));
      touching.addAll(view.into(node.id()));
      for (Interaction i : touching) {
        for (DataAsset d : i.data()) {
          Use use = own.computeIfAbsent(d.id(), k -> new Use());
          if (!use.flows.contains(i.id())) {
            use.flows.add(i.id());
          }
        }
      }
      if (!own.isEmpty()) {
        uses.put(node.id(), own);
      }
    }
    return uses;
  }

  static Graph graph(SystemView view, Map<String, Map<String, Use>> uses) {
    List<Vertex> vertices = new ArrayList<>();
    for (Node node : view.nodes()) {
      if (uses.containsKey(node.id())) {
        vertices.add(
            new Vertex(
                Elements.nodeKey(node.id()),
                Optional.empty(),
                Elements.shape(node),
                view.outsider(node),
                node.id(),
                Optional.of(Elements.kindOrTechnology(node)),
                Palette.NONE,
                node.describe() + node.zoneId().map(z -> "; zone " + z).orElse("")));
      }
    }
    for (DataAsset d : view.data()) {
      vertices.add(
          new Vertex(
              dataKey(d.id()),
              Optional.empty(),
              Shape.DATA,
              false,
              d.id(),
              Optional.of(Wire.name(d.classification()) + (d.personal() ? " · personal" : "")),
              Palette.classification(d.classification()),
              tooltip(d)));
    }
    List<Link> links = new ArrayList<>();
    uses.forEach((node, byData) ->
        byData.forEach((data, use) ->
            links.add(
                new Link(
                    "u:" + node + ">" + data,
                    Elements.nodeKey(node),
                    dataKey(data),
                    "",
                    use.style(),
                    node + " and data " + data + ": " + use.describe()))));
    return new Graph(
        "Data assets of " + view.model().title() + ": who stores, processes and exchanges them",
        Legend.DATA_ASSETS,
        List.of(),
        vertices,
        links,
        List.of());
  }

  static String dataKey(String id) {
    return "d:" + id;
  }

  static String tooltip(DataAsset d) {
    StringBuilder t = new StringBuilder("data asset ").append(d.id()).append(": ");
    t.append(Wire.name(d.classification()));
    t.append("; confidentiality ").append(Wire.name(d.confidentiality()));
    t.append(", integrity ").append(Wire.name(d.integrity()));
    t.append(", availability ").append(Wire.name(d.availability()));
    if (d.personal()) {
      t.append("; personal data");
    }
    d.description().ifPresent(text -> t.append(". ").append(Elements.shorten(text)));
    return t.toString();
  }
}
