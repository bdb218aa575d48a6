package dev.bulwark.analysis.rules.web;

import dev.bulwark.analysis.RuleTestCase;

class PathTraversalTest extends RuleTestCase {}
