/** Checks of a model's meaning: ids, references, zone nesting, and signs of an incomplete model. */
package dev.bulwark.model.validate;
