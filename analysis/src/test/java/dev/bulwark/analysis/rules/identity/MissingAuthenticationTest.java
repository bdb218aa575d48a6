package dev.bulwark.analysis.rules.identity;

import dev.bulwark.analysis.RuleTestCase;

class MissingAuthenticationTest extends RuleTestCase {}
