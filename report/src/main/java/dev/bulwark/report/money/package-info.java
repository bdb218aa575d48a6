/**
 * The report's "Risk in money" section: the model's FAIR scenarios simulated with fixed settings
 * (so that the same model gives the same report), the loss exceedance chart, and the roadmap of
 * candidate mitigations. See docs/fair.md.
 */
package dev.bulwark.report.money;
