package dev.bulwark.analysis.rules.llm;

import dev.bulwark.analysis.RuleTestCase;

class UncheckedModelOutputTest extends RuleTestCase {}
