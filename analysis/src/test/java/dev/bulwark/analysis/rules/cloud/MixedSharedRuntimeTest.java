package dev.bulwark.analysis.rules.cloud;

import dev.bulwark.analysis.RuleTestCase;

class MixedSharedRuntimeTest extends RuleTestCase {}
