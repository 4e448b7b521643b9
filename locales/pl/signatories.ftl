# Listy sygnatariuszy, polski. Zmienne: zob. locales/en/signatories.ftl.
# Review: draft — written for this crate, not yet signed off by a native reader (corrections welcome); checked against the English reference by the message checker (ids, variables, CLDR plural categories, punctuation) and, for dates, country names, lists and digits, against ICU4C in tests/render.rs.
# Kategorie CLDR: one (1), few (2–4, 22–24…), many (0, 5–21, 25…), other (ułamki).
# „przez” + biernik: jedną organizację, 2 organizacje, 5 organizacji; „z” + dopełniacz.

heading = { $more ->
    [yes] Sygnatariusze (stan na { $date }, możliwe kolejne podpisy):
   *[no] Sygnatariusze (stan na { $date }):
}
heading-undated = { $more ->
    [yes] Sygnatariusze (możliwe kolejne podpisy):
   *[no] Sygnatariusze:
}
subsequent-heading = Kolejni sygnatariusze:

# For the list reader: other words that head a list of signatories, a later section of it,
# or say more signatures are possible in this language, one a line (besides the headings above).
-reader-heading-words =
    Podpisali
    Podpisane przez
    Organizacje wspierające

# For the list reader: words that join a list's last name as "and" does, besides CLDR's
# "and" list pattern of this language, one a line.
-reader-and-words =
    oraz

# For the list reader: words that close an open list after its last name ("and others",
# "etc."), one a line.
-reader-closing-words =
    i inne
    i innych
    i in.
    itd.
    itp.

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

summary = Podpisane przez { $organizations ->
        [1] jedną organizację
        [few] { $organizations-text } organizacje
        [many] { $organizations-text } organizacji
       *[other] { $organizations-text } organizacji
    }{ $countries ->
        [0] .
        [1] {" "}z jednego kraju lub terytorium: { $list }.
        [few] {" "}z { $countries-text } krajów i terytoriów: { $list }.
        [many] {" "}z { $countries-text } krajów i terytoriów: { $list }.
       *[other] {" "}z { $countries-text } kraju lub terytorium: { $list }.
    }
