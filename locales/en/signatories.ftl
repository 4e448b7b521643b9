# Signatory lists, English (United States and default): the reference locale.
# Review: reference — the sentences of the published English edition of 7 February 2023 (tests/fixtures/icor-2023-02-07-peru-solidarity.txt), which the en-GB edition reproduces line for line (tests/render.rs); US spelling.
#
# Variables:
#   $date          the "as of" date, formatted by CLDR (ICU4X) for the edition's locale and calendar
#   $more          "yes" when further signatories are possible, else "no"
#   $acronym, $name, $transliteration, $translation, $country
#                  parts of an entry; each $has-… is "yes" when the part is present
#   $number        the entry's number, formatted in the locale's digits
#   $entry         a formatted entry
#   $organizations, $countries   counts, for plural selection: exact variants ([0], [1]) first,
#                  then the CLDR plural categories of the locale (ICU4X)
#   $organizations-text, $countries-text   the same counts in the locale's digits
#   $list          the countries, in the locale's alphabetical order, joined by CLDR's list pattern
#   $start, $end   the first and last day, month or year of a date in a calendar other than the
#                  Gregorian one; $gregorian the same date in the Gregorian calendar

heading = { $more ->
    [yes] Signatories (as of { $date }, further signatories possible):
   *[no] Signatories (as of { $date }):
}
heading-undated = { $more ->
    [yes] Signatories (further signatories possible):
   *[no] Signatories:
}
subsequent-heading = Subsequent signatories:

# For the list reader: other words that head a list of signatories, a later section of it,
# or say more signatures are possible in this language, one a line (besides the headings above).
-reader-heading-words =
    Signed by
    Signers
    Signing organizations
    Signatory organizations
    Supporting organizations
    Endorsed by
    Endorsing organizations
-reader-section-words =
    Further signatories
    Additional signatories
    Later signatories
    Signed later
-reader-more-words =
    More signatories possible
    Further signatures possible
    Open for signature
# For the list reader: words that join a list's last name as "and" does, besides CLDR's
# "and" list pattern of this language, one a line.
-reader-and-words =
    as well as

# The seed's style: acronym (when there is one), own name, transliteration, gloss (the name in
# this language), country. Without an acronym the name stands alone: no name printed twice.
# For the list reader: words that close an open list after its last name ("and others",
# "etc."), one a line.
-reader-closing-words =
    and others
    and many others
    and other
    among others
    etc.

entry-full = { $has-acronym ->
        [yes] { $acronym }{" "}
       *[no] {""}
    }{ $name }{ $has-transliteration ->
        [yes] {" "}({ $transliteration })
       *[no] {""}
    }{ $has-translation ->
        [yes] {" "}({ $translation })
       *[no] {""}
    }{ $has-country ->
        [yes] , { $country }
       *[no] {""}
    }
# Short style: the acronym (or the name, without one) and the country.
entry-short = { $has-acronym ->
        [yes] { $acronym }
       *[no] { $name }
    }{ $has-country ->
        [yes] , { $country }
       *[no] {""}
    }
# Name first: the name in this language (without one, the own name and its transliteration),
# the acronym in parentheses, the country.
entry-name-first = { $name }{ $has-transliteration ->
        [yes] {" "}({ $transliteration })
       *[no] {""}
    }{ $has-acronym ->
        [yes] {" "}({ $acronym })
       *[no] {""}
    }{ $has-country ->
        [yes] , { $country }
       *[no] {""}
    }

item-numbered = { $number }. { $entry }
item-bulleted = - { $entry }

# A date in two calendars, and a span of a calendar's months or years.
date-with-gregorian = { $date } ({ $gregorian })
date-range = { $start } – { $end }

# "one organization" spells the number: an exact [1] variant, never the category (one).
summary = Signed by { $organizations ->
        [1] one organization
       *[other] { $organizations-text } organizations
    }{ $countries ->
        [0] .
        [1] {" "}from one country or area: { $list }.
       *[other] {" "}from { $countries-text } countries and areas: { $list }.
    }
