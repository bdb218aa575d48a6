package dev.bulwark.analysis.rules.identity;

import dev.bulwark.analysis.RuleTestCase;

class IdentityProviderNotIsolatedTest extends RuleTestCase {}
