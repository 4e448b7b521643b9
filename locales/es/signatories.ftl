# Listas de firmantes, español. Variables: véase locales/en/signatories.ftl.
# Review: draft — written for this crate, not yet signed off by a native reader (corrections welcome); checked against the English reference by the message checker (ids, variables, CLDR plural categories, punctuation) and, for dates, country names, lists and digits, against ICU4C in tests/render.rs.
# Categorías CLDR: one (1), many (millones: «1 000 000 de organizaciones»), other.

heading = { $more ->
    [yes] Firmantes (a { $date }; se admiten nuevas firmas):
   *[no] Firmantes (a { $date }):
}
heading-undated = { $more ->
    [yes] Firmantes (se admiten nuevas firmas):
   *[no] Firmantes:
}
subsequent-heading = Firmantes posteriores:

# For the list reader: other words that head a list of signatories, a later section of it,
# or say more signatures are possible in this language, one a line (besides the headings above).
-reader-heading-words =
    Organizaciones firmantes
    Entidades firmantes
    Organizaciones adherentes
    Adhesiones
-reader-section-words =
    Firmantes adicionales
    Otros firmantes
-reader-more-words =
    nuevas firmas
    más firmas
# For the list reader: words that join a list's last name as "and" does, besides CLDR's
# "and" list pattern of this language, one a line.
-reader-and-words =
    así como

# For the list reader: words that close an open list after its last name ("and others",
# "etc."), one a line.
-reader-closing-words =
    y otros
    y otras
    y muchas otras
    y muchos otros
    entre otros
    entre otras
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

summary = Firmado por { $organizations ->
        [1] una organización
        [many] { $organizations-text } de organizaciones
       *[other] { $organizations-text } organizaciones
    }{ $countries ->
        [0] .
        [1] {" "}de un país o territorio: { $list }.
        [many] {" "}de { $countries-text } de países y territorios: { $list }.
       *[other] {" "}de { $countries-text } países y territorios: { $list }.
    }
