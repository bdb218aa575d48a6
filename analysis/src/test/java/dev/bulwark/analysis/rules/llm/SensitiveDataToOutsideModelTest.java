package dev.bulwark.analysis.rules.llm;

import dev.bulwark.analysis.RuleTestCase;

class SensitiveDataToOutsideModelTest extends RuleTestCase {}
