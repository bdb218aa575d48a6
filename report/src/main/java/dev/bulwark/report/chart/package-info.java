/**
 * Charts for the reports, drawn as plain SVG 1.1 by hand: a likelihood × impact heat map, a Pareto
 * chart of risk by rule, and a stacked bar of open threats by severity. Each is a pure function
 * from a {@link dev.bulwark.report.Digest} to a string that browsers and the PDF printer (Batik)
 * both draw: presentation attributes only, no CSS, no scripts, every model string escaped, every id
 * prefixed by the caller so that several charts can share one page.
 */
package dev.bulwark.report.chart;
