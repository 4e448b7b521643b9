# Review: published — reproduces the published English edition of 7 February 2023 line for line (tests/fixtures/icor-2023-02-07-peru-solidarity.txt, tests/render.rs).
# Signatory lists, English (United Kingdom). Its CLDR parent, International English (en-001),
# already spells as British English does ("organisation"): nothing differs, so this file holds
# no message. A regional file holds only what differs from its parent.
