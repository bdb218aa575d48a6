package dev.bulwark.analysis.rules.web;

import dev.bulwark.analysis.RuleTestCase;

class MissingWebApplicationFirewallTest extends RuleTestCase {}
