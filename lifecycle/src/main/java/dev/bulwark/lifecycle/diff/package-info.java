/**
 * The semantic diff of two versions of a model: {@link dev.bulwark.lifecycle.diff.Differ} compares
 * two {@link dev.bulwark.lifecycle.diff.Snapshot}s into a {@link
 * dev.bulwark.lifecycle.diff.ModelDiff} — elements, triage, suppressions and the model's own fields
 * added, removed or changed field by field, elements moved between zones, and the threats of the
 * two assessments that appeared, were resolved, or changed severity or status, with the risk delta.
 * It is blind to ordering, formatting and comments. {@link dev.bulwark.lifecycle.diff.DiffFormat}
 * renders it as text, Markdown or JSON (docs/diff.md).
 */
package dev.bulwark.lifecycle.diff;
