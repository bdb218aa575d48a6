/**
 * Interoperability: importers that turn peer tools' threat models into Bulwark models, reporting
 * everything they cannot map with its position in the source file, and exporters back out to
 * formats other tools read.
 */
package dev.bulwark.interop;
