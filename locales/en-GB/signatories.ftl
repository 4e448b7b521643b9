# Signatory lists, English (United Kingdom). Its CLDR parent, International English (en-001),
# already spells as British English does ("organisation"): nothing differs, so this file holds
# no message. A regional file holds only what differs from its parent.
