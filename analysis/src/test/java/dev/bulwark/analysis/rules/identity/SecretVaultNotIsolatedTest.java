package dev.bulwark.analysis.rules.identity;

import dev.bulwark.analysis.RuleTestCase;

class SecretVaultNotIsolatedTest extends RuleTestCase {}
