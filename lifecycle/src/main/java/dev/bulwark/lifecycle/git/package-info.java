/**
 * Models read from git revisions with JGit, no {@code git} binary needed: {@link
 * dev.bulwark.lifecycle.git.Revisions} opens the repository around a model, resolves revisions
 * ({@code main}, {@code HEAD~2}, {@code main..HEAD}, {@code main...HEAD}), and loads the model as
 * it was at one, its imports read from the same revision through a temporary {@link
 * dev.bulwark.lifecycle.git.Checkout}.
 */
package dev.bulwark.lifecycle.git;
