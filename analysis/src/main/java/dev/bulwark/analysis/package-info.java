/**
 * The rule engine. A {@link dev.bulwark.analysis.SystemView} indexes a validated model once:
 * elements, {@link dev.bulwark.analysis.Interaction interactions} (source → flow → target with the
 * zones they leave and enter), data carried and stored, and reachability from the internet. Each
 * {@link dev.bulwark.analysis.Rule} is a small stateless class that reads the view and reports
 * {@link dev.bulwark.analysis.Finding findings}; the {@link dev.bulwark.analysis.Engine} runs a
 * {@link dev.bulwark.analysis.RuleSet} and collapses duplicates. Built-in rules live in {@code
 * rules}, one sub-package per area; user rules in CEL live in {@code cel}.
 */
package dev.bulwark.analysis;
