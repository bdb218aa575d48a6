/**
 * CWE, CAPEC and ATT&CK entries read from MITRE's own files, and the {@link
 * dev.bulwark.knowledge.mitre.KnowledgeBase} that links them.
 *
 * <p>{@link dev.bulwark.knowledge.mitre.KbImport#read(java.nio.file.Path)} recognises a file by its
 * content and streams it through one importer (CAPEC XML, CWE XML or CSV, STIX 2.0/2.1 bundles of
 * ATT&CK or CAPEC); {@link dev.bulwark.knowledge.mitre.KnowledgeStore} keeps one JSON file per
 * source in the knowledge directory. See docs/knowledge.md and docs/adr/005-knowledge-base.md.
 */
package dev.bulwark.knowledge.mitre;
