/**
 * The CI gate: a {@link dev.bulwark.lifecycle.gate.Policy} read from YAML (or the documented
 * default), one small pure {@link dev.bulwark.lifecycle.gate.Check} per rule of the policy, and
 * {@link dev.bulwark.lifecycle.gate.Gate}, which runs them over an assessed model and gives a
 * {@link dev.bulwark.lifecycle.gate.GateResult}. Rendering the result (SARIF, JUnit XML, Markdown)
 * is the report module's; the command is {@code bulwark gate}. See docs/gate.md.
 */
package dev.bulwark.lifecycle.gate;
