/**
 * The model format as data: each record of {@link dev.bulwark.model} read once, reflectively, into
 * a {@link dev.bulwark.model.format.Shape} that the binder, writer, schema generator, composition
 * and reference checks share.
 */
package dev.bulwark.model.format;
