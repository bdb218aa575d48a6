package dev.bulwark.analysis.rules.kubernetes;

import dev.bulwark.analysis.RuleTestCase;

class ContainerEscapeTest extends RuleTestCase {}
