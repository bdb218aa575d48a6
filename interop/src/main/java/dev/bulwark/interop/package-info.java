/**
 * Interoperability: importers that turn peer tools' threat models into Bulwark models, reporting
 * everything they cannot map with its position in the source file, and exporters back out to
 * formats other tools read.
 *
 * <p>What every importer shares: {@link dev.bulwark.interop.PeerFile} (a YAML or JSON file read
 * into positioned nodes, typed reads that report wrong types and missing fields at their place,
 * {@code not-mapped} warnings), {@link dev.bulwark.interop.Ids} (valid, readable, unique ids),
 * {@link dev.bulwark.interop.Places} (an element's positions in the peer file), {@link
 * dev.bulwark.interop.Guess} (Bulwark's vocabularies from free text) and {@link
 * dev.bulwark.interop.ModelDraft} (the model's parts as they are found).
 */
package dev.bulwark.interop;
