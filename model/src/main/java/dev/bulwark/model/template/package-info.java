/**
 * Templates: parameterised model fragments that models import by name ({@code imports: - template:
 * kubernetes-service}). {@link dev.bulwark.model.template.TemplateReader} reads a template file (a
 * model file with a {@code template:} header), {@link dev.bulwark.model.template.Substitution}
 * replaces {@code ${name}} in its text values, and {@link dev.bulwark.model.template.Templates}
 * finds templates: the project's, the organisation's, then the ones shipped with Bulwark. The
 * loader ({@link dev.bulwark.model.load.ModelLoader}) expands and prefixes them like sub-models.
 */
package dev.bulwark.model.template;
