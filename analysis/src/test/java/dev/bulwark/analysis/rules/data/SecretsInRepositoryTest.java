package dev.bulwark.analysis.rules.data;

import dev.bulwark.analysis.RuleTestCase;

class SecretsInRepositoryTest extends RuleTestCase {}
