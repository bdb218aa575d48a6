/**
 * Reading model files: bytes to text (size, NUL and UTF-8 checks), text to a positioned tree (YAML
 * 1.2, which JSON is a subset of, with limits on nesting, aliases and size), and the tree to
 * records (types, enums, ranges, ids, unknown fields).
 */
package dev.bulwark.model.parse;
