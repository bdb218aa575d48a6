/**
 * Reports for each reader, all rendered from one {@link dev.bulwark.report.Digest} of an
 * assessment: HTML for people (executive and engineering views with diagrams), Markdown for wikis
 * and pull requests, JSON for tools, SARIF for code scanning, CSV for spreadsheets, and the
 * data-flow diagram itself as SVG, Graphviz DOT and Mermaid.
 */
package dev.bulwark.report;
