package dev.bulwark.analysis.rules.hygiene;

import dev.bulwark.analysis.RuleTestCase;

class IncompleteCustomComponentTest extends RuleTestCase {}
