/**
 * Attack-defence trees drawn: {@link dev.bulwark.report.adtree.TreeSvg} (top-down tidy layout of
 * our own, plain SVG 1.1 with presentation attributes), {@link dev.bulwark.report.adtree.TreeDot}
 * (Graphviz) and {@link dev.bulwark.report.adtree.TreeMermaid}. Attacks are red ellipses, defences
 * green rectangles, countermeasure edges dashed; an AND is an arc across its child edges in SVG and
 * marked "(AND)" in the text formats. Every label is escaped for its format.
 */
package dev.bulwark.report.adtree;
