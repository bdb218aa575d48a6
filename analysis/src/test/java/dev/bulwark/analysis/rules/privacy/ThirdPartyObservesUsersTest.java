package dev.bulwark.analysis.rules.privacy;

import dev.bulwark.analysis.RuleTestCase;

class ThirdPartyObservesUsersTest extends RuleTestCase {}
