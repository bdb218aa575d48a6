/**
 * The Markdown report for wikis and pull-request comments, and the escaping of model text for
 * Markdown that the other text formats reuse for their Markdown fields; also the plain-text helpers
 * the Markdown, SARIF and CSV reports share (model-file paths, decisions).
 */
package dev.bulwark.report.markdown;
