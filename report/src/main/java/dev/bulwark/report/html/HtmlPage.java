package dev.bulwark.report.html;

import dev.bulwark.report.Digest;
import dev.bulwark.report.attack.AttackSection;
import dev.bulwark.report.diagram.Diagram;
import java.util.List;

/**
 * What the HTML templates receive: the digest, and the pictures drawn for it.
 *
 * @param dataFlow the data-flow diagram: one figure, or an overview and one per zone
 * @param dataAssets which element processes or stores which data asset
 * @param attack the attack paths and trees
 * @param css the style sheet, inlined
 */
public record HtmlPage(
    Digest digest,
    List<Diagram> dataFlow,
    Diagram dataAssets,
    AttackSection attack,
    String severityBar,
    String heatMap,
    String pareto,
    String css) {
  public HtmlPage {
    dataFlow = List.copyOf(dataFlow);
  }
}
