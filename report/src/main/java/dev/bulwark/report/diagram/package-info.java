/**
 * Data-flow and data-asset diagrams: a model's trust zones, actors, components and flows as a
 * graph, laid out by Eclipse ELK (or a bounded grid for large diagrams) and written as standalone
 * SVG that can also sit inline in HTML; the same data-flow graph as Graphviz DOT and Mermaid text.
 * {@link dev.bulwark.report.diagram.Diagrams} is the entry point; everything else but the two text
 * renderers and the option and result records is internal to the package.
 */
package dev.bulwark.report.diagram;
