/**
 * Loading a model: the root file and the sub-models it imports, checked against the project root,
 * composed into one model with prefixed ids, then validated. {@link
 * dev.bulwark.model.load.ModelLoader} is the entry point for every command.
 */
package dev.bulwark.model.load;
