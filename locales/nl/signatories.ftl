# Ondertekenaarslijsten, Nederlands. Variabelen: zie locales/en/signatories.ftl.
# Review: draft — written for this crate, not yet signed off by a native reader (corrections welcome); checked against the English reference by the message checker (ids, variables, CLDR plural categories, punctuation) and, for dates, country names, lists and digits, against ICU4C in tests/render.rs.
# CLDR-meervoudscategorieën: one (1), other.

heading = { $more ->
    [yes] Ondertekenaars (per { $date }, verdere ondertekening mogelijk):
   *[no] Ondertekenaars (per { $date }):
}
heading-undated = { $more ->
    [yes] Ondertekenaars (verdere ondertekening mogelijk):
   *[no] Ondertekenaars:
}
subsequent-heading = Latere ondertekenaars:

# For the list reader: other words that head a list of signatories, a later section of it,
# or say more signatures are possible in this language, one a line (besides the headings above).
-reader-heading-words =
    Ondertekend door
    Ondertekenende organisaties
    Steunende organisaties
-reader-section-words =
    Verdere ondertekenaars
    Nieuwe ondertekenaars

# For the list reader: words that join a list's last name as "and" does, besides CLDR's
# "and" list pattern of this language, one a line.
-reader-and-words =
    alsmede
    evenals

# For the list reader: words that close an open list after its last name ("and others",
# "etc."), one a line.
-reader-closing-words =
    en andere
    en anderen
    en vele anderen
    e.a.
    enz.

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
entry-short = { $has-acronym ->
        [yes] { $acronym }
       *[no] { $name }
    }{ $has-country ->
        [yes] , { $country }
       *[no] {""}
    }
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

summary = Ondertekend door { $organizations ->
        [1] één organisatie
       *[other] { $organizations-text } organisaties
    }{ $countries ->
        [0] .
        [1] {" "}uit één land of gebied: { $list }.
       *[other] {" "}uit { $countries-text } landen en gebieden: { $list }.
    }
