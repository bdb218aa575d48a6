/**
 * The Microsoft Threat Modeling Tool: {@link dev.bulwark.interop.tmt.TmtImporter} reads a model
 * ({@code .tm7}) into a Bulwark model, keeping stencil types and properties as {@code tmt.*} tags;
 * {@link dev.bulwark.interop.tmt.TemplatePacks} reads a template ({@code .tb7}), or the knowledge
 * base a model carries, as a rule pack whose rules run the threat types' generation filters ({@code
 * FilterParser}) on every flow. Both read XML with the model's hardened StAX factory. See
 * docs/interop.md.
 */
package dev.bulwark.interop.tmt;
