package dev.bulwark.report.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bulwark.analysis.paths.AttackPath;
import dev.bulwark.analysis.paths.AttackPaths;
import dev.bulwark.analysis.paths.PathOptions;
import dev.bulwark.analysis.paths.Profiles;
import dev.bulwark.report.Digest;
import dev.bulwark.report.diagram.Placed.Point;
import dev.bulwark.report.diagram.Placed.Rect;
import dev.bulwark.report.diagram.Placed.Route;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Attack paths on a model drawn whole are views of the page's data-flow diagram, cropped to the
 * path and drawn over it by reference; on a larger model each path is a small diagram of its own.
 */
class PathDiagramsTest {
  private static List<AttackPath> paths(Digest digest) {
    return AttackPaths.analyse(
            digest.input().view(),
            digest.elementSeverity(),
            Profiles.builtIn(),
            PathOptions.DEFAULT)
        .paths()
        .stream()
        .filter(p -> p.rank() == 1)
        .limit(3)
        .toList();
  }

  private static List<Diagram> views(Digest digest, DiagramOptions options) {
    return Diagrams.attackPaths(
        digest.input().view(), digest.elementSeverity(), paths(digest), options);
  }

  @Test
  void theRegionIsThePathsBoundingBoxWithAMarginKeptInsideTheDrawing() {
    Placed placed =
        new Placed(
            1000,
            500,
            Map.of(),
            Map.of(
                "a", new Rect(100, 200, 80, 40),
                "b", new Rect(400, 300, 80, 40),
                "c", new Rect(900, 10, 80, 40)),
            Map.of(
                "a-b",
                new Route(
                    List.of(new Point(180, 220), new Point(300, 420), new Point(400, 320)),
                    Optional.of(new Rect(250, 430, 60, 14)))),
            Diagram.Layout.ELK);
    // a at 100..180 x 200..240, b at 400..480 x 300..340, the bend at y 420, its label to 444
    assertThat(PathDiagrams.region(placed, new Highlight(List.of("a", "b"), Set.of("a-b")), 40))
        .isEqualTo(new Rect(60, 160, 460, 324));
    // c reaches the top and the right edge: the margin stops there
    assertThat(PathDiagrams.region(placed, new Highlight(List.of("b", "c"), Set.of()), 40))
        .isEqualTo(new Rect(360, 0, 640, 380));
    // nothing of the path placed: the whole drawing
    assertThat(PathDiagrams.region(placed, new Highlight(List.of("x"), Set.of()), 40))
        .isEqualTo(new Rect(0, 0, 1000, 500));
  }

  @Test
  void onAModelDrawnWholeEachPathIsACroppedViewOfTheDataFlowDiagram() {
    Digest shop = Digests.example("online-shop");
    Diagram base = Diagrams.dataFlow(shop, DiagramOptions.DEFAULTS).getFirst();
    List<Diagram> views = views(shop, DiagramOptions.DEFAULTS);
    assertThat(views).hasSize(3);
    Document baseDoc = SvgCheck.parse(base.svg());
    Element graph = byId(baseDoc, "dfd-graph");
    assertThat(graph).as("the base's graph group").isNotNull();
    Map<String, Rect> baseNodes = nodesByTitle(baseDoc, "bw-node");
    for (int i = 0; i < views.size(); i++) {
      Diagram view = views.get(i);
      assertThat(view.id()).isEqualTo("dfd-path-" + (i + 1));
      assertThat(view.kind()).isEqualTo(Diagram.Kind.ATTACK_PATH);
      Document doc = SvgCheck.parse(view.svg());
      NodeList uses = doc.getElementsByTagNameNS(SvgCheck.SVG_NS, "use");
      assertThat(uses.getLength()).isEqualTo(1);
      assertThat(((Element) uses.item(0)).getAttributeNS("http://www.w3.org/1999/xlink", "href"))
          .isEqualTo("#dfd-graph");
      // nothing of the base is copied: no zone, node or link of its own
      assertThat(SvgCheck.rects(doc, "bw-node")).isEmpty();
      assertThat(SvgCheck.rects(doc, "bw-zone")).isEmpty();
      Rect box = SvgCheck.viewBox(doc);
      assertThat(box.width()).isEqualTo(view.width()).isLessThanOrEqualTo(base.width());
      assertThat(box.height()).isEqualTo(view.height()).isLessThan(base.height());
      // each step sits where the base drew its element, and inside the crop
      Map<String, Rect> steps = nodesByTitle(doc, "bw-path-node");
      assertThat(steps).isNotEmpty();
      steps.forEach((title, r) -> {
        assertThat(baseNodes).containsEntry(title, r);
        assertThat(box.contains(r)).as("%s inside %s", r, box).isTrue();
      });
      assertThat(view.svg().length()).isLessThan(base.svg().length() / 5);
    }
  }

  @Test
  void onASplitModelEachPathIsAStandaloneDiagramOfWhatItCrosses() {
    Digest shop = Digests.example("online-shop");
    List<Diagram> views = views(shop, DiagramOptions.DEFAULTS.withSplitAbove(10));
    assertThat(views).hasSize(3);
    for (Diagram view : views) {
      Document doc = SvgCheck.parse(view.svg());
      assertThat(doc.getElementsByTagNameNS(SvgCheck.SVG_NS, "use").getLength()).isZero();
      int steps = nodesByTitle(doc, "bw-path-node").size();
      assertThat(SvgCheck.rects(doc, "bw-node")).hasSize(steps);
      assertThat(view.layout()).isEqualTo(Diagram.Layout.ELK);
    }
  }

  @Test
  void thePartOfTheGraphAPathCrossesIsTakenFromTheModelAsTheWholeGraphHasIt() {
    Digest shop = Digests.example("online-shop");
    Graph whole = FlowGraphs.whole(shop.input().view(), shop.elementSeverity());
    for (AttackPath path : paths(shop)) {
      Highlight highlight = PathDiagrams.highlight(path);
      Graph part = PathDiagrams.onPath(shop.input().view(), shop.elementSeverity(), highlight);
      assertThat(part.vertices())
          .extracting(Graph.Vertex::key)
          .containsExactlyInAnyOrderElementsOf(highlight.vertices());
      assertThat(whole.vertices()).containsSubsequence(part.vertices());
      assertThat(part.links())
          .extracting(Graph.Link::key)
          .containsExactlyInAnyOrderElementsOf(highlight.links());
      assertThat(whole.links()).containsSubsequence(part.links());
      assertThat(whole.boxes()).containsSubsequence(part.boxes());
      // every vertex's zone is there, and every zone's parent
      Set<String> boxes =
          part.boxes().stream().map(Graph.Box::key).collect(java.util.stream.Collectors.toSet());
      part.vertices().forEach(v -> assertThat(boxes).containsAll(v.box().stream().toList()));
      part.boxes().forEach(b -> assertThat(boxes).containsAll(b.parent().stream().toList()));
      assertThat(part.boxes()).isNotEmpty();
    }
  }

  @Test
  void beyondElksModelSizePathsAreGridsLikeTheRestOfTheDiagrams() {
    Digest shop = Digests.example("online-shop");
    DiagramOptions large = DiagramOptions.DEFAULTS.withSplitAbove(10).withElkLimits(150, 300, 30);
    assertThat(views(shop, large))
        .hasSize(3)
        .allSatisfy(view -> assertThat(view.layout()).isEqualTo(Diagram.Layout.GRID));
  }

  @Test
  void viewsAreTheSameOnEveryRun() {
    Digest shop = Digests.example("iot-fleet");
    assertThat(views(shop, DiagramOptions.DEFAULTS))
        .isEqualTo(views(shop, DiagramOptions.DEFAULTS));
  }

  private static Element byId(Document doc, String id) {
    NodeList all = doc.getElementsByTagNameNS(SvgCheck.SVG_NS, "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (e.getAttribute("id").equals(id)) {
        return e;
      }
    }
    return null;
  }

  /** The first rect of each group of a class, by the group's hover text (an element's). */
  private static Map<String, Rect> nodesByTitle(Document doc, String groupClass) {
    Map<String, Rect> found = new HashMap<>();
    NodeList groups = doc.getElementsByTagNameNS(SvgCheck.SVG_NS, "g");
    for (int i = 0; i < groups.getLength(); i++) {
      Element g = (Element) groups.item(i);
      if (g.getAttribute("class").equals(groupClass)) {
        Element title = (Element) g.getElementsByTagNameNS(SvgCheck.SVG_NS, "title").item(0);
        Element r = (Element) g.getElementsByTagNameNS(SvgCheck.SVG_NS, "rect").item(0);
        found.put(title.getTextContent(), SvgCheck.rect(r));
      }
    }
    return found;
  }
}
