/**
 * The Bulwark model: immutable records for the model format, one record per element kind.
 *
 * <p>The records are the single description of the format. Their components, with the annotations
 * in this package ({@link Doc}, {@link Key}, {@link Default}, {@link Range}, {@link Ref}), drive
 * the parser's binding, the writer, the published JSON Schema and the reference checks, so that
 * these never drift apart. Parsing, validation and composition live in the sub-packages; {@link
 * dev.bulwark.model.load.ModelLoader} is the entry point.
 */
package dev.bulwark.model;
