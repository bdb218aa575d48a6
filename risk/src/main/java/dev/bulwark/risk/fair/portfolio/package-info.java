/**
 * A model's risk in money: its loss scenarios resolved against the assessment ({@link
 * dev.bulwark.risk.fair.portfolio.Portfolio#of}), with estimates it leaves out derived from the
 * qualitative ratings ({@link dev.bulwark.risk.fair.portfolio.DerivedTables}) and derived scenarios
 * for the open threats no scenario covers; simulated with one seed, each scenario on its own
 * streams, and summed year by year ({@link dev.bulwark.risk.fair.portfolio.PortfolioRun}), with
 * what-if comparisons on common random numbers and a roadmap of candidate mitigations under a
 * budget. See docs/fair.md.
 */
package dev.bulwark.risk.fair.portfolio;
