package dev.bulwark.analysis.rules.llm;

import dev.bulwark.analysis.RuleTestCase;

class ExcessiveAgencyTest extends RuleTestCase {}
