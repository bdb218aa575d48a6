/**
 * Models living in the pipeline: the semantic diff of two versions of a model, the CI gate and its
 * policy, the security-activity plan and requirements derived from a model, and staleness of a
 * model against the history of the sources it describes.
 */
package dev.bulwark.lifecycle;
