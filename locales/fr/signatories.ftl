# Listes de signataires, français. Variables : voir locales/en/signatories.ftl.
# Review: draft — written for this crate, not yet signed off by a native reader (corrections welcome); checked against the English reference by the message checker (ids, variables, CLDR plural categories, punctuation) and, for dates, country names, lists and digits, against ICU4C in tests/render.rs.
# Les deux-points sont précédés d’une espace insécable (U+00A0).
# Catégories CLDR : one (0 et 1 : « 0 organisation »), many (millions : « 1 000 000 d’organisations »), other.

heading = { $more ->
    [yes] Signataires (au { $date }, d’autres signatures sont possibles) :
   *[no] Signataires (au { $date }) :
}
heading-undated = { $more ->
    [yes] Signataires (d’autres signatures sont possibles) :
   *[no] Signataires :
}
subsequent-heading = Signataires ultérieurs :

# For the list reader: other words that head a list of signatories, a later section of it,
# or say more signatures are possible in this language, one a line (besides the headings above).
-reader-heading-words =
    Organisations signataires
    Premiers signataires
    Signé par
-reader-section-words =
    Signataires supplémentaires
    Autres signataires
-reader-more-words =
    d’autres signatures
    d'autres signatures
    d’autres signataires
    d'autres signataires
# For the list reader: words that join a list's last name as "and" does, besides CLDR's
# "and" list pattern of this language, one a line.
-reader-and-words =
    ainsi que

# For the list reader: words that close an open list after its last name ("and others",
# "etc."), one a line.
-reader-closing-words =
    et d’autres
    et d'autres
    et bien d’autres
    et bien d'autres
    entre autres
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

summary = Signé par { $organizations ->
        [1] une organisation
        [one] { $organizations-text } organisation
        [many] { $organizations-text } d’organisations
       *[other] { $organizations-text } organisations
    }{ $countries ->
        [0] .
        [1] {" "}d’un pays ou territoire : { $list }.
        [one] {" "}de { $countries-text } pays ou territoire : { $list }.
        [many] {" "}de { $countries-text } de pays et territoires : { $list }.
       *[other] {" "}de { $countries-text } pays et territoires : { $list }.
    }
