/**
 * Bulwark's knowledge: the built-in catalogue of {@link dev.bulwark.knowledge.Countermeasure
 * countermeasures} that rules suggest, and (in {@code mitre}) CWE, CAPEC and ATT&CK entries read
 * from MITRE's own files.
 */
package dev.bulwark.knowledge;
