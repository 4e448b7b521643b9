# Elenchi dei firmatari, italiano. Variabili: vedi locales/en/signatories.ftl.
# Review: draft — written for this crate, revised on 2026-12-04 after a reader's notes on the rendered edition (agreement in the heading ("le adesioni restano aperte")), not yet signed off by a native reader (corrections welcome); checked against the English reference by the message checker (ids, variables, CLDR plural categories, punctuation) and, for dates, country names, lists and digits, against ICU4C in tests/render.rs.
# Categorie CLDR: one (1), many (milioni: «1.000.000 di organizzazioni»), other.

heading = { $more ->
    [yes] Firmatari (al { $date }; le adesioni restano aperte):
   *[no] Firmatari (al { $date }):
}
heading-undated = { $more ->
    [yes] Firmatari (le adesioni restano aperte):
   *[no] Firmatari:
}
subsequent-heading = Firmatari successivi:

# For the list reader: other words that head a list of signatories, a later section of it,
# or say more signatures are possible in this language, one a line (besides the headings above).
-reader-heading-words =
    Hanno firmato
    Aderiscono
    Prime firme
    Organizzazioni firmatarie
    Adesioni
-reader-section-words =
    Altre adesioni
    Ulteriori firmatari
-reader-more-words =
    aperto a nuove adesioni
# For the list reader: words that join a list's last name as "and" does, besides CLDR's
# "and" list pattern of this language, one a line.
-reader-and-words =
    nonché

# For the list reader: words that close an open list after its last name ("and others",
# "etc."), one a line.
-reader-closing-words =
    e altri
    e altre
    e molte altre
    e molti altri
    tra gli altri
    tra le altre
    ecc.
    eccetera

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

summary = Firmato da { $organizations ->
        [1] un’organizzazione
        [many] { $organizations-text } di organizzazioni
       *[other] { $organizations-text } organizzazioni
    }{ $countries ->
        [0] .
        [1] {" "}di un paese o territorio: { $list }.
        [many] {" "}di { $countries-text } di paesi e territori: { $list }.
       *[other] {" "}di { $countries-text } paesi e territori: { $list }.
    }
