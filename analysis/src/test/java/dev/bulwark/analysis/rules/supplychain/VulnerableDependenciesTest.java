package dev.bulwark.analysis.rules.supplychain;

import dev.bulwark.analysis.RuleTestCase;

class VulnerableDependenciesTest extends RuleTestCase {}
