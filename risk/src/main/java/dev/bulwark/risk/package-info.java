/**
 * Risk: qualitative scoring of threats from their context ({@link dev.bulwark.risk.ContextScorer},
 * {@link dev.bulwark.risk.RiskMatrix}), scores from CVSS and OWASP Risk Rating vectors for
 * hand-written threats, triage decisions, and the {@link dev.bulwark.risk.Assessor} that turns a
 * model into a ranked {@link dev.bulwark.risk.Assessment}.
 */
package dev.bulwark.risk;
