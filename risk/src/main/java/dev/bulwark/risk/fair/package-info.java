/**
 * Quantitative risk in money: a Monte Carlo engine for the Open FAIR taxonomy.
 *
 * <p>A {@link dev.bulwark.risk.fair.Scenario} is an immutable description of one loss scenario
 * (threat event frequency, vulnerability, primary and secondary loss), each factor a {@link
 * dev.bulwark.risk.fair.Distribution}. The {@link dev.bulwark.risk.fair.Simulator} turns a scenario
 * and its {@link dev.bulwark.risk.fair.Settings} (mode, seed, iterations) into one annualised loss
 * per iteration; {@link dev.bulwark.risk.fair.Summary} describes such an array (mean, percentiles,
 * loss exceedance curve) and {@link dev.bulwark.risk.fair.FairJson} writes it. The same seed gives
 * the same array, whatever the number of threads. See docs/fair.md.
 */
package dev.bulwark.risk.fair;
