package dev.bulwark.analysis.rules.llm;

import dev.bulwark.analysis.RuleTestCase;

class ModelSupplyChainTest extends RuleTestCase {}
