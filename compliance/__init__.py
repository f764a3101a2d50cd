"""Compliance of a stack: the offline review (`make review`), its report writers, and the policy-pack rules."""
